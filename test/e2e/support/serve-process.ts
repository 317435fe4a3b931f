/**
 * Starts `usage-inspector serve` as a child process, the way a user would, and reads the
 * address it prints. Stopped by its own pid when the test is done.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = `${ROOT}bin/usage-inspector.mjs`;

export interface ServeProcess {
  url: string;
  token: string;
  origin: string;
  /** Its $USAGE_INSPECTOR_HOME: the runs it saves are in <home>/runs. */
  home: string;
  /** Everything it printed on stderr, for failure messages. */
  stderr: () => string;
  stop(): Promise<void>;
}

/** Builds the renderer when there is none, or when its sources changed since the last build. */
export function ensureRendererBuilt(): void {
  const built = `${ROOT}dist/renderer/index.html`;
  if (existsSync(built) && newestSource() <= statSync(built).mtimeMs) {
    return;
  }

  const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`npm run build:renderer failed:\n${build.stdout}\n${build.stderr}`);
  }
}

/** The latest modification time among the files the renderer is built from. */
function newestSource(): number {
  const newestIn = (directory: string): number =>
    readdirSync(directory, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(directory, entry.name);
      const time = entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs;

      return Math.max(latest, time);
    }, 0);

  return Math.max(newestIn(`${ROOT}renderer`), newestIn(`${ROOT}shared`));
}

export async function startServe(args: string[]): Promise<ServeProcess> {
  // Every collection is saved as a run in $USAGE_INSPECTOR_HOME/runs: a folder of the test's
  // own, never the runs of the user running the tests.
  const home = mkdtempSync(join(tmpdir(), 'inspector-e2e-home-'));
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, USAGE_INSPECTOR_HOME: home },
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout);
      if (match !== null) {
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => {
      rmSync(home, { recursive: true, force: true });
      reject(new Error(`serve exited with ${code} before printing its URL:\n${stdout}${stderr}`));
    });
  });

  const parsed = new URL(url);

  return {
    url,
    token: parsed.searchParams.get('token') ?? '',
    origin: parsed.origin,
    home,
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();

          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }).then(() => rmSync(home, { recursive: true, force: true })),
  };
}

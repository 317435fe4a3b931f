/**
 * Starts `usage-inspector serve` as a child process, the way a user would, and reads the
 * address it prints. Stopped by its own pid when the test is done.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = `${ROOT}bin/usage-inspector.mjs`;

export interface ServeProcess {
  url: string;
  token: string;
  origin: string;
  /** Everything it printed on stderr, for failure messages. */
  stderr: () => string;
  stop(): Promise<void>;
}

/** Builds the renderer once if a fresh checkout has none. */
export function ensureRendererBuilt(): void {
  if (existsSync(`${ROOT}dist/renderer/index.html`)) {
    return;
  }

  const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`npm run build:renderer failed:\n${build.stdout}\n${build.stderr}`);
  }
}

export async function startServe(args: string[]): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
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
    child.once('exit', (code) =>
      reject(new Error(`serve exited with ${code} before printing its URL:\n${stdout}${stderr}`)),
    );
  });

  const parsed = new URL(url);

  return {
    url,
    token: parsed.searchParams.get('token') ?? '',
    origin: parsed.origin,
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();

          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

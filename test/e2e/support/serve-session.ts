/**
 * `serve` in a child process with a profiles folder of its own, and Chromium to drive it, both
 * torn down when the test ends: the setup every end-to-end test shares.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

import type { Browser } from 'playwright-core';

import { launchChromium } from './chromium.ts';
import { ensureRendererBuilt, type ServeProcess, startServe } from './serve-process.ts';

export interface ServeSessionOptions {
  /** Names the temporary folder that holds profiles.json. */
  profilesPrefix: string;
  /** What serve inspects: `['--demo']` or `['--db', url]`. */
  source: string[];
  /** Arguments after --profiles, given the temporary folder for any files they name. */
  moreArgs?: (profilesDir: string) => string[];
  /** Runs after serve stops, before the folder goes: dropping a database, closing a server. */
  teardown?: () => Promise<void>;
}

export interface ServeSession {
  serve: ServeProcess;
  browser: Browser;
}

/** Builds the renderer if needed, starts serve and Chromium, and stops both after the test. */
export async function startServeSession(
  t: TestContext,
  options: ServeSessionOptions,
): Promise<ServeSession> {
  ensureRendererBuilt();
  const profilesDir = mkdtempSync(join(tmpdir(), options.profilesPrefix));
  const serve = await startServe([
    ...options.source,
    '--profiles',
    join(profilesDir, 'profiles.json'),
    ...(options.moreArgs?.(profilesDir) ?? []),
  ]);
  t.after(async () => {
    await serve.stop();
    await options.teardown?.();
    rmSync(profilesDir, { recursive: true, force: true });
  });

  const browser = await launchChromium();
  t.after(() => browser.close());

  return { serve, browser };
}

/** The same on the embedded demo database (`serve --demo`). */
export function startDemoSession(t: TestContext, profilesPrefix: string): Promise<ServeSession> {
  return startServeSession(t, { profilesPrefix, source: ['--demo'] });
}

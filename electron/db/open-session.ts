/**
 * Opens a session to whatever the user named: a server by URL or fields, or the demo.
 */
import type { SqlSession } from './session.ts';
import { type ConnectOptions, openPgSession } from './pg-session.ts';
import { pgliteSession } from './pglite-session.ts';
import type { DatabaseTarget } from './target.ts';

export async function openSession(
  target: DatabaseTarget,
  options: ConnectOptions = {},
): Promise<SqlSession> {
  if (target.kind === 'demo') {
    // Loaded lazily: the demo's SQL and PGlite's wasm are only needed for the demo.
    const { createDemoDatabase } = await import('../demo/load-demo.ts');

    return pgliteSession(await createDemoDatabase());
  }

  return openPgSession(target, options);
}

/**
 * Runs reads inside one REPEATABLE READ, READ ONLY transaction that is always rolled back:
 * the way every part of the inspector touches a FusionAuth database.
 */
import type { SqlSession } from './session.ts';
import { openSession } from './open-session.ts';
import type { DatabaseTarget } from './target.ts';

export interface SnapshotOptions {
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
}

export async function inReadOnlySnapshot<T>(
  session: SqlSession,
  work: (session: SqlSession) => Promise<T>,
  options: SnapshotOptions = {},
): Promise<T> {
  const statementTimeout = Math.max(1, Math.round(options.statementTimeoutMs ?? 30_000));
  const lockTimeout = Math.max(1, Math.round(options.lockTimeoutMs ?? 5_000));

  await session.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    await session.query(`SET LOCAL statement_timeout = ${statementTimeout}`);
    await session.query(`SET LOCAL lock_timeout = ${lockTimeout}`);

    return await work(session);
  } finally {
    await session.query('ROLLBACK').catch(() => undefined);
  }
}

/** Opens the target, reads in a snapshot, and closes the connection whatever happens. */
export async function readFromTarget<T>(
  target: DatabaseTarget,
  work: (session: SqlSession) => Promise<T>,
  options: SnapshotOptions = {},
): Promise<T> {
  const session = await openSession(target);
  try {
    return await inReadOnlySnapshot(session, work, options);
  } finally {
    await session.close();
  }
}

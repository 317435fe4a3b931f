/**
 * The embedded demo database behind the same SqlSession interface as a real server.
 */
import type { PGlite } from '@electric-sql/pglite';

import type { SqlSession } from './session.ts';

export function pgliteSession(database: PGlite, location = 'embedded demo database'): SqlSession {
  let closed = false;

  return {
    location,
    async query(sql, params) {
      const result = await database.query(sql, params as unknown[] | undefined);

      return { rows: result.rows as never[] };
    },
    async close() {
      if (closed) {
        return;
      }
      closed = true;
      await database.close();
    },
  };
}

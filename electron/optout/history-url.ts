/**
 * The inspected database as a postgres:// URL without its password, for the "re-run the
 * inspector later" check the guides print. The password never goes into a printed command.
 */
import { type DatabaseTarget, resolveFields } from '../db/target.ts';

export function databaseUrlWithoutPassword(target: DatabaseTarget | null): string | null {
  if (target === null || target.kind === 'demo') {
    return null;
  }

  const fields = resolveFields(target);
  const host = fields.host.includes(':') ? `[${fields.host}]` : fields.host;
  const user = encodeURIComponent(fields.user);
  const database = encodeURIComponent(fields.database);
  const ssl = fields.sslMode === 'disable' ? '' : `?sslmode=${fields.sslMode}`;

  return `postgres://${user}@${host}:${fields.port}/${database}${ssl}`;
}

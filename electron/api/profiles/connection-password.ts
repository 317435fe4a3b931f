/**
 * Separating a connection from its password, so a profile can be stored without it and the
 * password can go to the secret store (or nowhere).
 */
import type { ProfileConnection } from '../../../shared/ipc/target-schema.ts';
import { parseDatabaseUrl } from '../../db/target.ts';

export interface SplitConnection {
  connection: ProfileConnection;
  password: string | undefined;
}

export function splitPassword(connection: ProfileConnection): SplitConnection {
  if (connection.kind === 'fields') {
    const { password, ...fields } = connection.fields;

    return { connection: { kind: 'fields', fields }, password: nonEmpty(password) };
  }

  // Parsing first gives the user the same clear message as the CLI for a malformed URL.
  const password = parseDatabaseUrl(connection.url).password;
  const url = new URL(connection.url);
  url.password = '';
  url.searchParams.delete('password');

  return { connection: { kind: 'url', url: url.toString() }, password: nonEmpty(password) };
}

export function holdsPassword(connection: ProfileConnection): boolean {
  if (connection.kind === 'fields') {
    return connection.fields.password !== undefined;
  }

  try {
    const url = new URL(connection.url);

    return url.password !== '' || url.searchParams.has('password');
  } catch {
    return false;
  }
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

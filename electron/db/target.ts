/**
 * Where the inspected database is: a URL, discrete fields, or the embedded demo. Parsing and
 * describing it never lets the password escape into a message.
 */
import { readFileSync } from 'node:fs';

import { InspectorError } from '../../shared/errors.ts';

export type SslMode = 'disable' | 'require' | 'verify-full';

export interface DatabaseFields {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
  sslMode: SslMode;
  /** PEM file of the CA that signed the server certificate (verify-full). */
  caFile?: string;
}

export type DatabaseTarget =
  { kind: 'url'; url: string } | { kind: 'fields'; fields: DatabaseFields } | { kind: 'demo' };

const SSL_MODE_ALIASES: Record<string, SslMode> = {
  disable: 'disable',
  allow: 'disable',
  prefer: 'disable',
  require: 'require',
  'verify-ca': 'verify-full',
  'verify-full': 'verify-full',
};

/** Turns a postgres:// URL into fields, with a usage error that does not echo the password. */
export function parseDatabaseUrl(url: string): DatabaseFields {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InspectorError(
      'usage',
      'The database URL is not a valid URL. Use postgres://USER:PASSWORD@HOST:PORT/DATABASE.',
    );
  }

  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new InspectorError(
      'usage',
      `The database URL must start with postgres:// (got ${parsed.protocol}//). ` +
        'Only PostgreSQL is supported in this version.',
    );
  }

  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database === '') {
    throw new InspectorError(
      'usage',
      'The database URL names no database. Add it after the host: postgres://HOST:5432/fusionauth.',
    );
  }

  const sslParameter = parsed.searchParams.get('sslmode') ?? 'disable';
  const sslMode = SSL_MODE_ALIASES[sslParameter];
  if (sslMode === undefined) {
    throw new InspectorError(
      'usage',
      `Unknown sslmode "${sslParameter}". Use disable, require or verify-full.`,
    );
  }

  const fields: DatabaseFields = {
    host: decodeURIComponent(parsed.hostname.replace(/^\[|\]$/g, '')) || '127.0.0.1',
    port: parsed.port === '' ? 5432 : Number(parsed.port),
    database,
    user: decodeURIComponent(parsed.username) || 'postgres',
    sslMode,
  };

  if (parsed.password !== '') {
    fields.password = decodeURIComponent(parsed.password);
  }

  const caFile = parsed.searchParams.get('sslrootcert');
  if (caFile !== null) {
    fields.caFile = caFile;
  }

  return fields;
}

export function resolveFields(target: Exclude<DatabaseTarget, { kind: 'demo' }>): DatabaseFields {
  return target.kind === 'url' ? parseDatabaseUrl(target.url) : target.fields;
}

/** host:port/database as shown to the user; never includes the password or the user. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'demo') {
    return 'embedded demo database';
  }

  const fields = resolveFields(target);
  const host = fields.host.includes(':') ? `[${fields.host}]` : fields.host;

  return `${host}:${fields.port}/${fields.database}`;
}

/** The TLS options for `pg`, read from the fields (the CA file is read here). */
export function tlsOptionsFor(
  fields: DatabaseFields,
): false | { rejectUnauthorized: boolean; ca?: string } {
  if (fields.sslMode === 'disable') {
    return false;
  }

  if (fields.sslMode === 'require') {
    // libpq's "require": encrypt, but do not check the certificate.
    return { rejectUnauthorized: false };
  }

  if (fields.caFile === undefined) {
    return { rejectUnauthorized: true };
  }

  try {
    return { rejectUnauthorized: true, ca: readFileSync(fields.caFile, 'utf8') };
  } catch (error) {
    throw new InspectorError(
      'file',
      `Cannot read the CA file ${fields.caFile}: ${(error as Error).message}`,
    );
  }
}

/** Replaces every occurrence of the password in a text; a last guard for error messages. */
export function redactSecret(text: string, secret: string | undefined): string {
  if (secret === undefined || secret === '') {
    return text;
  }

  return text.split(secret).join('********').split(encodeURIComponent(secret)).join('********');
}

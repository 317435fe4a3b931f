/**
 * A `pg` connection opened for inspection only: read-only by default, named, with timeouts,
 * and with every driver error turned into a typed InspectorError that carries no password.
 */
import pg from 'pg';

import { InspectorError } from '../../shared/errors.ts';
import type { SqlSession } from './session.ts';
import {
  type DatabaseFields,
  type DatabaseTarget,
  describeTarget,
  redactSecret,
  resolveFields,
  tlsOptionsFor,
} from './target.ts';

export const APPLICATION_NAME = 'usage-inspector';

export interface ConnectOptions {
  /** Give up connecting after this long (default 10 s). */
  connectTimeoutMs?: number;
}

/** SQLSTATE classes that mean "the server said no to these credentials". */
const AUTH_ERROR_CODES = new Set(['28000', '28P01']);

export async function openPgSession(
  target: Exclude<DatabaseTarget, { kind: 'demo' }>,
  options: ConnectOptions = {},
): Promise<SqlSession> {
  const fields = resolveFields(target);
  const location = describeTarget(target);
  const client = new pg.Client({
    host: fields.host,
    port: fields.port,
    database: fields.database,
    user: fields.user,
    password: fields.password,
    ssl: tlsOptionsFor(fields),
    application_name: APPLICATION_NAME,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    // Every session starts read-only; the collector also opens a READ ONLY transaction.
    options: '-c default_transaction_read_only=on',
  });

  // An idle client can emit 'error' (server restart); without a listener Node would crash.
  client.on('error', () => undefined);

  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw connectionError(error, fields, location);
  }

  let closed = false;

  return {
    location,
    async query(sql, params) {
      const result = await client.query(sql, params as unknown[] | undefined);

      return { rows: result.rows };
    },
    async close() {
      if (closed) {
        return;
      }
      closed = true;
      await client.end().catch(() => undefined);
    },
  };
}

/** Maps a driver or socket error to what the user should do about it. */
export function connectionError(
  error: unknown,
  fields: DatabaseFields,
  location: string,
): InspectorError {
  const raw = error as { code?: string; message?: string };
  const detail = redactSecret(raw.message ?? String(error), fields.password);

  if (raw.code !== undefined && AUTH_ERROR_CODES.has(raw.code)) {
    return new InspectorError(
      'auth',
      `The server at ${location} refused user "${fields.user}": ${detail}. ` +
        'Check the user name and password.',
      { location },
    );
  }

  if (raw.code === '3D000') {
    return new InspectorError(
      'connect',
      `The server at ${location} has no database "${fields.database}". Check the database name.`,
      { location },
    );
  }

  const hint = connectHint(raw.code, detail);

  return new InspectorError('connect', `Cannot connect to ${location}: ${detail}. ${hint}`, {
    location,
    ...(raw.code === undefined ? {} : { cause: raw.code }),
  });
}

function connectHint(code: string | undefined, detail: string): string {
  if (code === 'ECONNREFUSED') {
    return 'Nothing is listening there: check the host and port, and that PostgreSQL is running.';
  }

  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return 'The host name does not resolve: check it.';
  }

  if (/timeout/i.test(detail)) {
    return 'The server did not answer in time: check the host, port and any firewall.';
  }

  if (/ssl|tls|certificate/i.test(detail)) {
    return 'Check the SSL mode and, for verify-full, the CA file.';
  }

  return 'Check the host, port and SSL mode.';
}

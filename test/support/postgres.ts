/**
 * Test databases on the local PostgreSQL server: each test creates its own, loads it and drops
 * it afterwards. These are the tests' own databases; the product itself never writes.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';

import pg from 'pg';

export const PG_HOST = process.env['TEST_PG_HOST'] ?? '127.0.0.1';
export const PG_PORT = Number(process.env['TEST_PG_PORT'] ?? 5432);
export const PG_ADMIN_USER = process.env['TEST_PG_USER'] ?? 'postgres';

/** The reference fixtures beside the checkout, when present. */
export const SHARED_FIXTURES = new URL('../../../shared/fixtures/', import.meta.url).pathname;
export const SHARED_PRESENT = existsSync(SHARED_FIXTURES);

export function sharedFixture(path: string): string {
  return `${SHARED_FIXTURES}${path}`;
}

export function adminUrl(database = 'postgres'): string {
  return `postgres://${PG_ADMIN_USER}@${PG_HOST}:${PG_PORT}/${database}`;
}

let available: boolean | undefined;

/** Whether a PostgreSQL server answers; tests that need one skip with a reason otherwise. */
export async function postgresAvailable(): Promise<boolean> {
  if (available !== undefined) {
    return available;
  }

  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    available = true;
  } catch {
    available = false;
  }

  return available;
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
}

export async function adminQuery(sql: string, database = 'postgres'): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl(database) });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabase(name: string): Promise<string> {
  await adminQuery(`CREATE DATABASE "${name}"`);

  return adminUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Loads a pg_dump plain-SQL file (COPY blocks need psql). */
export function loadSqlFile(database: string, file: string): void {
  const load = spawnSync(
    'psql',
    [
      '-h',
      PG_HOST,
      '-p',
      String(PG_PORT),
      '-U',
      PG_ADMIN_USER,
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-d',
      database,
      '-f',
      file,
    ],
    { encoding: 'utf8', env: { ...process.env, PGOPTIONS: '--client-min-messages=warning' } },
  );
  if (load.status !== 0) {
    throw new Error(`psql could not load ${file}: ${load.stderr}`);
  }
}

/** Runs SQL text (many statements, no COPY) in a database. */
export async function runSqlText(database: string, sql: string): Promise<void> {
  await adminQuery(sql, database);
}

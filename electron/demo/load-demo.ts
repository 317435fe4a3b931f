/**
 * The embedded demo: a synthetic FusionAuth database in an in-memory PGlite, so the tool can be
 * tried without a FusionAuth installation. The data lives in two SQL files next to this module:
 * schema.sql (the tables the collector reads) and seed.sql (a made-up company's configuration).
 */
import { readFile } from 'node:fs/promises';

import { PGlite } from '@electric-sql/pglite';

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/**
 * Seed files write dates relative to "now" so that the demo's logins always fall inside (or
 * just outside) the collector's 7-day window, whatever day it is run on.
 */
const TOKEN = /\{\{([A-Z_]+)\}\}/g;

/** The values of the seed tokens at a given instant, all in UTC like the collector's clock. */
function tokenValues(now: Date): Record<string, number> {
  const ms = now.getTime();

  if (!Number.isFinite(ms)) {
    throw new Error('renderSeed needs a valid date');
  }

  return {
    NOW_MS: ms,
    TODAY_EPOCH_DAY: Math.floor(ms / MS_PER_DAY),
    // FusionAuth's month number: months since January 1970.
    CURRENT_MONTH: (now.getUTCFullYear() - 1970) * 12 + now.getUTCMonth(),
    CURRENT_HOUR: Math.floor(ms / MS_PER_HOUR),
  };
}

/**
 * Replaces the date tokens of a seed file ({{NOW_MS}}, {{TODAY_EPOCH_DAY}}, {{CURRENT_MONTH}},
 * {{CURRENT_HOUR}}) with their values at `now`, taken in UTC. An unknown token is an error
 * rather than being left in place, because it would only surface later as a SQL syntax error.
 */
export function renderSeed(sqlText: string, now: Date): string {
  const values = tokenValues(now);

  return sqlText.replace(TOKEN, (token, name: string) => {
    const value = values[name];

    if (value === undefined) {
      throw new Error(`unknown seed token ${token}`);
    }

    return String(value);
  });
}

async function readSqlFile(name: string): Promise<string> {
  // Relative to this module, so the demo works from any working directory.
  return readFile(new URL(name, import.meta.url), 'utf8');
}

/**
 * Creates a fresh in-memory PGlite database holding the demo schema and its data, with dates
 * relative to `now`. The caller owns the instance and should close it when done.
 */
export async function createDemoDatabase(now: Date = new Date()): Promise<PGlite> {
  const [schemaSql, seedSql] = await Promise.all([
    readSqlFile('schema.sql'),
    readSqlFile('seed.sql'),
  ]);
  // Rendered before the database starts, so a bad token fails without a half-built instance.
  const renderedSeed = renderSeed(seedSql, now);
  const database = await PGlite.create();

  try {
    await database.exec(schemaSql);
    await database.exec(renderedSeed);
  } catch (error) {
    await database.close();
    throw error;
  }

  return database;
}

/**
 * The demo's schema and seed loaded into a real PostgreSQL database of the test's own, for
 * tests that need server behaviour PGlite does not have (roles, locks, grants).
 */
import { readFileSync } from 'node:fs';

import { renderSeed } from '../../electron/demo/load-demo.ts';
import { adminQuery, createDatabase } from './postgres.ts';

const demo = new URL('../../electron/demo/', import.meta.url);

/** Creates the database, loads the demo into it, and returns its admin URL. */
export async function createDemoShapedDatabase(name: string): Promise<string> {
  const url = await createDatabase(name);
  await adminQuery(readFileSync(new URL('schema.sql', demo), 'utf8'), name);
  await adminQuery(renderSeed(readFileSync(new URL('seed.sql', demo), 'utf8'), new Date()), name);

  return url;
}

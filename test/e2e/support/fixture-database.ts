/**
 * A fresh database loaded with the FusionAuth 1.60.2 dump from the shared fixtures: several
 * end-to-end tests run against it, and each needs its own copy to change or drop.
 */
import {
  adminUrl,
  createDatabase,
  dropDatabase,
  loadSqlFile,
  sharedFixture,
  uniqueName,
} from '../../support/postgres.ts';

const FIXTURE = 'fusionauth-db/postgresql/fusionauth-1.60.2-fusionauth-module-2025-10-10.sql';

export interface FixtureDatabase {
  name: string;
  /** The admin connection URL, as given to `serve --db`. */
  url: string;
  /** Drops the database; safe to call again after it was dropped. */
  drop: () => Promise<void>;
}

/** Creates a database named from the prefix and loads the 1.60.2 fixture into it. */
export async function loadedFixtureDatabase(prefix: string): Promise<FixtureDatabase> {
  const name = uniqueName(prefix);
  await createDatabase(name);
  loadSqlFile(name, sharedFixture(FIXTURE));

  return { name, url: adminUrl(name), drop: () => dropDatabase(name) };
}

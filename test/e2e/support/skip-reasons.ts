/**
 * Why an end-to-end test cannot run here, or null when it can: each test file used to spell
 * out the same checks (shared fixtures, PostgreSQL, Chromium) in its own whyNot().
 */
import { postgresAvailable, SHARED_PRESENT } from '../../support/postgres.ts';
import { chromiumMissing } from './chromium.ts';

/** For tests on the embedded demo: only the browser is needed. */
export function whyNotDemo(): string | null {
  return chromiumMissing();
}

/** For tests on a database of their own: a PostgreSQL server and the browser. */
export async function whyNotWithPostgres(): Promise<string | null> {
  if (!(await postgresAvailable())) {
    return 'no PostgreSQL server answers on the test address';
  }

  return chromiumMissing();
}

/** For tests on a database loaded from the shared fixtures: those fixtures too. */
export async function whyNotWithFixtures(): Promise<string | null> {
  if (!SHARED_PRESENT) {
    return 'the shared fixtures (/work/shared) are not present';
  }

  return whyNotWithPostgres();
}

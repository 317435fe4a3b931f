/**
 * What a user sees when something is wrong: one clear line, the right exit code, no stack
 * trace, and never the password.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startPasswordRefusingServer, type FakeServer } from '../support/fake-postgres.ts';
import {
  adminUrl,
  createDatabase,
  dropDatabase,
  postgresAvailable,
  uniqueName,
} from '../support/postgres.ts';
import { runCli, type CliResult } from '../support/run-cli.ts';

const SECRET = 'S3cret-pa55word';

function assertCleanFailure(result: CliResult, code: number, message: RegExp): void {
  assert.equal(result.code, code, `exit code; stderr: ${result.stderr}`);
  assert.match(result.stderr, message);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  assert.ok(!`${result.stdout}${result.stderr}`.includes(SECRET), 'the password never appears');
}

describe('usage errors exit with 2', () => {
  test('no database named', async () => {
    assertCleanFailure(await runCli(['collect']), 2, /say which database to inspect/);
  });

  test('an unknown option', async () => {
    assertCleanFailure(await runCli(['collect', '--demo', '--bogus']), 2, /--bogus/);
  });

  test('a date that is not a date', async () => {
    const result = await runCli([
      'collect',
      '--db',
      'postgres://u@127.0.0.1:1/x',
      '--today',
      '2025-02-30',
    ]);
    assertCleanFailure(result, 2, /not a real calendar date/);
  });

  test('a URL that is not postgres', async () => {
    assertCleanFailure(await runCli(['collect', '--db', 'mysql://h/db']), 2, /postgres:\/\//);
  });

  test('--set of an unknown stat or a SQL stat', async () => {
    const unknown = await runCli(['collect', '--demo', '--set', 'noSuchStat=1']);
    assertCleanFailure(unknown, 2, /no stat has that name/);

    const sql = await runCli(['collect', '--demo', '--set', 'tenantNumber=1']);
    assertCleanFailure(sql, 2, /computed from the database/);
  });

  test('a properties file with a malformed line', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'usage-inspector-bad-'));
    const file = join(directory, 'fusionauth.properties');
    writeFileSync(file, 'database.url=jdbc:postgresql://db/fusionauth\nsearch.type\n');

    const result = await runCli(['collect', '--demo', '--config', file]);
    assertCleanFailure(result, 2, /fusionauth\.properties:2: .* not a property line/);
  });
});

describe('connection failures exit with 3', () => {
  let fake: FakeServer;
  let closedPort = 0;

  before(async () => {
    fake = await startPasswordRefusingServer();
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });

  after(async () => {
    await fake.close();
  });

  test('a wrong password', async () => {
    const url = `postgres://fusionauth:${SECRET}@127.0.0.1:${fake.port}/fusionauth`;
    const result = await runCli(['collect', '--db', url]);

    assertCleanFailure(result, 3, /refused user "fusionauth".*Check the user name and password/);
  });

  test('a closed port', async () => {
    const url = `postgres://fusionauth:${SECRET}@127.0.0.1:${closedPort}/fusionauth`;
    const result = await runCli(['collect', '--db', url]);

    assertCleanFailure(
      result,
      3,
      /Cannot connect to 127\.0\.0\.1:\d+\/fusionauth.*Nothing is listening/,
    );
  });
});

const noServer = (await postgresAvailable()) ? false : 'no PostgreSQL server at 127.0.0.1:5432';

describe('a database that is not FusionAuth exits with 4', { skip: noServer }, () => {
  const name = uniqueName('not_fusionauth');

  before(async () => {
    await createDatabase(name);
  });

  after(async () => {
    await dropDatabase(name);
  });

  test('an empty database', async () => {
    const result = await runCli(['collect', '--db', adminUrl(name)]);

    assertCleanFailure(result, 4, /is not a FusionAuth database: it has no version, instance/);
  });

  test('a database that does not exist', async () => {
    const result = await runCli(['collect', '--db', adminUrl(`${name}_absent`)]);

    assertCleanFailure(result, 3, /has no database/);
  });
});

/**
 * The opt-out state read from real PostgreSQL databases: the project's own small schema in
 * test/fixtures/optout (always), and the shared FusionAuth dumps when they are present. Each
 * case gets a fresh database, which is dropped afterwards; the product itself only reads.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { readOptOutState } from '../../electron/optout/read-state.ts';
import type { OptOutState } from '../../shared/optout/types.ts';
import {
  createDatabase,
  dropDatabase,
  loadSqlFile,
  postgresAvailable,
  runSqlText,
  SHARED_PRESENT,
  sharedFixture,
  uniqueName,
} from '../support/postgres.ts';
import { tempFile } from './helpers.ts';

const SCHEMA = fileURLToPath(new URL('../fixtures/optout/schema.sql', import.meta.url));
const USAGE_TABLES = fileURLToPath(new URL('../fixtures/optout/usage-tables.sql', import.meta.url));

const NOW = new Date('2025-10-16T12:00:00Z');
const HOUR = 3_600_000;
const CREATED = NOW.getTime() - 30 * 24 * HOUR;

const available = await postgresAvailable();
const skip = available ? false : 'no PostgreSQL server on 127.0.0.1:5432';
const created: string[] = [];

after(async () => {
  for (const name of created) {
    await dropDatabase(name);
  }
});

interface Case {
  version: string;
  usageTables?: boolean;
  /** The usageDataConfiguration value, or undefined to leave the key out. */
  usage?: { enabled: boolean; numberOfDaysToRetain: number };
  lastUpdate?: number;
  licenseId?: string | null;
  licence?: string | null;
  extraSql?: string;
}

function sqlText(value: string | null | undefined): string {
  return value === null || value === undefined ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
}

/** A fresh database with the project's schema and this case's rows; returns its URL. */
async function fixtureDatabase(scenario: Case): Promise<string> {
  const name = uniqueName('optout_state');
  const url = await createDatabase(name);
  created.push(name);
  loadSqlFile(name, SCHEMA);
  if (scenario.usageTables !== false) {
    loadSqlFile(name, USAGE_TABLES);
  }

  const data = JSON.stringify({
    corsConfiguration: { enabled: false },
    ...(scenario.usage === undefined ? {} : { usageDataConfiguration: scenario.usage }),
  });
  await runSqlText(
    name,
    `INSERT INTO version VALUES (${sqlText(scenario.version)});
     INSERT INTO instance (id, license, license_id, setup_complete)
       VALUES ('9a632006-60f5-3254-ad99-859ab32b6330', ${sqlText(scenario.licence)},
               ${sqlText(scenario.licenseId)}, true);
     INSERT INTO system_configuration VALUES (${sqlText(data)}, ${CREATED},
       ${scenario.lastUpdate ?? CREATED}, 'America/Denver');
     ${scenario.extraSql ?? ''}`,
  );

  return url;
}

async function stateOf(url: string, configFiles: string[] = []): Promise<OptOutState> {
  return readOptOutState({ target: { kind: 'url', url }, configFiles, now: NOW });
}

const ON = { enabled: true, numberOfDaysToRetain: 366 };
const OFF = { enabled: false, numberOfDaysToRetain: 366 };

describe("opt-out state from the project's own fixture schema", { skip }, () => {
  test('pre-1.55: no key, no usage tables, no flag to turn off', async () => {
    const state = await stateOf(await fixtureDatabase({ version: '1.51.0', usageTables: false }));
    assert.equal(state.fusionAuthVersion, '1.51.0');
    assert.equal(state.usageData.keyPresent, false);
    assert.equal(state.usageData.storedEnabled, null);
    assert.match(
      state.usageData.explanation,
      /no usageDataConfiguration key.*predates the setting/s,
    );
    assert.equal(state.usageGateOpen, 'no');
    assert.equal(state.wouldCollectNow, 'no');
    assert.equal(state.usageStats.tablePresent, false);
    assert.ok(state.versionCaveats.some((caveat) => caveat.id === 'before-usage-data'));
    assert.equal(state.metricsSent, 'unknown');
  });

  test('flag true, never changed: on since install, collects with a fresh list', async () => {
    const url = await fixtureDatabase({
      version: '1.60.2',
      usage: ON,
      extraSql:
        'INSERT INTO current_usage_stats VALUES ' +
        `(${NOW.getTime() - HOUR}, ${CREATED}, 'tenantNumber,applicationNumber');`,
    });
    const state = await stateOf(url);
    assert.equal(state.usageData.storedEnabled, true);
    assert.equal(state.usageData.retentionDays, 366);
    assert.match(state.usageData.explanation, /ON/);
    assert.equal(state.changeHistory.updatedSinceCreation, false);
    assert.match(
      state.changeHistory.inference,
      /not been saved since it was created.*nobody changed the flag/s,
    );
    assert.match(state.changeHistory.inference, /Inferred/);
    assert.equal(state.usageGateOpen, 'yes');
    assert.equal(state.wouldCollectNow, 'yes');
    assert.equal(state.statList.fresh, true);
    assert.equal(state.metricsSent, 'yes');
    assert.equal(state.license.licensed, false);
    assert.equal(state.reportTimezone, 'America/Denver');
  });

  test('flag false, saved after creation: off, the save reported as unattributable', async () => {
    const lastUpdate = CREATED + 5 * 24 * HOUR;
    const state = await stateOf(
      await fixtureDatabase({ version: '1.60.2', usage: OFF, lastUpdate }),
    );
    assert.equal(state.usageData.storedEnabled, false);
    assert.equal(state.usageGateOpen, 'no');
    assert.equal(state.wouldCollectNow, 'no');
    assert.ok(state.wouldCollectReasons.includes('usage data is off'));
    assert.equal(state.changeHistory.updatedSinceCreation, true);
    assert.equal(state.changeHistory.lastUpdateInstant, lastUpdate);
    assert.match(
      state.changeHistory.inference,
      /cannot be told from the database.*deliberate opt-out \(inferred\)/s,
    );
    assert.equal(state.metricsSent, 'yes', 'metrics are not gated by the flag');
  });

  test('licensed: the licence id is reported, licence text only as present', async () => {
    const state = await stateOf(
      await fixtureDatabase({
        version: '1.60.2',
        usage: ON,
        licenseId: 'lic-1234',
        licence: 'SECRET-LICENCE-TEXT',
      }),
    );
    assert.equal(state.license.licensed, true);
    assert.equal(state.license.licenseId, 'lic-1234');
    assert.equal(state.license.licenceTextPresent, true);
    assert.doesNotMatch(JSON.stringify(state), /SECRET-LICENCE-TEXT/);
    assert.match(state.license.explanation, /lic-1234/);
  });

  test('1.55.1: the admin-UI-cannot-save caveat', async () => {
    const state = await stateOf(await fixtureDatabase({ version: '1.55.1', usage: ON }));
    const ids = state.versionCaveats.map((caveat) => caveat.id);
    assert.ok(ids.includes('admin-ui-cannot-save'));
    assert.ok(ids.includes('expiring-keys'));
    assert.ok(!ids.includes('non-retrievable-keys'));
  });

  test('managed mode from a properties file forces collection on over a stored false', async () => {
    const url = await fixtureDatabase({ version: '1.60.2', usage: OFF });
    const properties = tempFile(
      'fusionauth.properties',
      [
        'fusionauth-app.url=http://localhost:9011',
        'fusionauth-app.usage-data-managed=TRUE',
        'proxy.host=squid.corp',
        'proxy.port=3128',
        '',
      ].join('\n'),
    );
    const state = await stateOf(url, [properties]);
    assert.equal(state.managed.forced, true);
    assert.equal(state.managed.origin, 'fusionauth.properties:2');
    assert.equal(state.usageGateOpen, 'yes');
    assert.deepEqual(state.configuration.fusionAuthUrl, {
      value: 'http://localhost:9011',
      origin: 'fusionauth.properties:1',
    });
    assert.equal(state.configuration.proxy?.host, 'squid.corp');
    assert.equal(state.configuration.proxy?.port, '3128');
  });

  test('managed "yes" is not true to Java, so it does not force anything', async () => {
    const url = await fixtureDatabase({ version: '1.60.2', usage: OFF });
    const env = tempFile('prod.env', 'FUSIONAUTH_APP_USAGE_DATA_MANAGED=yes\n');
    const state = await stateOf(url, [env]);
    assert.equal(state.managed.forced, false);
    assert.match(state.managed.explanation, /reads as false/);
  });

  test('usage_stats counts, last collected and sent, queued; a stale list stops it', async () => {
    const day = 24 * HOUR;
    const row = (instant: number, sent: boolean) =>
      `('1.60.2', '9a632006-60f5-3254-ad99-859ab32b6330', 10, ${instant}, NULL, ${sent}, ` +
      "'{}', '0.13.0', '{}')";
    const url = await fixtureDatabase({
      version: '1.60.2',
      usage: ON,
      extraSql:
        'INSERT INTO usage_stats VALUES ' +
        [
          row(CREATED + day, true),
          row(CREATED + 2 * day, true),
          row(CREATED + 3 * day, false),
        ].join(', ') +
        ';' +
        'INSERT INTO current_usage_stats VALUES ' +
        `(${NOW.getTime() - 3 * day}, ${CREATED}, 'tenantNumber');`,
    });
    const state = await stateOf(url);
    assert.deepEqual(
      [state.usageStats.rows, state.usageStats.sentRows, state.usageStats.pendingRows],
      [3, 2, 1],
    );
    assert.equal(state.usageStats.lastCollectedInstant, CREATED + 3 * day);
    assert.equal(state.usageStats.lastSentInstant, CREATED + 2 * day);
    assert.match(state.usageStats.explanation, /keeps no send time/);
    assert.equal(state.statList.fresh, false);
    assert.equal(state.wouldCollectNow, 'no');
  });

  test('a database that is not FusionAuth is refused with not-fusionauth', async () => {
    const name = uniqueName('optout_empty');
    const url = await createDatabase(name);
    created.push(name);
    await assert.rejects(stateOf(url), { code: 'not-fusionauth' });
  });
});

describe(
  'opt-out state from the shared FusionAuth dumps',
  { skip: skip || (SHARED_PRESENT ? false : 'shared fixtures are not present') },
  () => {
    async function dump(file: string): Promise<string> {
      const name = uniqueName('optout_dump');
      const url = await createDatabase(name);
      created.push(name);
      loadSqlFile(name, sharedFixture(`fusionauth-db/postgresql/${file}`));

      return url;
    }

    let pre155 = '';
    let current = '';
    before(async () => {
      pre155 = await dump('fusionauth-1.51.0-task-management-system-0a0f5da8.sql');
      current = await dump('fusionauth-1.60.2-fusionauth-module-2025-10-10.sql');
    });

    test('1.51.0: no usageDataConfiguration key, no usage tables', async () => {
      const state = await stateOf(pre155);
      assert.equal(state.fusionAuthVersion, '1.51.0');
      assert.equal(state.usageData.keyPresent, false);
      assert.equal(state.usageStats.tablePresent, false);
      assert.equal(state.license.licensed, false);
      assert.equal(state.changeHistory.updatedSinceCreation, false);
    });

    test('1.60.2: on since creation, never changed, empty list so nothing collected', async () => {
      const state = await stateOf(current);
      assert.equal(state.usageData.storedEnabled, true);
      assert.equal(state.usageGateOpen, 'yes');
      assert.equal(state.changeHistory.updatedSinceCreation, false);
      assert.equal(state.statList.present, false);
      assert.equal(state.wouldCollectNow, 'no');
      assert.deepEqual([state.usageStats.rows, state.usageStats.lastSentInstant], [0, null]);
    });
  },
);

describe('without a database', () => {
  test('every database fact is unknown; the configuration is still read', async () => {
    const env = tempFile('fa.env', 'FUSIONAUTH_APP_URL=https://auth.example.com\n');
    const state = await readOptOutState({ target: null, configFiles: [env] });
    assert.equal(state.databaseRead, false);
    assert.equal(state.usageGateOpen, 'unknown');
    assert.equal(state.license.licensed, null);
    assert.equal(state.configuration.fusionAuthUrl?.value, 'https://auth.example.com');
  });
});

/**
 * The `readOptOutState` channel: it reads the state for the target the user connected to (a
 * saved profile's password resolved on the main side) with the configuration files given on
 * the command line and none the renderer could name, refuses bad arguments before reading
 * anything, and answers failures as
 * {code, message, details} without the password. Real reads run on the demo and, when a
 * PostgreSQL server answers, on the project's own opt-out fixture schema.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, beforeEach, describe, test } from 'node:test';

import { InspectorError } from '../../shared/errors.ts';
import type { OptOutState } from '../../shared/optout/types.ts';
import { createDispatcher } from '../../electron/api/dispatch.ts';
import type { RequestContext } from '../../electron/api/handler-types.ts';
import { createHandlers } from '../../electron/api/handlers/index.ts';
import { optOutHandlers } from '../../electron/api/handlers/optout.ts';
import { builtInProfileFor } from '../../electron/api/profiles/built-in-profile.ts';
import { fileProfileStore } from '../../electron/api/profiles/profile-store.ts';
import { encryptedFileSecretStore, type Cipher } from '../../electron/api/profiles/secret-store.ts';
import type { ApiServices } from '../../electron/api/services.ts';
import type { ReadStateOptions } from '../../electron/optout/read-state.ts';
import {
  createDatabase,
  dropDatabase,
  loadSqlFile,
  PG_HOST,
  PG_PORT,
  postgresAvailable,
  runSqlText,
  uniqueName,
} from '../support/postgres.ts';

const PASSWORD = 'Opt-0ut-s3cret';
const noEvents: RequestContext = { emit: () => undefined };

/** Reversible and leaves no plain text behind, like the handlers test's stand-in. */
const fakeCipher: Cipher = {
  encrypt: async (text) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x3c)),
  decrypt: async (data) => Buffer.from([...data].map((byte) => byte ^ 0x3c)).toString(),
};

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inspector-optout-handlers-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Only what this channel reads (profiles, secrets, the command line's database and its
 * configuration files); the other services belong to other channels.
 */
function services(overrides: Partial<ApiServices> = {}): ApiServices {
  return {
    mode: 'serve',
    profiles: fileProfileStore(join(dir, 'profiles.json')),
    secrets: encryptedFileSecretStore(join(dir, 'secrets.json'), fakeCipher, 'encrypted'),
    builtInProfile: null,
    startDemo: false,
    ...overrides,
  } as ApiServices;
}

/** A reader that records what it was asked for and answers a fixed state. */
function recordingReader(): { calls: ReadStateOptions[]; read: typeof fakeRead } {
  const calls: ReadStateOptions[] = [];
  const fakeRead = async (options: ReadStateOptions): Promise<OptOutState> => {
    calls.push(options);

    return { databaseRead: true, location: 'recorded' } as OptOutState;
  };

  return { calls, read: fakeRead };
}

describe('readOptOutState: which database it reads', () => {
  test('the demo, read for real, with no configuration file', async () => {
    const dispatch = createDispatcher(createHandlers(services()));

    const answer = await dispatch('readOptOutState', { target: { kind: 'demo' } }, noEvents);

    assert.ok(answer.ok, JSON.stringify(answer));
    const state = answer.value as OptOutState;
    assert.equal(state.databaseRead, true);
    assert.equal(state.location, 'embedded demo database');
    assert.equal(state.fusionAuthVersion, '1.69.2');
    assert.equal(state.usageData.storedEnabled, true);
    assert.deepEqual(state.configuration.files, []);
    assert.equal(state.managed.forced, false);
    // It crosses HTTP and IPC as JSON: nothing may be lost on the way.
    assert.deepEqual(JSON.parse(JSON.stringify(state)), state);
  });

  test('the configuration files given to serve --config are read with it', async () => {
    const properties = join(dir, 'fusionauth.properties');
    writeFileSync(
      properties,
      'fusionauth-app.usage-data-managed=true\nfusionauth-app.url=https://auth.example.com\n',
    );
    const withConfig = services({ collectionSettings: { configFiles: [properties], set: [] } });
    const dispatch = createDispatcher(createHandlers(withConfig));

    const answer = await dispatch('readOptOutState', { target: { kind: 'demo' } }, noEvents);

    assert.ok(answer.ok, JSON.stringify(answer));
    const state = answer.value as OptOutState;
    assert.deepEqual(state.configuration.files, [properties]);
    assert.equal(state.managed.forced, true);
    assert.match(state.managed.origin ?? '', /fusionauth\.properties:1/);
    assert.equal(state.configuration.fusionAuthUrl?.value, 'https://auth.example.com');
  });

  test('a saved profile is read with its password, resolved on the main side', async () => {
    const store = services();
    const saved = await createHandlers(store).saveProfile(
      {
        name: 'Production',
        connection: { kind: 'url', url: `postgres://reader:${PASSWORD}@db:5432/fusionauth` },
        rememberPassword: true,
      },
      noEvents,
    );
    const reader = recordingReader();
    const handlers = optOutHandlers(store, reader.read);

    await handlers.readOptOutState({ target: { kind: 'profile', profileId: saved.id } }, noEvents);

    assert.deepEqual(reader.calls, [
      {
        target: { kind: 'url', url: `postgres://reader:${PASSWORD}@db:5432/fusionauth` },
        configFiles: [],
      },
    ]);
  });

  test('the command line database, and a password typed for this connection', async () => {
    const builtIn = builtInProfileFor({ kind: 'url', url: 'postgres://cli@h:5432/d' });
    const reader = recordingReader();
    const handlers = optOutHandlers(services({ builtInProfile: builtIn }), reader.read);

    await handlers.readOptOutState(
      { target: { kind: 'profile', profileId: 'command-line', password: 'typed' } },
      noEvents,
    );

    assert.deepEqual(reader.calls[0]?.target, {
      kind: 'url',
      url: 'postgres://cli:typed@h:5432/d',
    });
  });
});

describe('readOptOutState: refusals and failures', () => {
  test('bad arguments are refused before anything is read, naming the field', async () => {
    const reader = recordingReader();
    const all = { ...createHandlers(services()), ...optOutHandlers(services(), reader.read) };
    const dispatch = createDispatcher(all);
    const cases: unknown[] = [
      {},
      { target: { kind: 'ftp' } },
      { target: { kind: 'demo' }, configFiles: ['/etc/shadow'] },
      { target: { kind: 'url', url: '' } },
    ];

    for (const args of cases) {
      const answer = await dispatch('readOptOutState', args, noEvents);

      assert.equal(answer.ok, false, JSON.stringify(args));
      assert.ok(!answer.ok);
      assert.equal(answer.error.code, 'usage');
      assert.match(answer.error.message, /Invalid arguments for readOptOutState/);
      assert.ok(Array.isArray(answer.error.details?.['fields']));
    }
    assert.deepEqual(reader.calls, []);
  });

  test('a profile that no longer exists is "not-found", and nothing is read', async () => {
    const reader = recordingReader();
    const dispatch = createDispatcher({
      ...createHandlers(services()),
      ...optOutHandlers(services(), reader.read),
    });

    const answer = await dispatch(
      'readOptOutState',
      { target: { kind: 'profile', profileId: 'gone' } },
      noEvents,
    );

    assert.deepEqual(answer, {
      ok: false,
      error: { code: 'not-found', message: 'That saved profile no longer exists.' },
    });
    assert.deepEqual(reader.calls, []);
  });

  test('a typed reader error keeps its code, message and details', async () => {
    const failing = optOutHandlers(services(), async () => {
      throw new InspectorError('not-fusionauth', 'No FusionAuth tables here.', { location: 'x' });
    });
    const dispatch = createDispatcher({ ...createHandlers(services()), ...failing });

    const answer = await dispatch('readOptOutState', { target: { kind: 'demo' } }, noEvents);

    assert.deepEqual(answer, {
      ok: false,
      error: {
        code: 'not-fusionauth',
        message: 'No FusionAuth tables here.',
        details: { location: 'x' },
      },
    });
  });

  test('an unreachable server is a "connect" error that does not repeat the password', async () => {
    const dispatch = createDispatcher(createHandlers(services()));

    const answer = await dispatch(
      'readOptOutState',
      // Port 1 on loopback: nothing listens there, so the refusal is immediate.
      { target: { kind: 'url', url: `postgres://reader:${PASSWORD}@127.0.0.1:1/fusionauth` } },
      noEvents,
    );

    assert.ok(!answer.ok);
    assert.equal(answer.error.code, 'connect');
    assert.doesNotMatch(JSON.stringify(answer), new RegExp(PASSWORD));
  });
});

const SCHEMA = fileURLToPath(new URL('../fixtures/optout/schema.sql', import.meta.url));
const USAGE_TABLES = fileURLToPath(new URL('../fixtures/optout/usage-tables.sql', import.meta.url));
const available = await postgresAvailable();
const created: string[] = [];

after(async () => {
  for (const name of created) {
    await dropDatabase(name);
  }
});

describe(
  'readOptOutState on PostgreSQL',
  {
    skip: available ? false : `no PostgreSQL server on ${PG_HOST}:${PG_PORT}`,
  },
  () => {
    test('reads the flag as stored, and hands back a URL without the password', async () => {
      const name = uniqueName('optout_handler');
      const url = await createDatabase(name);
      created.push(name);
      loadSqlFile(name, SCHEMA);
      loadSqlFile(name, USAGE_TABLES);
      const data = JSON.stringify({
        usageDataConfiguration: { enabled: false, numberOfDaysToRetain: 30 },
      });
      await runSqlText(
        name,
        `INSERT INTO version VALUES ('1.60.2');
       INSERT INTO instance (id, license, license_id, setup_complete)
         VALUES ('9a632006-60f5-3254-ad99-859ab32b6330', NULL, NULL, true);
       INSERT INTO system_configuration VALUES ('${data}', 1, 1, 'Europe/Berlin');`,
      );
      // The local test server trusts its users, so the password is accepted and ignored.
      const withPassword = new URL(url);
      withPassword.password = PASSWORD;
      const dispatch = createDispatcher(createHandlers(services()));

      const answer = await dispatch(
        'readOptOutState',
        { target: { kind: 'url', url: withPassword.toString() } },
        noEvents,
      );

      assert.ok(answer.ok, JSON.stringify(answer));
      const state = answer.value as OptOutState;
      assert.equal(state.usageData.storedEnabled, false);
      assert.equal(state.usageData.retentionDays, 30);
      assert.equal(state.reportTimezone, 'Europe/Berlin');
      assert.equal(state.databaseUrl, `postgres://postgres@${PG_HOST}:${PG_PORT}/${name}`);
      assert.doesNotMatch(JSON.stringify(state), new RegExp(PASSWORD));
    });
  },
);

/**
 * The main-side handlers with their real stores on temporary files and a stand-in
 * database: profiles never hold a password, saved passwords are encrypted or refused,
 * progress reaches the caller, runs can be cancelled, and only collected payloads are saved.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';

import type { CollectionReport } from '../../shared/collection/types.ts';
import { InspectorError } from '../../shared/errors.ts';
import type { EventName } from '../../shared/ipc/contract.ts';
import type { DatabaseAccess } from '../../electron/api/database-access.ts';
import type { AllHandlers, RequestContext } from '../../electron/api/handler-types.ts';
import { createHandlers } from '../../electron/api/handlers/index.ts';
import { builtInProfileFor } from '../../electron/api/profiles/built-in-profile.ts';
import { fileProfileStore } from '../../electron/api/profiles/profile-store.ts';
import {
  encryptedFileSecretStore,
  noSecretStore,
  type Cipher,
} from '../../electron/api/profiles/secret-store.ts';
import { RunRegistry } from '../../electron/api/runs/run-registry.ts';
import { SavedRunLog } from '../../electron/api/runs/saved-run-log.ts';
import type { ApiServices } from '../../electron/api/services.ts';
import type { DatabaseTarget } from '../../electron/db/target.ts';

const PASSWORD = 's3cret-Pa55word';
const RUN_A = '11111111-1111-4111-8111-111111111111';
const RUN_B = '22222222-2222-4222-8222-222222222222';

/** A reversible stand-in for safeStorage that leaves no plain text behind. */
const fakeCipher: Cipher = {
  encrypt: async (text) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x5a)),
  decrypt: async (data) => Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString(),
};

function fakeReport(instant: number): CollectionReport {
  return {
    payload: {
      applicationVersion: '1.60.2',
      collectionDuration: 5,
      collectionInstant: instant,
      instanceId: '9a632006-60f5-3254-ad99-859ab32b6330',
      stats: { tenantNumber: 2 },
      statsVersion: '0.13.0',
      timings: { tenantNumber: 1 },
    },
  } as unknown as CollectionReport;
}

interface Harness {
  handlers: AllHandlers;
  services: ApiServices;
  opened: DatabaseTarget[];
  events: Array<{ event: EventName; payload: unknown }>;
  context: RequestContext;
  dir: string;
}

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inspector-handlers-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function harness(
  overrides: Partial<ApiServices> = {},
  database?: Partial<DatabaseAccess>,
): Harness {
  const opened: DatabaseTarget[] = [];
  const events: Harness['events'] = [];
  const services: ApiServices = {
    mode: 'desktop',
    database: {
      async check(target) {
        opened.push(target);

        return {
          location: 'db:5432/fusionauth',
          fusionAuthVersion: '1.60.2',
          serverVersion: '15.20',
          instanceId: 'i',
          elapsedMs: 1,
        };
      },
      async collect(target, options) {
        opened.push(target);
        options.onProgress?.({ index: 1, total: 2, key: 'tenantNumber' });
        options.onProgress?.({ index: 2, total: 2, key: 'applicationNumber' });

        return fakeReport(Date.UTC(2025, 9, 16));
      },
      ...database,
    },
    profiles: fileProfileStore(join(dir, 'profiles.json')),
    secrets: encryptedFileSecretStore(join(dir, 'secrets.json'), fakeCipher, 'encrypted'),
    builtInProfile: null,
    startDemo: false,
    runs: new RunRegistry(),
    savedRuns: new SavedRunLog(),
    runsDirectory: join(dir, 'runs'),
    ...overrides,
  };
  const context: RequestContext = { emit: (event, payload) => events.push({ event, payload }) };

  return { handlers: createHandlers(services), services, opened, events, context, dir };
}

function filesText(directory: string): string {
  return ['profiles.json', 'secrets.json']
    .map((name) => join(directory, name))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
}

async function rejectsWith(promise: Promise<unknown>, code: string, message?: RegExp) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof InspectorError);
    assert.equal(error.code, code);
    if (message !== undefined) {
      assert.match(error.message, message);
    }

    return true;
  });
}

describe('profiles', () => {
  test('a URL profile is stored without its password; the password is encrypted', async () => {
    const { handlers, context } = harness();

    const saved = await handlers.saveProfile(
      {
        name: 'Production',
        connection: { kind: 'url', url: `postgres://reader:${PASSWORD}@db:5432/fusionauth` },
        rememberPassword: true,
      },
      context,
    );

    assert.deepEqual(saved.connection, {
      kind: 'url',
      url: 'postgres://reader@db:5432/fusionauth',
    });
    assert.equal(saved.passwordSaved, true);
    assert.doesNotMatch(filesText(dir), new RegExp(PASSWORD));
    assert.match(readFileSync(join(dir, 'secrets.json'), 'utf8'), new RegExp(saved.id));
  });

  test('connecting with a saved profile gets its password back on the main side', async () => {
    const { handlers, context, opened } = harness();
    const saved = await handlers.saveProfile(
      {
        name: 'Fields',
        connection: {
          kind: 'fields',
          fields: {
            host: 'db',
            port: 5432,
            database: 'fa',
            user: 'reader',
            password: PASSWORD,
            sslMode: 'require',
          },
        },
        rememberPassword: true,
      },
      context,
    );

    await handlers.testConnection({ target: { kind: 'profile', profileId: saved.id } }, context);

    assert.deepEqual(opened, [
      {
        kind: 'fields',
        fields: {
          host: 'db',
          port: 5432,
          database: 'fa',
          user: 'reader',
          password: PASSWORD,
          sslMode: 'require',
        },
      },
    ]);
  });

  test('without "remember", no password is kept, and a typed one is used once', async () => {
    const { handlers, context, opened } = harness();
    const saved = await handlers.saveProfile(
      {
        name: 'No password',
        connection: { kind: 'url', url: `postgres://reader:${PASSWORD}@db/fa` },
        rememberPassword: false,
      },
      context,
    );
    const listed = await handlers.listProfiles({}, context);

    await handlers.testConnection(
      { target: { kind: 'profile', profileId: saved.id, password: 'typed%word' } },
      context,
    );

    assert.equal(listed.profiles[0]?.passwordSaved, false);
    assert.doesNotMatch(filesText(dir), new RegExp(PASSWORD));
    assert.deepEqual(opened, [{ kind: 'url', url: 'postgres://reader:typed%25word@db/fa' }]);
  });

  test('serve mode refuses to remember a password and says why', async () => {
    const { handlers, context } = harness({
      mode: 'serve',
      secrets: noSecretStore('serve never keeps passwords.'),
    });

    await rejectsWith(
      handlers.saveProfile(
        {
          name: 'x',
          connection: { kind: 'url', url: `postgres://u:${PASSWORD}@h/d` },
          rememberPassword: true,
        },
        context,
      ),
      'usage',
      /serve never keeps passwords/,
    );
    assert.equal(existsSync(join(dir, 'profiles.json')), false);
  });

  test('the command line database is listed first and cannot be changed or deleted', async () => {
    const { handlers, context, opened } = harness({
      builtInProfile: builtInProfileFor({
        kind: 'url',
        url: `postgres://cli:${PASSWORD}@h:5432/d`,
      }),
    });

    const listed = await handlers.listProfiles({}, context);
    await handlers.testConnection(
      { target: { kind: 'profile', profileId: 'command-line' } },
      context,
    );

    assert.equal(listed.profiles[0]?.builtIn, true);
    assert.deepEqual(listed.profiles[0]?.connection, {
      kind: 'url',
      url: 'postgres://cli@h:5432/d',
    });
    assert.doesNotMatch(JSON.stringify(listed), new RegExp(PASSWORD));
    assert.deepEqual(opened, [{ kind: 'url', url: `postgres://cli:${PASSWORD}@h:5432/d` }]);
    await rejectsWith(handlers.deleteProfile({ id: 'command-line' }, context), 'usage');
  });

  test('deleting removes the profile and its password', async () => {
    const { handlers, context } = harness();
    const saved = await handlers.saveProfile(
      {
        name: 'Gone',
        connection: { kind: 'url', url: `postgres://u:${PASSWORD}@h/d` },
        rememberPassword: true,
      },
      context,
    );

    assert.deepEqual(await handlers.deleteProfile({ id: saved.id }, context), { deleted: true });
    assert.deepEqual(await handlers.deleteProfile({ id: saved.id }, context), { deleted: false });
    assert.equal((await handlers.listProfiles({}, context)).profiles.length, 0);
    assert.doesNotMatch(readFileSync(join(dir, 'secrets.json'), 'utf8'), new RegExp(saved.id));
  });

  test('a profiles file edited to hold a password is refused, not used', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(dir, 'profiles.json'),
      JSON.stringify({
        version: 1,
        profiles: [{ id: 'a', name: 'A', connection: { kind: 'url', url: 'postgres://u:pw@h/d' } }],
      }),
    );
    const { handlers, context } = harness();

    await rejectsWith(handlers.listProfiles({}, context), 'internal', /still holds a password/);
  });
});

describe('collection runs', () => {
  test('progress events carry the run id and reach the caller', async () => {
    const { handlers, context, events } = harness();

    await handlers.runCollection(
      { runId: RUN_A, target: { kind: 'demo' }, options: { all: true } },
      context,
    );

    assert.deepEqual(events, [
      {
        event: 'collectionProgress',
        payload: { runId: RUN_A, index: 1, total: 2, key: 'tenantNumber' },
      },
      {
        event: 'collectionProgress',
        payload: { runId: RUN_A, index: 2, total: 2, key: 'applicationNumber' },
      },
    ]);
  });

  test('the configuration given on the command line reaches every collection', async () => {
    let seen: { configFiles?: readonly string[]; set?: readonly string[] } = {};
    const { handlers, context } = harness(
      { collectionSettings: { configFiles: ['/etc/fusionauth.properties'], set: ['a=1'] } },
      {
        async collect(_target, options) {
          seen = options;

          return fakeReport(Date.UTC(2025, 9, 16));
        },
      },
    );

    await handlers.runCollection(
      { runId: RUN_A, target: { kind: 'demo' }, options: { all: false } },
      context,
    );

    assert.deepEqual(seen.configFiles, ['/etc/fusionauth.properties']);
    assert.deepEqual(seen.set, ['a=1']);
  });

  test('one run at a time; cancelling aborts the signal the collector watches', async () => {
    let seenSignal: AbortSignal | undefined;
    const { handlers, context, services } = harness(
      {},
      {
        collect: (_target, options) => {
          seenSignal = options.signal;

          return new Promise((_resolve, reject) => {
            options.signal?.addEventListener('abort', () =>
              reject(new InspectorError('cancelled', 'The collection was cancelled.')),
            );
          });
        },
      },
    );
    const options = { all: false };

    const first = handlers.runCollection(
      { runId: RUN_A, target: { kind: 'demo' }, options },
      context,
    );
    await rejectsWith(
      handlers.runCollection({ runId: RUN_B, target: { kind: 'demo' }, options }, context),
      'usage',
      /already running/,
    );
    assert.deepEqual(await handlers.cancelCollection({ runId: RUN_B }, context), {
      cancelled: false,
    });
    assert.deepEqual(await handlers.cancelCollection({ runId: RUN_A }, context), {
      cancelled: true,
    });

    await rejectsWith(first, 'cancelled');
    assert.equal(seenSignal?.aborted, true);
    // The cancelled run is over: the registry takes a new one, and kept no report for it.
    assert.equal(services.runs.start(RUN_B).aborted, false);
    assert.throws(() => services.runs.report(RUN_A), /not available any more/);
  });
});

describe('saving the payload', () => {
  test('serve mode hands the exact text to the browser to download', async () => {
    const { handlers, context } = harness({ mode: 'serve' });
    const report = await handlers.runCollection(
      { runId: RUN_A, target: { kind: 'demo' }, options: { all: false } },
      context,
    );

    const compact = await handlers.savePayload({ runId: RUN_A, format: 'compact' }, context);

    assert.deepEqual(compact, {
      status: 'download',
      fileName: 'fusionauth-usage-payload-2025-10-16.json',
      text: JSON.stringify(report.payload),
    });
  });

  test('the desktop writes where the dialog says, or nothing when cancelled', async () => {
    const target = join(dir, 'payload.json');
    const answers: Array<string | null> = [target, null];
    const { handlers, context } = harness({ chooseSaveFile: async () => answers.shift() ?? null });
    const report = await handlers.runCollection(
      { runId: RUN_A, target: { kind: 'demo' }, options: { all: false } },
      context,
    );

    assert.deepEqual(await handlers.savePayload({ runId: RUN_A, format: 'indented' }, context), {
      status: 'saved',
      path: target,
    });
    assert.equal(readFileSync(target, 'utf8'), `${JSON.stringify(report.payload, null, 2)}\n`);
    assert.deepEqual(await handlers.savePayload({ runId: RUN_A, format: 'indented' }, context), {
      status: 'cancelled',
    });
  });

  test('a run that never finished cannot be saved', async () => {
    const { handlers, context } = harness({ mode: 'serve' });

    await rejectsWith(
      handlers.savePayload({ runId: RUN_B, format: 'compact' }, context),
      'not-found',
    );
  });
});

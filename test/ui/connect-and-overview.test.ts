/**
 * The connect form's checks and the overview's numbers, as pure functions.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { CollectionReport } from '../../shared/collection/types.ts';
import {
  describeConnection,
  EMPTY_FORM,
  formConnection,
  formFromConnection,
} from '../../renderer/src/connect/connection-form.ts';
import { overviewFacts } from '../../renderer/src/overview/overview-facts.ts';

describe('the connect form', () => {
  test('fields become a fields target, password only when typed', () => {
    const outcome = formConnection({ ...EMPTY_FORM, user: 'reader', database: 'fa' });

    assert.deepEqual(outcome, {
      ok: true,
      connection: {
        kind: 'fields',
        fields: {
          host: '127.0.0.1',
          port: 5432,
          database: 'fa',
          user: 'reader',
          sslMode: 'disable',
        },
      },
    });
  });

  test('verify-full needs a CA file; the CA file is sent only with verify-full', () => {
    const missing = formConnection({ ...EMPTY_FORM, user: 'u', sslMode: 'verify-full' });
    const given = formConnection({
      ...EMPTY_FORM,
      user: 'u',
      password: 'pw',
      sslMode: 'verify-full',
      caFile: ' /etc/ssl/ca.pem ',
    });
    const ignored = formConnection({ ...EMPTY_FORM, user: 'u', sslMode: 'require', caFile: '/x' });

    assert.equal(missing.ok, false);
    assert.match(!missing.ok ? missing.problem : '', /CA file/);
    assert.deepEqual(given.ok && given.connection.kind === 'fields' && given.connection.fields, {
      host: '127.0.0.1',
      port: 5432,
      database: 'fusionauth',
      user: 'u',
      password: 'pw',
      sslMode: 'verify-full',
      caFile: '/etc/ssl/ca.pem',
    });
    assert.equal(
      ignored.ok && ignored.connection.kind === 'fields' && ignored.connection.fields.caFile,
      undefined,
    );
  });

  test('obvious mistakes are caught before anything is sent', () => {
    const problems = [
      formConnection({ ...EMPTY_FORM, user: 'u', port: 'abc' }),
      formConnection({ ...EMPTY_FORM, user: 'u', port: '70000' }),
      formConnection({ ...EMPTY_FORM, user: '  ' }),
      formConnection({ ...EMPTY_FORM, mode: 'url', url: 'mysql://h/d' }),
    ];

    assert.deepEqual(
      problems.map((outcome) => (outcome.ok ? 'ok' : outcome.problem)),
      [
        'The port must be a whole number from 1 to 65535.',
        'The port must be a whole number from 1 to 65535.',
        'Enter the user.',
        'The URL must start with postgres:// or postgresql://.',
      ],
    );
  });

  test('a profile loads back into the form without a password and is described without one', () => {
    const connection = {
      kind: 'fields' as const,
      fields: { host: 'db', port: 6432, database: 'fa', user: 'ro', sslMode: 'require' as const },
    };

    assert.equal(formFromConnection(connection).password, '');
    assert.equal(formFromConnection(connection).port, '6432');
    assert.equal(describeConnection(connection), 'ro@db:6432/fa');
    assert.equal(
      describeConnection({ kind: 'url', url: 'postgres://ro@db.example:5432/fusionauth' }),
      'ro@db.example:5432/fusionauth',
    );
  });
});

function reportWith(changes: {
  enabled?: boolean | null;
  present?: boolean;
  fresh?: boolean;
}): CollectionReport {
  return {
    payload: {
      applicationVersion: '1.60.2',
      collectionDuration: 1,
      collectionInstant: 1,
      instanceId: 'é',
      stats: { a: 1, b: true },
      statsVersion: '0.13.0',
      timings: { a: 1, b: 0 },
    },
    results: [
      { key: 'a', status: 'ok', requested: true },
      { key: 'b', status: 'ok', requested: true },
      { key: 'c', status: 'failed', requested: true },
      { key: 'd', status: 'not-requested', requested: false },
    ],
    totalQueryMs: 12.5,
    database: {
      usageDataEnabled: changes.enabled === undefined ? true : changes.enabled,
      statList: {
        present: changes.present ?? true,
        fresh: changes.fresh ?? true,
        verdict: 'FusionAuth would collect the 3 known stats of its list.',
      },
    },
  } as unknown as CollectionReport;
}

describe('the overview', () => {
  test('counts statuses and requested stats, and measures the compact payload in bytes', () => {
    const facts = overviewFacts(reportWith({}));
    const compact = JSON.stringify(reportWith({}).payload);

    assert.deepEqual(facts.statusCounts, {
      ok: 2,
      failed: 1,
      'not-applicable': 0,
      'unknown-offline': 0,
      'not-requested': 1,
    });
    assert.equal(facts.requested, 3);
    assert.equal(facts.inPayload, 2);
    // "é" is two bytes in UTF-8: the size is in bytes, not characters.
    assert.equal(facts.payloadBytes, compact.length + 1);
  });

  test('FusionAuth collects now only when switched on and the stat list is fresh', () => {
    assert.equal(overviewFacts(reportWith({})).wouldCollectNow, true);
    assert.equal(overviewFacts(reportWith({ fresh: false })).wouldCollectNow, false);
    assert.equal(overviewFacts(reportWith({ present: false })).wouldCollectNow, false);

    const off = overviewFacts(reportWith({ enabled: false }));
    const unset = overviewFacts(reportWith({ enabled: null }));
    assert.equal(off.wouldCollectNow, false);
    assert.match(off.collectVerdict, /switched off/);
    assert.equal(unset.wouldCollectNow, false);
    assert.match(unset.collectVerdict, /treats it as off/);
  });
});

/**
 * The opt-out view's rules without a browser: every bad field gets its own message at once
 * while the commands stay built from the rest, an empty host choice is refused, the notice
 * names what is not filled in, and the state rows say what is read and what is inferred.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { unknownState } from '../../shared/optout/unknown-state.ts';
import type { OptOutState } from '../../shared/optout/types.ts';
import { buildViewContent, fallbackNotice } from '../../renderer/src/optout/build-view.ts';
import { checkForm, EMPTY_FORM, NO_HOST_TICKED } from '../../renderer/src/optout/check-form.ts';
import { methodTabs } from '../../renderer/src/optout/guide-tabs.ts';
import { formatInstant, stateFacts } from '../../renderer/src/optout/state-facts.ts';

const CONFIGURATION: OptOutState['configuration'] = {
  files: [],
  fusionAuthUrl: null,
  proxy: null,
  runtimeMode: { value: 'development', origin: 'default' },
  urlOverrides: [],
  warnings: [],
};

const NOT_MANAGED: OptOutState['managed'] = {
  forced: false,
  value: null,
  origin: null,
  explanation: 'not set',
};

/** A read state: licensed, flag on, saved since creation. */
function readState(overrides: Partial<OptOutState> = {}): OptOutState {
  const base = unknownState(CONFIGURATION, NOT_MANAGED);

  return {
    ...base,
    databaseRead: true,
    location: 'db:5432/fusionauth',
    fusionAuthVersion: '1.55.1',
    usageData: { storedEnabled: true, keyPresent: true, retentionDays: 366, explanation: 'on' },
    license: { licensed: true, licenseId: 'l', licenceTextPresent: false, explanation: 'yes' },
    wouldCollectNow: 'yes',
    wouldCollectReasons: ['setup complete', 'usage data is on'],
    metricsSent: 'yes',
    usageStats: {
      tablePresent: true,
      rows: 3,
      sentRows: 2,
      pendingRows: 1,
      lastCollectedInstant: Date.UTC(2025, 9, 16, 0, 31, 5),
      lastSentInstant: Date.UTC(2025, 9, 15, 0, 31, 5),
      explanation: '3 payloads',
    },
    changeHistory: {
      insertInstant: 1,
      lastUpdateInstant: Date.UTC(2025, 9, 1, 8, 0),
      updatedSinceCreation: true,
      inference: 'saved after creation',
    },
    ...overrides,
  };
}

describe('checking the form', () => {
  test('every refused field gets its message at once; the others are still used', () => {
    const checked = checkForm(
      {
        ...EMPTY_FORM,
        fusionAuthUrl: 'https://auth example.com',
        apiKey: ' padded',
        namespace: 'FusionAuth',
        podLabels: 'app=fusionauth',
      },
      readState(),
    );

    assert.deepEqual(Object.keys(checked.problems).sort(), [
      'apiKey',
      'fusionAuthUrl',
      'namespace',
    ]);
    assert.match(checked.problems.fusionAuthUrl ?? '', /space/);
    assert.match(checked.problems.apiKey ?? '', /starts or ends with a space/);
    assert.match(checked.problems.namespace ?? '', /capital letters.*"fusionauth"/);
    // Refused values fall back; the accepted one is used as typed.
    assert.equal(checked.inputs.fusionAuthUrl, null);
    assert.equal(checked.inputs.apiKey, null);
    assert.equal(checked.inputs.namespace, 'fusionauth');
    assert.deepEqual(checked.inputs.podLabels, { app: 'fusionauth' });
  });

  test('good values come through normalised, and an empty key means "ask for it"', () => {
    const checked = checkForm(
      { ...EMPTY_FORM, fusionAuthUrl: ' https://Auth.Example.com/fa/ ', namespace: 'team-a' },
      readState(),
    );

    assert.deepEqual(checked.problems, {});
    assert.equal(checked.inputs.fusionAuthUrl, 'https://auth.example.com/fa');
    assert.equal(checked.inputs.apiKey, null);
    assert.equal(checked.inputs.namespace, 'team-a');
  });

  test('no host ticked is refused, and the recommended hosts are used meanwhile', () => {
    const state = readState();
    const checked = checkForm({ ...EMPTY_FORM, block: [] }, state);
    const content = buildViewContent({ ...EMPTY_FORM, block: [] }, state, 'hosts');

    assert.equal(checked.problems.block, NO_HOST_TICKED);
    assert.equal(checked.inputs.block, null);
    // Licensed: only usage-stats is recommended.
    assert.deepEqual(content.egress.blocked, ['usage-stats.fusionauth.io']);
  });

  test('a chosen set of hosts reaches the rules', () => {
    const content = buildViewContent(
      { ...EMPTY_FORM, block: ['usage-stats', 'metrics'] },
      readState(),
      'dnsmasq',
    );

    assert.deepEqual(content.egress.blocked, [
      'usage-stats.fusionauth.io',
      'metrics.fusionauth.io',
    ]);
    assert.deepEqual(
      content.hostTable.rows.filter((row) => row.blocked).map((row) => row.id),
      ['usage-stats', 'metrics'],
    );
  });

  test('the notice names only the refused fields of its section', () => {
    const checked = checkForm({ ...EMPTY_FORM, namespace: 'Bad_Name' }, readState());

    assert.equal(fallbackNotice(checked, ['fusionAuthUrl', 'apiKey']), null);
    assert.match(
      fallbackNotice(checked, ['namespace', 'podLabels', 'block']) ?? '',
      /refused above: Kubernetes namespace\. .*default namespace fusionauth\./,
    );
  });
});

test('several refusals are named in one sentence', () => {
  const checked = checkForm(
    { ...EMPTY_FORM, namespace: 'Bad', podLabels: 'app', block: [] },
    readState(),
  );

  assert.equal(
    fallbackNotice(checked, ['namespace', 'podLabels', 'block']),
    'Not filled in, because refused above: Kubernetes namespace, pod labels and hosts to ' +
      'block. Until corrected, the commands below use the default namespace fusionauth, the ' +
      'default labels app.kubernetes.io/name=fusionauth and the recommended hosts.',
  );
});

test('fusionauth-app.url from the configuration fills an empty or refused URL field', () => {
  const state = readState({
    configuration: {
      ...CONFIGURATION,
      files: ['fusionauth.properties'],
      fusionAuthUrl: { value: 'https://auth.example.com', origin: 'fusionauth.properties:4' },
    },
  });
  const empty = buildViewContent(EMPTY_FORM, state, 'hosts');
  const refused = checkForm({ ...EMPTY_FORM, fusionAuthUrl: 'ftp://x' }, state);

  assert.equal(empty.checked.inputs.fusionAuthUrl, 'https://auth.example.com');
  assert.deepEqual(empty.configuredUrl, state.configuration.fusionAuthUrl);
  assert.match(
    fallbackNotice(refused, ['fusionAuthUrl']) ?? '',
    /use https:\/\/auth\.example\.com \(fusionauth-app\.url in fusionauth\.properties:4\)\./,
  );
});

describe('the tabs', () => {
  test('every method has a tab, FusionAuth Cloud last', () => {
    const content = buildViewContent(EMPTY_FORM, readState(), 'hosts');

    assert.deepEqual(
      methodTabs(content.methods).map((tab) => tab.id),
      ['api', 'api-key', 'admin-ui', 'setup-wizard', 'kickstart', 'terraform', 'opt-in', 'cloud'],
    );
  });
});

describe('the state rows', () => {
  test('stored values are "Read"; what FusionAuth would do is "Inferred"', () => {
    const facts = new Map(stateFacts(readState()).map((fact) => [fact.id, fact]));

    assert.deepEqual(
      [facts.get('usage-data')?.answer, facts.get('usage-data')?.basis],
      ['On', 'read'],
    );
    assert.equal(facts.get('usage-data')?.detail, 'Sent rows kept 366 days');
    assert.equal(facts.get('licence')?.basis, 'read');
    assert.deepEqual(
      [facts.get('would-collect')?.answer, facts.get('would-collect')?.basis],
      ['Yes', 'inferred'],
    );
    assert.deepEqual(facts.get('would-collect')?.explanation, [
      'setup complete',
      'usage data is on',
    ]);
    assert.deepEqual(
      [facts.get('changed')?.answer, facts.get('changed')?.basis],
      ['Possibly', 'inferred'],
    );
    assert.equal(facts.get('last-collected')?.answer, '2025-10-16 00:31 UTC');
    assert.equal(facts.get('last-sent')?.basis, 'inferred');
    // Managed mode and the runtime mode live in files the view does not read.
    assert.equal(facts.get('managed')?.basis, 'assumed');
    assert.equal(facts.get('configuration')?.basis, 'assumed');
    assert.equal(facts.get('configuration')?.answer, 'None given');
  });

  test('a version caveat that changes what to do is a warning on the version row', () => {
    const version = stateFacts(
      readState({
        versionCaveats: [
          { id: 'admin-ui-cannot-save', severity: 'warning', text: 'Use the API first.' },
          { id: 'expiring-keys', severity: 'info', text: 'Keys can expire.' },
        ],
      }),
    ).find((fact) => fact.id === 'version');

    assert.deepEqual(version?.warnings, ['Use the API first.']);
    assert.deepEqual(version?.explanation, ['Keys can expire.']);
    assert.equal(version?.attention, true);
  });

  test('given configuration files are read: URL, proxy and overrides are shown', () => {
    const configured = stateFacts(
      readState({
        configuration: {
          files: ['/etc/fusionauth/fusionauth.properties'],
          fusionAuthUrl: { value: 'https://auth.example.com', origin: 'fusionauth.properties:4' },
          proxy: {
            host: 'proxy.lan',
            port: '3128',
            origin: 'fusionauth.properties:7',
            authenticated: true,
          },
          runtimeMode: { value: 'production', origin: 'fusionauth.properties:2' },
          urlOverrides: [
            { property: 'fusionauth-app.stats.url', value: 'https://x.example', origin: 'f:9' },
          ],
          warnings: [],
        },
      }),
    );
    const configuration = configured.find((fact) => fact.id === 'configuration');
    const managed = configured.find((fact) => fact.id === 'managed');

    assert.deepEqual([configuration?.answer, configuration?.basis], ['1 file', 'read']);
    assert.match(configuration?.explanation.join(' ') ?? '', /Runtime mode production/);
    assert.match(configuration?.explanation.join(' ') ?? '', /https:\/\/auth\.example\.com/);
    assert.match(configuration?.explanation.join(' ') ?? '', /proxy\.lan:3128.*user name/);
    assert.match(
      configuration?.warnings[0] ?? '',
      /fusionauth-app\.stats\.url.*block that address/,
    );
    // Not set in files that were given: read, not assumed.
    assert.deepEqual([managed?.basis, managed?.detail], ['read', 'not set in the given files']);
  });

  test('managed mode forces the flag on; a missing key reads as off', () => {
    const managed = stateFacts(
      readState({ managed: { ...NOT_MANAGED, forced: true, value: 'true', origin: 'f:3' } }),
    );
    const missing = stateFacts(
      readState({
        usageData: { storedEnabled: null, keyPresent: false, retentionDays: null, explanation: '' },
      }),
    );

    assert.equal(managed[0]?.answer, 'Forced on (managed mode)');
    assert.equal(managed.find((fact) => fact.id === 'managed')?.basis, 'read');
    assert.equal(missing[0]?.answer, 'Not stored (off)');
  });

  test('without a database every row says unknown', () => {
    const facts = stateFacts(unknownState(CONFIGURATION, NOT_MANAGED));

    for (const id of ['usage-data', 'licence', 'would-collect', 'changed', 'last-sent']) {
      assert.equal(facts.find((fact) => fact.id === id)?.basis, 'unknown', id);
    }
    assert.equal(facts.find((fact) => fact.id === 'last-collected')?.answer, 'Unknown');
    assert.equal(formatInstant(null), 'never');
  });

  test('no usage_stats table, or no row marked sent: never sent', () => {
    const noTable = stateFacts(
      readState({
        usageStats: {
          ...readState().usageStats,
          tablePresent: false,
          lastCollectedInstant: null,
          lastSentInstant: null,
          explanation: 'No usage_stats table: this version never stored a usage payload.',
        },
      }),
    );
    const noneSent = stateFacts(
      readState({ usageStats: { ...readState().usageStats, sentRows: 0, lastSentInstant: null } }),
    );

    const sent = (facts: typeof noTable) => facts.find((fact) => fact.id === 'last-sent');
    assert.deepEqual([sent(noTable)?.answer, sent(noTable)?.basis], ['Never', 'read']);
    assert.match(sent(noTable)?.explanation[0] ?? '', /never stored/);
    assert.equal(sent(noTable)?.detail, undefined);
    assert.deepEqual([sent(noneSent)?.answer, sent(noneSent)?.basis], ['Never', 'read']);
    assert.equal(
      noTable.find((fact) => fact.id === 'last-collected')?.answer,
      'No usage_stats table',
    );
  });
});

/**
 * The privacy check on whole payloads: planted personal data is found with the right rule at
 * the right path, values that do not fit their kind are named, unknown keys are noted or
 * flagged by what they hold, and genuine payloads (built here, and FusionAuth's published
 * examples when ../shared is present) pass.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import type { BasicMetricsPayload, UsagePayload } from '../../shared/payload/types.ts';
import { checkPayload } from '../../shared/privacy/check-payload.ts';
import type { FindingRule, PrivacyCheck } from '../../shared/privacy/types.ts';
import { SHARED_PRESENT, sharedFixture } from '../support/postgres.ts';
import { samplePayload, withStats } from '../support/payload-samples.ts';

/** A payload with every kind of value a 1.69.2 payload has, all of them harmless. */
function genuinePayload(): UsagePayload {
  return withStats({
    applicationEnabledTenantIdentityProviders: [
      { count: 4, idp: 'SAMLv2IdPInitiated' },
      { count: 1, idp: 'ExternalJWT' },
    ],
    instanceCompanyPlan: 'Essentials',
    instanceDatabaseMinimumIdle: -1,
    instanceDatabaseVersion: '15.20 (Debian 15.20-0+deb12u1)',
    instanceElasticsearchVersion: '7.17.0',
    instanceFusionauthAppMemory: 25_769_803_776,
    instanceFusionauthAppSearchDefaultRefreshInterval: '1s',
    instanceJavaVersion: '17.0.8.1+1',
    instanceLicenseType: 'Non-production',
    integrationsKafkaEnabled: false,
    installationType: 'standard',
  });
}

function attention(check: PrivacyCheck) {
  return check.findings.filter((finding) => finding.severity === 'attention');
}

function rulesAt(check: PrivacyCheck, path: string): FindingRule[] {
  return attention(check)
    .filter((finding) => finding.path === path)
    .map((finding) => finding.rule)
    .sort();
}

describe('genuine payloads pass', () => {
  test('a payload built here with every kind of value passes with no attention finding', () => {
    const check = checkPayload(genuinePayload());

    assert.deepEqual(attention(check), []);
    assert.equal(check.status, 'pass');
    assert.equal(check.counts.attention, 0);
    // The instance id is explained, not failed.
    assert.deepEqual(
      check.findings.map((finding) => [finding.rule, finding.severity, finding.path]),
      [['linking-identifier', 'info', 'instanceId']],
    );
  });

  test('every key is classified by what its value can be', () => {
    const check = checkPayload(genuinePayload());
    const classOf = (path: string) =>
      check.classifications.find((entry) => entry.path === path)?.valueClass;

    assert.equal(classOf('stats.tenantNumber'), 'count');
    assert.equal(classOf('stats.instanceDatabaseMinimumIdle'), 'configuration-number');
    assert.equal(classOf('stats.instanceFusionauthAppMemory'), 'byte-size');
    assert.equal(classOf('stats.integrationsKafkaEnabled'), 'boolean');
    assert.equal(classOf('stats.instanceJavaVersion'), 'version');
    assert.equal(classOf('stats.instanceSearchType'), 'configuration-word');
    assert.equal(classOf('stats.applicationEnabledIdentityProviders'), 'list-of-counts');
    assert.equal(classOf('stats.instanceFirstTimeSetupProgress'), 'setup-flags');
    assert.equal(classOf('instanceId'), 'identifier');
    assert.equal(classOf('collectionInstant'), 'instant');
    assert.equal(classOf('timings'), 'duration');
    assert.ok(check.classifications.every((entry) => entry.fits));
  });

  const fixtures = [
    'fusionauth-1.55.0-docs-example.json',
    'fusionauth-1.59.1-docs-example.json',
    'fusionauth-1.59.1-docs-example-2.json',
  ];
  for (const name of fixtures) {
    test(
      `FusionAuth's published ${name} passes`,
      { skip: SHARED_PRESENT ? false : '../shared/fixtures is not present' },
      () => {
        const payload = JSON.parse(readFileSync(sharedFixture(`payloads/${name}`), 'utf8'));
        const check = checkPayload(payload);

        assert.deepEqual(attention(check), []);
        assert.equal(check.status, 'pass');
      },
    );
  }

  test(
    'the 1.59.1 key unknown to the 1.69.2 catalog is noted as information, not failed',
    { skip: SHARED_PRESENT ? false : '../shared/fixtures is not present' },
    () => {
      const file = sharedFixture('payloads/fusionauth-1.59.1-docs-example.json');
      const check = checkPayload(JSON.parse(readFileSync(file, 'utf8')));
      const unknown = check.findings.filter((finding) => finding.rule === 'unknown-key');

      assert.deepEqual(
        unknown.map((finding) => [finding.path, finding.severity]),
        [['stats.tenantMultiFactorLambdasConfigured', 'info']],
      );
      assert.ok(check.reasons.some((reason) => reason.includes('noted, not failed')));
    },
  );
});

describe('planted personal data is flagged with the right reason', () => {
  const planted: [string, string, FindingRule][] = [
    ['an email address', 'alice.smith@example.com', 'email'],
    ['a URL', 'https://hooks.example.com/fusionauth/events', 'url'],
    ['an IPv4 address', '192.168.10.24', 'ip-address'],
    ['an IPv6 address', '2001:db8::8a2e:370:7334', 'ip-address'],
    ['a host name', 'auth.corp.example.net', 'host-name'],
    ['a UUID other than the instance id', '6b1d7c34-2d3f-4f6b-9a61-0cc1f0f2a9d1', 'uuid'],
    ['free text', 'Acme Corporation production tenant', 'free-text'],
  ];

  for (const [what, text, rule] of planted) {
    test(`${what} in a string stat`, () => {
      const check = checkPayload(withStats({ instanceSearchType: text }));

      assert.equal(check.status, 'needs-attention');
      assert.ok(rulesAt(check, 'stats.instanceSearchType').includes(rule), `${rule} expected`);
      const finding = attention(check).find((entry) => entry.rule === rule);
      assert.equal(finding?.statKey, 'instanceSearchType');
      assert.ok(finding?.excerpt.includes(text.split(' ')[0] as string));
      assert.ok(check.reasons[0]?.includes('stats.instanceSearchType'));
    });
  }

  test('a value hidden in an identity-provider list entry is found at its path', () => {
    const check = checkPayload(
      withStats({ applicationEnabledIdentityProviders: [{ count: 2, idp: 'sso.example.org' }] }),
    );

    assert.deepEqual(rulesAt(check, 'stats.applicationEnabledIdentityProviders[0].idp'), [
      'host-name',
    ]);
    assert.equal(attention(check)[0]?.statKey, 'applicationEnabledIdentityProviders');
  });

  test('a key whose name is an email address is flagged even when it holds a count', () => {
    const check = checkPayload(withStats({ 'bob@example.org': 3 }));
    const finding = attention(check).find((entry) => entry.subject === 'key');

    assert.equal(finding?.rule, 'email');
    assert.equal(finding?.path, 'stats["bob@example.org"]');
    assert.equal(check.status, 'needs-attention');
  });

  test('strings in the envelope are scanned too', () => {
    const payload = { ...samplePayload(), applicationVersion: 'build-host.example.com' };
    const check = checkPayload(payload);

    assert.deepEqual(rulesAt(check, 'applicationVersion'), ['host-name', 'kind-mismatch']);
  });

  test('a host name in the note after a database version is found', () => {
    const check = checkPayload(withStats({ instanceDatabaseVersion: '15.4 (db1.example.com)' }));

    assert.deepEqual(rulesAt(check, 'stats.instanceDatabaseVersion'), ['host-name']);
  });

  test('a version stat that is not a version at all is a kind mismatch', () => {
    const check = checkPayload(withStats({ instanceJavaVersion: 'openjdk' }));

    assert.deepEqual(rulesAt(check, 'stats.instanceJavaVersion'), ['kind-mismatch']);
  });

  test('the instance id itself is not reported as another UUID, anywhere', () => {
    const payload = samplePayload();
    const check = checkPayload(withStats({ instanceSearchType: payload.instanceId }, payload));

    assert.deepEqual(rulesAt(check, 'stats.instanceSearchType'), []);
  });
});

describe('values that do not fit their declared kind', () => {
  const misfits: [string, Record<string, unknown>, string, RegExp][] = [
    ['a string where a count belongs', { tenantNumber: '12' }, 'stats.tenantNumber', /string/],
    ['a negative count', { tenantNumber: -3 }, 'stats.tenantNumber', /negative/],
    ['a fractional count', { tenantNumber: 2.5 }, 'stats.tenantNumber', /not a whole number/],
    ['true where a count belongs', { tenantNumber: true }, 'stats.tenantNumber', /boolean/],
    [
      'a number where a flag belongs',
      { integrationsKafkaEnabled: 1 },
      'stats.integrationsKafkaEnabled',
      /true or false/,
    ],
    [
      'a number where a word belongs',
      { instanceSearchType: 7 },
      'stats.instanceSearchType',
      /configuration word/,
    ],
    [
      'a string count inside a list',
      { applicationEnabledIdentityProviders: [{ count: '2', idp: 'Google' }] },
      'stats.applicationEnabledIdentityProviders[0].count',
      /string/,
    ],
    [
      'an extra field in a list entry',
      { applicationEnabledIdentityProviders: [{ count: 2, idp: 'Google', tenant: 'x' }] },
      'stats.applicationEnabledIdentityProviders[0].tenant',
      /never sends/,
    ],
  ];

  for (const [what, stats, path, message] of misfits) {
    test(what, () => {
      const check = checkPayload(withStats(stats));
      const finding = attention(check).find((entry) => entry.rule === 'kind-mismatch');

      assert.equal(check.status, 'needs-attention');
      assert.equal(finding?.path, path);
      assert.match(finding?.message ?? '', message);
      const key = path.split(/[.[]/)[1] as string;
      assert.equal(check.classifications.find((entry) => entry.statKey === key)?.fits, false);
    });
  }

  test('a timing that is not whole milliseconds is a kind mismatch', () => {
    const payload = { ...samplePayload(), timings: { tenantNumber: -1 } };
    const finding = attention(checkPayload(payload))[0];

    assert.equal(finding?.path, 'timings.tenantNumber');
    assert.match(finding?.message ?? '', /whole milliseconds/);
  });
});

describe('unknown keys', () => {
  test('an unknown key holding a count or a flag is information only', () => {
    const check = checkPayload(withStats({ tenantFutureFeature: 4, tenantOtherFlag: true }));
    const unknown = check.findings.filter((finding) => finding.rule === 'unknown-key');

    assert.equal(check.status, 'pass');
    assert.deepEqual(
      unknown.map((finding) => finding.severity),
      ['info', 'info'],
    );
  });

  test('an unknown key holding a string or a list needs attention', () => {
    for (const value of ['standard', [1, 2], { nested: 1 }, -2]) {
      const check = checkPayload(withStats({ tenantFutureFeature: value }));

      assert.equal(check.status, 'needs-attention', JSON.stringify(value));
      assert.deepEqual(rulesAt(check, 'stats.tenantFutureFeature').includes('unknown-key'), true);
    }
  });

  test('a top-level key FusionAuth does not send is handled the same way', () => {
    const check = checkPayload({ ...samplePayload(), hostName: 'fa1.example.com' } as UsagePayload);

    assert.deepEqual(rulesAt(check, 'hostName'), ['host-name', 'unknown-key']);
  });
});

describe('identifiers that link sends over time', () => {
  const basicMetrics: BasicMetricsPayload = {
    'metric.totalUsers': 12,
    'metric.monthlyActiveUsers': 4,
    'metric.totalMonthlyLogins': 30,
    'metric.numberOfNodes': 1,
    'metric.productVersion': '1.69.2',
    'metric.version': '1',
    licenseId: '0d9e7a51-7c1e-4f62-b8f5-6a3b9d3c2e11',
  };

  test('the license id in the basic metrics is explained, not failed', () => {
    const check = checkPayload(samplePayload(), { basicMetrics });
    const license = check.identifiers.find((entry) => entry.path === 'basicMetrics.licenseId');

    assert.equal(check.status, 'pass');
    assert.equal(license?.sending, 'sent');
    assert.equal(license?.value, basicMetrics.licenseId);
    assert.equal(check.licensed, true);
    assert.deepEqual(
      check.findings.map((finding) => `${finding.rule}:${finding.path}`),
      ['linking-identifier:instanceId', 'linking-identifier:basicMetrics.licenseId'],
    );
  });

  test("what FusionAuth says per plan is matched to the instance's license", () => {
    const unlicensed = checkPayload(samplePayload(), { licensed: false });
    const community = unlicensed.planStatements.find((plan) => plan.plan.startsWith('Community'));

    assert.equal(community?.appliesHere, 'yes');
    assert.match(community?.statement ?? '', /not tied to an identity/);
    assert.equal(
      unlicensed.identifiers.find((entry) => entry.path === 'basicMetrics.licenseId')?.sending,
      'not-sent',
    );

    const licensed = checkPayload(samplePayload(), { licensed: true });
    assert.equal(
      licensed.planStatements.find((plan) => plan.plan.startsWith('Community'))?.appliesHere,
      'no',
    );
    assert.ok(
      licensed.planStatements.some((plan) => /tied to the customer account/.test(plan.statement)),
    );
  });

  test('license stats in the payload mean the instance is licensed', () => {
    const check = checkPayload(withStats({ instanceLicenseType: 'Production' }));

    assert.equal(check.licensed, true);
  });

  test('a license id that is not a UUID needs attention', () => {
    const check = checkPayload(samplePayload(), {
      basicMetrics: { ...basicMetrics, licenseId: 'acme-corp-license' },
    });

    assert.deepEqual(rulesAt(check, 'basicMetrics.licenseId'), ['kind-mismatch']);
  });
});

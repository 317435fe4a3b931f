/**
 * `usage-inspector optout` end to end: exit codes and messages for bad input, the text and
 * JSON output without a database, and against a real PostgreSQL database when one answers.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';

import { PLATFORM_NAMES } from '../../shared/optout/types.ts';
import {
  adminUrl,
  createDatabase,
  dropDatabase,
  loadSqlFile,
  postgresAvailable,
  runSqlText,
  uniqueName,
} from '../support/postgres.ts';

const BIN = fileURLToPath(new URL('../../bin/usage-inspector.mjs', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../fixtures/optout/schema.sql', import.meta.url));

function optout(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'optout', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PGPASSWORD: '', PGCONNECT_TIMEOUT: '5' },
  });

  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bad input exits 2 with a reason, before any connection', () => {
  const unreachable = 'postgres://user@127.0.0.1:1/fusionauth';
  const cases: [string, string[], RegExp][] = [
    [
      'an unknown platform, listing the valid ones',
      ['--platform', 'pfsense'],
      new RegExp(`Unknown platform "pfsense"\\. Valid platforms: ${PLATFORM_NAMES.join(', ')}\\.`),
    ],
    ['a namespace with capitals', ['--namespace', 'FusionAuth'], /capital letters.*"fusionauth"/],
    ['a URL with a space', ['--fusionauth-url', 'https://auth.example.com/a b'], /space/],
    ['a URL with quotes', ['--fusionauth-url', '"https://auth.example.com"'], /quote/],
    ['an API key with a line break', ['--api-key', 'abc\ndef'], /line break/],
    ['a pod label with a bad prefix', ['--pod-labels', 'App.io/name=x'], /DNS-1123 subdomain/],
    ['an unknown host to block', ['--block', 'usage-stats,files'], /Unknown host to block: files/],
    ['both --db and --demo', ['--db', unreachable, '--demo'], /either --db URL or --demo/],
    ['an unknown option', ['--frobnicate'], /Unknown option '--frobnicate'/],
    ['a missing config file', ['--config', '/nonexistent/fusionauth.properties'], /no such file/],
  ];

  for (const [name, args, message] of cases) {
    test(name, () => {
      // With an unreachable --db: a value checked first exits 2, never 3.
      const result = optout(...(args.includes('--db') ? args : ['--db', unreachable, ...args]));
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    });
  }

  test('an unreachable database exits 3', () => {
    const result = optout('--db', unreachable);
    assert.equal(result.status, 3, result.stderr);
  });
});

describe('without a database server', () => {
  test('--help lists every platform and exits 0', () => {
    const result = optout('--help');
    assert.equal(result.status, 0);
    for (const name of PLATFORM_NAMES) {
      assert.match(result.stdout, new RegExp(`^ {4}${name} `, 'm'));
    }
  });

  test('prints the state, the opt-out commands and, with --platform, the rules', () => {
    const result = optout('--platform', 'hosts', '--fusionauth-url', 'https://auth.example.com');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Opt-out state\n/);
    assert.match(
      result.stdout,
      /curl -sS -X PATCH 'https:\/\/auth\.example\.com\/api\/system-configuration'/,
    );
    assert.match(result.stdout, /^0\.0\.0\.0 usage-stats\.fusionauth\.io$/m);
    assert.match(result.stdout, /Verify that it worked:/);
  });

  test('without --platform it names the platforms to choose from', () => {
    const result = optout();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Egress rules: add --platform NAME, one of hosts, /);
  });

  test('--cloud says it cannot be disabled and prints no egress rules', () => {
    const result = optout('--cloud', '--platform', 'nftables');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /cannot be disabled/);
    assert.doesNotMatch(result.stdout, /nft/);
  });

  test('--json is one JSON document with state, guides, hosts and the platform guide', () => {
    const result = optout('--json', '--platform', 'kubernetes', '--namespace', 'identity');
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.state.databaseRead, false);
    assert.equal(report.optOut[0].id, 'api');
    assert.equal(report.hosts.rows.length, 4);
    assert.equal(report.egress.platform, 'kubernetes');
    assert.match(report.egress.artifacts[0].text, /namespace: identity/);
    assert.deepEqual(report.platforms, [...PLATFORM_NAMES]);
  });

  test('--demo reads the embedded demo database', () => {
    const result = optout('--demo', '--json');
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.state.databaseRead, true);
    assert.equal(report.state.location, 'embedded demo database');
    assert.match(report.state.fusionAuthVersion, /^\d+\.\d+\.\d+/);
  });

  test('a configured URL that cannot be used is a warning, not an error', () => {
    const file = fileURLToPath(new URL('../fixtures/optout/bad-url.env', import.meta.url));
    const result = optout('--config', file);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^warning: fusionauth-app\.url in .* is not used: .*space/m);
  });
});

const available = await postgresAvailable();
const created: string[] = [];
after(async () => {
  for (const name of created) {
    await dropDatabase(name);
  }
});

describe(
  'against a database',
  { skip: available ? false : 'no PostgreSQL server on 127.0.0.1:5432' },
  () => {
    test('state from the database, the check command without the password', async () => {
      const name = uniqueName('optout_cli');
      await createDatabase(name);
      created.push(name);
      loadSqlFile(name, SCHEMA);
      await runSqlText(
        name,
        `INSERT INTO version VALUES ('1.55.1');
       INSERT INTO instance (id, setup_complete)
         VALUES ('9a632006-60f5-3254-ad99-859ab32b6330', true);
       INSERT INTO system_configuration
         VALUES ('{"usageDataConfiguration":{"enabled":true}}', 1, 1, 'UTC');`,
      );
      const url = adminUrl(name).replace('postgres://postgres@', 'postgres://postgres:hunter2@');

      const result = optout('--db', url, '--platform', 'iptables', '--json');
      assert.equal(result.status, 0, result.stderr);
      const report = JSON.parse(result.stdout);
      assert.equal(report.state.fusionAuthVersion, '1.55.1');
      assert.equal(report.state.usageData.storedEnabled, true);
      assert.deepEqual(
        report.egress.blocked,
        report.hosts.rows.map((row: { name: string }) => row.name),
      );
      assert.ok(report.optOut[0].warnings.some((w: string) => /1\.55\.1 cannot save/.test(w)));
      assert.match(
        report.egress.verification.inspectorCommand.text,
        new RegExp(`--db 'postgres://postgres@127\\.0\\.0\\.1:5432/${name}'`),
      );
      assert.doesNotMatch(result.stdout, /hunter2/);
    });
  },
);

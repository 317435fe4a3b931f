/**
 * The platforms that deny egress wholesale (Kubernetes, Docker, security groups), the egress
 * proxy, and checks that hold for every platform: shell artifacts parse, YAML parses, and the
 * verification commands really report each host as blocked or not.
 */
import assert from 'node:assert/strict';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { parseAllDocuments } from 'yaml';

import { InspectorError } from '../../shared/errors.ts';
import { buildEgressGuide, platformByName } from '../../shared/optout/egress/platforms.ts';
import { PHONE_HOME_HOSTS } from '../../shared/optout/hosts.ts';
import { PLATFORM_NAMES, type EgressGuide } from '../../shared/optout/types.ts';
import { inputsFor, run, shellSyntaxError, stateFor } from './helpers.ts';

const ALL_NAMES = PHONE_HOME_HOSTS.map((host) => host.name);

interface Port {
  protocol: string;
  port: number;
}

interface Peer {
  ipBlock?: { cidr: string };
  podSelector?: { matchLabels: Record<string, string> };
  namespaceSelector?: { matchLabels: Record<string, string> };
}

interface NetworkPolicy {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace: string };
  spec: {
    podSelector: { matchLabels: Record<string, string> };
    policyTypes: string[];
    egress?: { to: Peer[]; ports: Port[] }[];
  };
}

interface ComposeFile {
  services: Record<string, { networks: string[]; extra_hosts?: string[] }>;
  networks: Record<string, { internal: boolean }>;
}

function yamlOf(guide: EgressGuide, id: string): Record<string, unknown>[] {
  const text = guide.artifacts.find((artifact) => artifact.id === id)?.text ?? '';
  const documents = parseAllDocuments(text);
  assert.ok(Array.isArray(documents), 'expected a YAML stream');
  for (const document of documents) {
    assert.deepEqual(document.errors, [], `YAML errors in ${guide.id}/${id}`);
  }

  return documents.map((document) => document.toJS() as Record<string, unknown>);
}

/**
 * Stand-in programs on PATH; each call writes its arguments, NUL-separated, to a file of its
 * own (named by time and pid, so calls in one pipeline cannot interleave), read back in order.
 */
function withStandIns(programs: Record<string, string>, script: string) {
  const directory = mkdtempSync(join(tmpdir(), 'stand-ins-'));
  const calls = join(directory, 'calls');
  mkdirSync(calls);
  for (const [name, body] of Object.entries(programs)) {
    const file = join(directory, name);
    const record = `"${calls}/$(date +%s%N)-$$"`;
    writeFileSync(file, `#!/bin/sh\nprintf '%s\\0' ${name} "$@" > ${record}\n${body}\n`);
    chmodSync(file, 0o755);
  }
  const result = run('env', [`PATH=${directory}:${process.env['PATH'] ?? ''}`, 'sh', '-c', script]);
  const recorded = readdirSync(calls)
    .sort()
    .map((name) => readFileSync(join(calls, name), 'utf8').split('\0').slice(0, -1));

  return { result, calls: recorded };
}

describe('Kubernetes NetworkPolicy', () => {
  const inputs = inputsFor({
    namespace: 'identity',
    podLabels: 'app.kubernetes.io/name=fusionauth,tier=Auth',
  });
  const guide = buildEgressGuide('kubernetes', stateFor({ licensed: true }), inputs);
  const [deny, allow] = yamlOf(guide, 'network-policy') as unknown as [
    NetworkPolicy,
    NetworkPolicy,
  ];

  test('two NetworkPolicies in the namespace, selecting the FusionAuth pods, Egress only', () => {
    for (const policy of [deny, allow]) {
      assert.equal(policy.apiVersion, 'networking.k8s.io/v1');
      assert.equal(policy.kind, 'NetworkPolicy');
      assert.equal(policy.metadata.namespace, 'identity');
      assert.deepEqual(policy.spec.policyTypes, ['Egress']);
      assert.deepEqual(policy.spec.podSelector, {
        matchLabels: { 'app.kubernetes.io/name': 'fusionauth', tier: 'Auth' },
      });
    }
  });

  test('the first denies all egress; the second allows DNS, database, search, SMTP only', () => {
    assert.equal(deny.spec.egress, undefined);
    const rules = allow.spec.egress ?? [];
    assert.deepEqual(rules[0]?.ports, [
      { protocol: 'UDP', port: 53 },
      { protocol: 'TCP', port: 53 },
    ]);
    assert.deepEqual(rules[0]?.to[0]?.podSelector, { matchLabels: { 'k8s-app': 'kube-dns' } });
    assert.deepEqual(
      rules.slice(1, 4).map((rule) => rule.ports.map((port) => port.port)),
      [[5432], [9200], [25, 465, 587]],
    );
    for (const rule of rules) {
      for (const to of rule.to) {
        assert.notEqual(to.ipBlock?.cidr, '0.0.0.0/0');
      }
    }
  });

  test('every allowance is explained in a comment', () => {
    const text = guide.artifacts.find((artifact) => artifact.id === 'network-policy')?.text ?? '';
    for (const topic of ['DNS', 'database', 'Elasticsearch', 'SMTP', 'FusionAuth nodes']) {
      assert.match(text, new RegExp(`#.*${topic}`));
    }
  });

  test('the database port follows the inspected database', () => {
    const mysql = buildEgressGuide(
      'kubernetes',
      stateFor({}),
      inputsFor({ historyDatabaseUrl: 'postgres://u@db:6543/fa' }),
    );
    const [, policy] = yamlOf(mysql, 'network-policy') as unknown as [NetworkPolicy, NetworkPolicy];
    assert.deepEqual(policy.spec.egress?.[1]?.ports, [{ protocol: 'TCP', port: 6543 }]);
  });

  test('all four hosts are blocked, and a licensed instance is told so', () => {
    assert.deepEqual(guide.blocked, ALL_NAMES);
    assert.ok(guide.warnings.some((w) => /cannot allow a host by name/.test(w)));
  });

  test('the check runs exactly the curl loop inside a debug container of a FusionAuth pod', () => {
    const { result, calls } = withStandIns(
      { kubectl: '[ "$1" = get ] && echo fusionauth-0; exit 0' },
      guide.verification.mustFail.text,
    );
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(calls[0]?.slice(0, 6), ['kubectl', 'get', 'pods', '-n', 'identity', '-l']);
    assert.equal(calls[0]?.[6], 'app.kubernetes.io/name=fusionauth,tier=Auth');
    const debug = calls[1] ?? [];
    assert.deepEqual(debug.slice(0, 5), ['kubectl', 'debug', '-n', 'identity', 'fusionauth-0']);
    const script = debug.at(-1) ?? '';
    assert.equal(debug.at(-2), '-c');
    for (const name of ALL_NAMES) {
      assert.ok(script.includes(name));
    }
    assert.equal(shellSyntaxError(script), null);
  });
});

describe('Docker internal network', () => {
  const guide = buildEgressGuide('docker', stateFor({ licensed: false }), inputsFor());
  const [compose] = yamlOf(guide, 'compose-override') as unknown as [ComposeFile];

  test('FusionAuth, db and search on one internal network; names sinkholed as well', () => {
    assert.deepEqual(compose.networks, { 'fusionauth-internal': { internal: true } });
    for (const service of ['fusionauth', 'db', 'search']) {
      assert.deepEqual(compose.services[service]?.networks, ['fusionauth-internal']);
    }
    assert.deepEqual(
      compose.services['fusionauth']?.extra_hosts,
      ALL_NAMES.map((name) => `${name}:0.0.0.0`),
    );
  });

  test('the check runs in the FusionAuth container network', () => {
    const { result, calls } = withStandIns(
      { docker: '[ "$1" = compose ] && echo 0123abcd; exit 0' },
      guide.verification.mustFail.text,
    );
    assert.equal(result.status, 0, result.stderr);
    const runCall = calls.find((call) => call[1] === 'run') ?? [];
    assert.deepEqual(runCall.slice(0, 5), [
      'docker',
      'run',
      '--rm',
      '--network',
      'container:0123abcd',
    ]);
    assert.equal(shellSyntaxError(runCall.at(-1) ?? ''), null);
  });
});

describe('egress proxy (Squid)', () => {
  test('a dstdomain ACL of the blocked names, denied; FusionAuth proxy.* settings', () => {
    const guide = buildEgressGuide('squid', stateFor({ licensed: true }), inputsFor());
    const squid = guide.artifacts.find((artifact) => artifact.id === 'squid-conf')?.text ?? '';
    const lines = squid.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    assert.deepEqual(lines, [
      'acl fusionauth_phone_home dstdomain usage-stats.fusionauth.io',
      'http_access deny fusionauth_phone_home',
    ]);
    const properties = guide.artifacts.find(
      (artifact) => artifact.id === 'fusionauth-properties',
    )?.text;
    assert.equal(properties, 'proxy.host=proxy.internal.example\nproxy.port=3128\n');
  });

  test('a configured proxy is used; a malformed one falls back to the placeholder', () => {
    const configured = stateFor({
      proxy: { host: 'squid.corp', port: '8080', origin: 'prod.env:2', authenticated: false },
    });
    const guide = buildEgressGuide('squid', configured, inputsFor());
    assert.match(
      guide.artifacts.find((a) => a.id === 'fusionauth-env')?.text ?? '',
      /^PROXY_HOST=squid\.corp\nPROXY_PORT=8080\n$/,
    );
    assert.match(guide.verification.mustFail.text, /-x 'http:\/\/squid\.corp:8080'/);

    const hostile = stateFor({
      proxy: { host: "evil'; rm -rf /", port: '1', origin: 'x', authenticated: false },
    });
    const fallback = buildEgressGuide('squid', hostile, inputsFor());
    assert.doesNotMatch(JSON.stringify(fallback), /rm -rf/);
  });
});

describe('every platform', () => {
  const states = [
    stateFor({ licensed: false, version: '1.60.2' }),
    stateFor({ licensed: true, version: '1.55.1' }),
    stateFor({}),
  ];
  const inputs = inputsFor({
    fusionAuthUrl: 'https://a.example',
    apiKey: "k'ey",
    historyDatabaseUrl: "postgres://o'neil@db:5432/fa",
  });

  test('shell artifacts and verification commands parse with sh -n; YAML parses', () => {
    for (const state of states) {
      for (const platform of PLATFORM_NAMES) {
        const guide = buildEgressGuide(platform, state, inputs);
        const check = guide.verification;
        for (const artifact of [
          ...guide.artifacts,
          check.mustFail,
          check.logCommand,
          check.inspectorCommand,
        ]) {
          if (artifact.format === 'sh') {
            assert.equal(shellSyntaxError(artifact.text), null, `${platform}/${artifact.id}`);
          }
          if (artifact.format === 'yaml') {
            yamlOf(guide, artifact.id);
          }
        }
        assert.ok(guide.blocked.length > 0);
        assert.match(check.logCheck, /WARN/);
        assert.match(check.inspectorCheck, /marked sent/);
      }
    }
  });

  test('the must-fail loop says "blocked" when curl fails, "NOT BLOCKED" otherwise', () => {
    const guide = buildEgressGuide('hosts', states[0] as never, inputs);
    const blocked = withStandIns({ curl: 'exit 6' }, guide.verification.mustFail.text);
    assert.deepEqual(
      blocked.result.stdout.trim().split('\n'),
      ALL_NAMES.map((name) => `blocked: ${name} (curl exit 6)`),
    );
    assert.ok(
      blocked.calls.every((call) => call.includes('-m') && call.at(-1)?.startsWith('https://')),
    );

    const open = withStandIns({ curl: 'exit 0' }, guide.verification.mustFail.text);
    assert.match(open.result.stdout, /^NOT BLOCKED: usage-stats\.fusionauth\.io answered$/m);
  });

  test('the inspector re-run names the database without a password, quoted', () => {
    const guide = buildEgressGuide('nftables', states[0] as never, inputs);
    const { calls } = withStandIns(
      { 'usage-inspector': 'exit 0' },
      guide.verification.inspectorCommand.text,
    );
    assert.deepEqual(calls[0], [
      'usage-inspector',
      'history',
      '--db',
      "postgres://o'neil@db:5432/fa",
    ]);
  });

  test('the log check greps for the agent warning in the FusionAuth log', () => {
    const guide = buildEgressGuide('kubernetes', states[0] as never, inputs);
    const { calls } = withStandIns(
      {
        kubectl: "echo 'WARN Unable to call the current stats endpoint with head request.'",
        grep: 'exit 0',
      },
      guide.verification.logCommand.text,
    );
    const pattern = ['grep', '-E', 'Unable to (call|fetch) the (current )?stats'];
    assert.deepEqual(
      calls.find((call) => call[0] === 'grep'),
      pattern,
    );

    // The pattern finds each warning the reference quotes from the 1.69.2 code.
    const messages = [
      'WARN Unable to call the stats endpoint. [x]',
      'WARN Unable to call the current stats endpoint with head request. [x]',
      'WARN Unable to fetch the current stats, status [503]',
      'INFO Unrelated line',
    ];
    const found = run('grep', ['-E', pattern[2] ?? ''], messages.join('\n'));
    assert.deepEqual(found.stdout.trim().split('\n'), messages.slice(0, 3));
  });

  test('an unknown platform is a usage error listing the valid ones', () => {
    assert.throws(
      () => platformByName('pfsense'),
      (error: unknown) =>
        error instanceof InspectorError &&
        error.code === 'usage' &&
        PLATFORM_NAMES.every((name) => error.message.includes(name)),
    );
  });
});

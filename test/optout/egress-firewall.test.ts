/**
 * Address- and packet-based blocks: the nftables ruleset passes `nft -c -f`, the refresh script
 * fills the sets with real addresses only (run against stand-in getent and nft), the iptables
 * rules pass iptables-restore --test, and the pf and Windows Firewall texts have the shape
 * their tools need. A checker that cannot run here skips with the reason; the structural checks
 * always run.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { egressContext } from '../../shared/optout/egress/context.ts';
import {
  IPTABLES_CHAIN,
  iptablesJumps,
  iptablesRules,
} from '../../shared/optout/egress/iptables.ts';
import { PF_ANCHOR_FILE, pfAnchor, pfConfLines } from '../../shared/optout/egress/macos-pf.ts';
import { NFT_TABLE, nftRefreshScript, nftRuleset } from '../../shared/optout/egress/nftables.ts';
import { windowsFirewallScript } from '../../shared/optout/egress/windows-firewall.ts';
import {
  checkerUnavailable,
  hasProgram,
  inputsFor,
  run,
  shellSyntaxError,
  stateFor,
  tempFile,
} from './helpers.ts';

const ALL = egressContext(stateFor({ licensed: false }), inputsFor());
const LICENSED = egressContext(stateFor({ licensed: true }), inputsFor());
const NAMES = ALL.hosts.map((host) => host.name);

/** A directory of stand-in programs; each records its arguments in calls.log. */
function standIns(programs: Record<string, string>): { path: string; calls: () => string[] } {
  const directory = mkdtempSync(join(tmpdir(), 'stand-ins-'));
  const log = join(directory, 'calls.log');
  writeFileSync(log, '');
  for (const [name, body] of Object.entries(programs)) {
    const file = join(directory, name);
    writeFileSync(file, `#!/bin/sh\necho "${name} $*" >> '${log}'\n${body}\n`);
    chmodSync(file, 0o755);
  }

  return {
    path: `${directory}:${process.env['PATH'] ?? ''}`,
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line !== ''),
  };
}

function nftCheck(text: string) {
  return run('nft', ['-c', '-f', tempFile('rules.nft', text)]);
}

const nftSkip =
  checkerUnavailable(
    'nft',
    ['-c', '-f', '/dev/stdin'],
    'table inet probe {\n  chain c {\n    type filter hook output priority 0;\n  }\n}\n',
  ) ?? false;

describe('nftables', () => {
  test('structure: an inet table replaced on load, both hooks rejecting both sets', () => {
    const ruleset = nftRuleset();
    assert.match(
      ruleset,
      new RegExp(`^table inet ${NFT_TABLE}\\ndelete table inet ${NFT_TABLE}\\n`, 'm'),
    );
    for (const hook of ['output', 'forward']) {
      assert.match(ruleset, new RegExp(`type filter hook ${hook} priority filter; policy accept;`));
    }
    assert.equal(ruleset.match(/ip daddr @blocked_v4 counter reject/g)?.length, 2);
    assert.equal(ruleset.match(/ip6 daddr @blocked_v6 counter reject/g)?.length, 2);
    assert.equal(
      [...ruleset].filter((c) => c === '{').length,
      [...ruleset].filter((c) => c === '}').length,
    );
  });

  test('nft -c -f accepts the ruleset, loaded once and loaded again', { skip: nftSkip }, () => {
    const once = nftCheck(nftRuleset());
    assert.equal(once.status, 0, once.stderr);
    const twice = nftCheck(nftRuleset() + nftRuleset());
    assert.equal(twice.status, 0, twice.stderr);
  });

  test('nft -c rejects a broken ruleset (the checker really checks)', { skip: nftSkip }, () => {
    assert.notEqual(nftCheck(nftRuleset().replace('reject with', 'rejekt with')).status, 0);
  });

  test('the refresh script adds real addresses only, and its commands pass nft -c', (t) => {
    const script = nftRefreshScript(ALL);
    assert.equal(shellSyntaxError(script), null);

    const stand = standIns({
      getent: [
        'case "$1" in',
        "  ahostsv4) printf '%s\\n' '192.0.2.10 STREAM' '192.0.2.10 DGRAM' '0.0.0.0 RAW' \\",
        "    '127.0.0.1 RAW' ;;",
        "  ahostsv6) printf '%s\\n' '2001:db8::10 STREAM' '::ffff:192.0.2.10 RAW' ':: RAW' ;;",
        'esac',
      ].join('\n'),
      nft: 'exit 0',
    });
    const result = run('env', [`PATH=${stand.path}`, 'sh', '-c', script]);
    assert.equal(result.status, 0, result.stderr);

    const adds = stand.calls().filter((line) => line.startsWith('nft '));
    assert.deepEqual(
      adds,
      NAMES.flatMap(() => [
        `nft add element inet ${NFT_TABLE} blocked_v4 { 192.0.2.10 }`,
        `nft add element inet ${NFT_TABLE} blocked_v6 { 2001:db8::10 }`,
      ]),
    );

    if (nftSkip !== false) {
      t.diagnostic(`nft -c part skipped: ${nftSkip}`);
      return;
    }
    const commands = adds.map((line) => line.replace(/^nft /, '')).join('\n');
    const check = nftCheck(`${nftRuleset()}${commands}\n`);
    assert.equal(check.status, 0, check.stderr);
  });
});

const restoreSkip =
  checkerUnavailable(
    'iptables-restore',
    ['--test', '--noflush'],
    '*filter\n:PROBE - [0:0]\nCOMMIT\n',
  ) ?? false;

function restoreTest(tool: string, text: string) {
  return run(tool, ['--test', '--noflush'], text);
}

describe('iptables', () => {
  test('structure: one chain, one REJECT per host matching its name, COMMIT', () => {
    const rules = iptablesRules(ALL);
    const lines = rules.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    assert.equal(lines[0], '*filter');
    assert.equal(lines[1], `:${IPTABLES_CHAIN} - [0:0]`);
    assert.equal(lines.at(-1), 'COMMIT');
    const appends = lines.slice(2, -1);
    assert.equal(appends.length, NAMES.length);
    appends.forEach((line, index) => {
      assert.ok(line.startsWith(`-A ${IPTABLES_CHAIN} -p tcp --dport 443 -m string --algo bm `));
      assert.ok(line.includes(`--string "${NAMES[index]}"`));
      assert.ok(line.endsWith('-j REJECT --reject-with tcp-reset'));
    });
    assert.equal(iptablesRules(LICENSED).match(/^-A /gm)?.length, 1);
  });

  for (const tool of [
    'iptables-restore',
    'ip6tables-restore',
    'iptables-legacy-restore',
    'ip6tables-legacy-restore',
  ]) {
    const skip = hasProgram(tool) ? restoreSkip : `${tool} is not installed`;

    test(`${tool} --test accepts the rules and the jumps into the chain`, { skip }, () => {
      const rules = restoreTest(tool, iptablesRules(ALL));
      assert.equal(rules.status, 0, rules.stderr);
      const jumps = [
        '*filter',
        `:${IPTABLES_CHAIN} - [0:0]`,
        `-I OUTPUT 1 -j ${IPTABLES_CHAIN}`,
        `-I FORWARD 1 -j ${IPTABLES_CHAIN}`,
        'COMMIT',
        '',
      ].join('\n');
      const jumped = restoreTest(tool, jumps);
      assert.equal(jumped.status, 0, jumped.stderr);
      assert.notEqual(
        restoreTest(tool, iptablesRules(ALL).replace('--algo bm', '--algo')).status,
        0,
      );
    });
  }

  test('the jumps are added once: not again when they exist', () => {
    assert.equal(shellSyntaxError(iptablesJumps()), null);

    const missing = standIns({
      iptables: '[ "$1" = -C ] && exit 1; exit 0',
      ip6tables: '[ "$1" = -C ] && exit 1; exit 0',
    });
    assert.equal(run('env', [`PATH=${missing.path}`, 'sh', '-c', iptablesJumps()]).status, 0);
    const inserts = missing.calls().filter((line) => / -I /.test(line));
    assert.deepEqual(inserts, [
      `iptables -I OUTPUT 1 -j ${IPTABLES_CHAIN}`,
      `iptables -I FORWARD 1 -j ${IPTABLES_CHAIN}`,
      `ip6tables -I OUTPUT 1 -j ${IPTABLES_CHAIN}`,
      `ip6tables -I FORWARD 1 -j ${IPTABLES_CHAIN}`,
    ]);

    const present = standIns({ iptables: 'exit 0', ip6tables: 'exit 0' });
    assert.equal(run('env', [`PATH=${present.path}`, 'sh', '-c', iptablesJumps()]).status, 0);
    assert.equal(present.calls().filter((line) => / -I /.test(line)).length, 0);
  });
});

describe('macOS pf', () => {
  test('a persistent table of the names and one quick block rule using it', () => {
    const anchor = pfAnchor(ALL)
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    assert.deepEqual(anchor, [
      `table <fusionauth_phone_home> persist { ${NAMES.join(', ')} }`,
      'block return out quick to <fusionauth_phone_home>',
    ]);
    const conf = pfConfLines();
    assert.match(conf, /^anchor "usage-inspector\.fusionauth"\n/);
    assert.ok(conf.includes(`load anchor "usage-inspector.fusionauth" from "${PF_ANCHOR_FILE}"`));
  });

  test(
    'pfctl -n accepts the anchor',
    {
      skip: hasProgram('pfctl')
        ? false
        : 'pfctl is not available here (it ships with macOS and the BSDs)',
    },
    () => {
      const result = run('pfctl', ['-n', '-f', tempFile('anchor.pf', pfAnchor(ALL))]);
      assert.equal(result.status, 0, result.stderr);
    },
  );
});

describe('Windows Defender Firewall', () => {
  const script = windowsFirewallScript(ALL);

  test('resolves every name past the hosts file, then replaces one outbound block rule', () => {
    assert.ok(script.includes(`$names = @(${NAMES.map((name) => `'${name}'`).join(', ')})`));
    assert.match(script, /Resolve-DnsName -Name \$name -Type \$type -DnsOnly -NoHostsFile/);
    assert.ok(script.indexOf('Remove-NetFirewallRule') < script.indexOf('New-NetFirewallRule'));
    assert.match(
      script,
      /New-NetFirewallRule -DisplayName \$ruleName -Direction Outbound -Action Block /,
    );
    assert.match(script, /throw 'No address resolved/);
    for (const [open, close] of [
      ['{', '}'],
      ['(', ')'],
    ] as const) {
      assert.equal(
        script.split(open).length,
        script.split(close).length,
        `${open}${close} balance`,
      );
    }
  });

  test(
    'PowerShell parses it',
    { skip: hasProgram('pwsh') ? false : 'pwsh is not installed' },
    () => {
      const file = tempFile('block.ps1', script);
      const parse =
        '$e = $null; [System.Management.Automation.Language.Parser]::ParseFile(' +
        `'${file}', [ref]$null, [ref]$e) | Out-Null; if ($e.Count) { $e; exit 1 }`;
      const result = run('pwsh', ['-NoProfile', '-Command', parse]);
      assert.equal(result.status, 0, result.stdout + result.stderr);
    },
  );
});

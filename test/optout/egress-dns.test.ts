/**
 * Name-based blocks: hosts-file lines are well-formed; the dnsmasq, Unbound and BIND files pass
 * each tool's own checker, and dnsmasq and Unbound, started on a local port with the generated
 * file, really answer "no such domain" for the blocked names. Each tool check skips, with the
 * reason, where the tool is not installed; the structural checks always run.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import {
  bindOptionsLine,
  bindZoneStanza,
  rpzZoneFile,
} from '../../shared/optout/egress/bind-rpz.ts';
import { egressContext } from '../../shared/optout/egress/context.ts';
import { dnsmasqConfig } from '../../shared/optout/egress/dnsmasq.ts';
import { buildEgressGuide } from '../../shared/optout/egress/platforms.ts';
import { unboundConfig } from '../../shared/optout/egress/unbound.ts';
import { hasProgram, inputsFor, run, stateFor, tempFile } from './helpers.ts';

const ALL = egressContext(stateFor({ licensed: false }), inputsFor());
const NAMES = ALL.hosts.map((host) => host.name);
const started: ChildProcess[] = [];

after(async () => {
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
});

function freePort(): number {
  return 20_000 + Math.floor(Math.random() * 20_000);
}

/** Asks the resolver on 127.0.0.1:port; waits until its control name answers. */
async function resolverOn(port: number): Promise<Resolver> {
  const resolver = new Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await resolver.resolve4('control.test');

      return resolver;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  assert.fail(`the resolver on port ${port} never answered`);
}

async function assertNxdomain(resolver: Resolver): Promise<void> {
  assert.deepEqual(await resolver.resolve4('control.test'), ['192.0.2.1']);
  for (const name of [...NAMES, `www.${NAMES[0]}`]) {
    for (const query of [resolver.resolve4(name), resolver.resolve6(name)]) {
      await assert.rejects(query, { code: 'ENOTFOUND' }, name);
    }
  }
}

describe('hosts file', () => {
  test('Linux/macOS lines: a comment, then ADDRESS NAME for 0.0.0.0 and :: of every host', () => {
    const text =
      buildEgressGuide('hosts', stateFor({ licensed: false }), inputsFor()).artifacts[0]?.text ??
      '';
    const lines = text.split('\n').filter((line) => line !== '');
    assert.match(lines[0] ?? '', /^# /);
    for (const line of lines.slice(1)) {
      assert.match(line, /^(0\.0\.0\.0|::) [a-z-]+\.fusionauth\.io$/);
    }
    assert.deepEqual(
      lines.slice(1).map((line) => line.split(' ')[1]),
      NAMES.flatMap((name) => [name, name]),
    );
  });

  test('the append command writes exactly those lines after an empty one', () => {
    const guide = buildEgressGuide('hosts', stateFor({ licensed: false }), inputsFor());
    const append = guide.artifacts.find((a) => a.id === 'append')?.text ?? '';
    const target = tempFile('hosts', '127.0.0.1 localhost');
    const result = run('sh', [
      '-c',
      append.replace('sudo tee -a /etc/hosts', `tee -a '${target}'`),
    ]);
    assert.equal(result.status, 0, result.stderr);
    const written = run('cat', [target]).stdout;
    assert.equal(written, `127.0.0.1 localhost\n${guide.artifacts[0]?.text}`);
  });

  test('Windows lines use CRLF and the same entries; the script quotes every line', () => {
    const guide = buildEgressGuide('hosts-windows', stateFor({ licensed: false }), inputsFor());
    const text = guide.artifacts[0]?.text ?? '';
    assert.match(text, /\r\n$/);
    const lines = text.split('\r\n').filter((line) => line !== '');
    for (const line of lines.slice(1)) {
      assert.match(line, /^(0\.0\.0\.0|::) [a-z-]+\.fusionauth\.io$/);
    }
    const script = guide.artifacts.find((a) => a.id === 'append')?.text ?? '';
    for (const line of lines) {
      assert.ok(script.includes(`'${line}'`), line);
    }
  });
});

describe('dnsmasq', () => {
  const config = dnsmasqConfig(ALL);

  test('one address=/NAME/ line per host, nothing else but a comment', () => {
    const lines = config.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    assert.deepEqual(
      lines,
      NAMES.map((name) => `address=/${name}/`),
    );
  });

  const skip = hasProgram('dnsmasq') ? false : 'dnsmasq is not installed';

  test('dnsmasq --test accepts it', { skip }, () => {
    const result = run('dnsmasq', ['--test', '-C', tempFile('dnsmasq.conf', config)]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /syntax check OK/);
  });

  test('a dnsmasq running it answers NXDOMAIN for each host, A and AAAA', { skip }, async () => {
    const port = freePort();
    const directory = mkdtempSync(join(tmpdir(), 'dnsmasq-'));
    const file = join(directory, 'dnsmasq.conf');
    writeFileSync(
      file,
      `port=${port}\nlisten-address=127.0.0.1\nbind-interfaces\nno-resolv\nno-hosts\n` +
        `address=/control.test/192.0.2.1\n${config}`,
    );
    const child = spawn('dnsmasq', ['-k', '-C', file, `--pid-file=${join(directory, 'pid')}`]);
    started.push(child);

    await assertNxdomain(await resolverOn(port));
  });
});

describe('Unbound', () => {
  const config = unboundConfig(ALL);

  test('a server: clause with one always_nxdomain local-zone per host', () => {
    const lines = config.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    assert.equal(lines[0], 'server:');
    assert.deepEqual(
      lines.slice(1),
      NAMES.map((name) => `    local-zone: "${name}." always_nxdomain`),
    );
  });

  const skip = hasProgram('unbound') ? false : 'unbound is not installed';

  test(
    'unbound-checkconf accepts it, and a running Unbound answers NXDOMAIN',
    { skip },
    async () => {
      const port = freePort();
      const directory = mkdtempSync(join(tmpdir(), 'unbound-'));
      const generated = join(directory, 'fusionauth-phone-home.conf');
      const main = join(directory, 'unbound.conf');
      writeFileSync(generated, config);
      writeFileSync(
        main,
        [
          'server:',
          '    interface: 127.0.0.1',
          `    port: ${port}`,
          '    do-daemonize: no',
          '    chroot: ""',
          '    username: ""',
          '    pidfile: ""',
          '    use-syslog: no',
          `    directory: "${directory}"`,
          '    local-data: "control.test. A 192.0.2.1"',
          `include: "${generated}"`,
          '',
        ].join('\n'),
      );

      const check = run('unbound-checkconf', [main]);
      assert.equal(check.status, 0, check.stderr + check.stdout);

      const child = spawn('unbound', ['-d', '-c', main]);
      started.push(child);
      await assertNxdomain(await resolverOn(port));
    },
  );
});

describe('BIND response policy zone', () => {
  const zone = rpzZoneFile(ALL);

  test('the zone has SOA, NS and NAME CNAME . per host', () => {
    assert.match(zone, /^\$TTL \d+\n@ IN SOA /);
    assert.match(zone, /\n {2}IN NS {2}localhost\.\n/);
    for (const name of NAMES) {
      assert.match(zone, new RegExp(`\\n${name.replace(/\./g, '\\.')} CNAME \\.\\n`));
    }
  });

  test(
    'named-checkzone accepts the zone',
    { skip: hasProgram('named-checkzone') ? false : 'named-checkzone is not installed' },
    () => {
      const result = run('named-checkzone', [
        'fusionauth-phone-home.rpz',
        tempFile('db.rpz', zone),
      ]);
      assert.equal(result.status, 0, result.stdout + result.stderr);
    },
  );

  test(
    'named-checkconf accepts the options line and the zone stanza in a named.conf',
    { skip: hasProgram('named-checkconf') ? false : 'named-checkconf is not installed' },
    () => {
      const zoneFile = tempFile('db.rpz', zone);
      const conf = [
        `options {\n    directory "${tmpdir()}";\n    ${bindOptionsLine()}\n};`,
        bindZoneStanza().replace('/etc/bind/db.fusionauth-phone-home.rpz', zoneFile),
        '',
      ].join('\n');
      const result = run('named-checkconf', ['-z', tempFile('named.conf', conf)]);
      assert.equal(result.status, 0, result.stdout + result.stderr);
    },
  );
});

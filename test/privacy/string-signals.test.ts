/**
 * The string patterns, table-driven: what must be found, and the genuine payload strings that
 * must stay quiet (versions that look like IPv4 addresses, configuration words, provider names).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { isIpv4Token, isIpv6Token } from '../../shared/privacy/ip-address.ts';
import {
  findStringSignals,
  isVersionShaped,
  type StringExpectation,
} from '../../shared/privacy/string-signals.ts';

const INSTANCE_ID = 'eb76363d-8ee3-4188-8bae-ceed191a4780';

function signals(text: string, expect: StringExpectation = 'word'): string[] {
  return findStringSignals(text, { expect, instanceId: INSTANCE_ID })
    .map((hit) => hit.signal)
    .sort();
}

describe('genuine strings raise nothing', () => {
  const versions = [
    '17.0.8.1+1',
    '21.0.5+11',
    '21.0.5+11-LTS',
    '8.3.0',
    '15.4',
    '16.4',
    '15.20 (Debian 15.20-0+deb12u1)',
    '10.11.6-MariaDB-0+deb12u1',
    '1.59.1',
    '0.13.0',
    '10.0.0.1',
  ];
  for (const version of versions) {
    test(`version ${version} in a version stat`, () => {
      assert.equal(isVersionShaped(version), true);
      assert.deepEqual(signals(version, 'version'), []);
    });
  }

  const words = [
    '1s',
    'database',
    'elasticsearch',
    'standard',
    'Essentials',
    'Non-production',
    'SAMLv2IdPInitiated',
    'OpenIDConnect',
    'tenantMultiFactorLambdasConfigured',
    '8.3.0',
    '17.0.8.1+1',
  ];
  for (const word of words) {
    test(`word ${word}`, () => {
      assert.deepEqual(signals(word), []);
    });
  }

  test('the instance id is not "another" UUID', () => {
    assert.deepEqual(signals(INSTANCE_ID, 'any'), []);
    assert.deepEqual(signals(INSTANCE_ID.toUpperCase(), 'any'), []);
  });
});

describe('what must be found', () => {
  const cases: [string, string[]][] = [
    ['jane@example.com', ['email']],
    ['JANE.DOE+fa@sub.example.co.uk', ['email']],
    ['http://10.0.0.5:9011/api', ['url']],
    ['postgres://fa:secret@db.internal:5432/fusionauth', ['url']],
    ['www.example.com/login', ['url']],
    ['192.168.1.10', ['ip-address']],
    ['10.0.0.0/8', ['ip-address']],
    ['10.0.0.5:5432', ['ip-address']],
    ['::1', ['ip-address']],
    ['fe80::1%eth0', ['ip-address']],
    ['[2001:db8::5]:443', ['ip-address']],
    ['::ffff:192.0.2.1', ['ip-address']],
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', ['ip-address']],
    ['fusionauth.example.com', ['host-name']],
    ['search.internal:9200', ['host-name']],
    ['localhost', ['host-name']],
    ['6b1d7c34-2d3f-4f6b-9a61-0cc1f0f2a9d1', ['uuid']],
    ['Acme Corp', ['free-text']],
    ['line one\nline two', ['free-text']],
    ['x'.repeat(65), ['free-text']],
    ['</pre><script>alert(2)</script>', ['free-text']],
    ['{"user":"jane"}', ['free-text']],
    ['contact ops@example.com', ['email', 'free-text']],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => {
      assert.deepEqual(signals(text), expected.sort());
    });
  }

  test('outside a version stat, a dotted quad is an address even if it could be a version', () => {
    assert.deepEqual(signals('10.0.0.1', 'any'), ['ip-address']);
  });

  test('inside a version stat, only the note after the version is scanned', () => {
    assert.deepEqual(signals('15.4 (10.1.2.3)', 'version'), ['ip-address']);
    assert.deepEqual(signals('15.4 see notes', 'version'), ['free-text']);
  });
});

describe('address tokens as a whole', () => {
  test('IPv4 needs four octets of at most 255 and nothing around them', () => {
    assert.equal(isIpv4Token('255.255.255.255'), true);
    assert.equal(isIpv4Token('256.1.1.1'), false);
    assert.equal(isIpv4Token('17.0.8.1+1'), false);
    assert.equal(isIpv4Token('8.3.0'), false);
    assert.equal(isIpv4Token('01.2.3.4'), false);
  });

  test('IPv6 needs valid groups and at most one ::', () => {
    assert.equal(isIpv6Token('1:2:3:4:5:6:7:8'), true);
    assert.equal(isIpv6Token('1::2::3'), false);
    assert.equal(isIpv6Token('12:30'), false);
    assert.equal(isIpv6Token('1:2:3:4:5:6:7:8:9'), false);
    assert.equal(isIpv6Token('std::string'), false);
    assert.equal(isIpv6Token('[::1]x'), false);
  });
});

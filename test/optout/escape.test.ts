/**
 * Values typed by the user are quoted for the format they land in, or refused with a reason.
 * Quoting is checked by handing the quoted text to a real POSIX shell and reading back what
 * it received.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import fc from 'fast-check';

import { InspectorError } from '../../shared/errors.ts';
import {
  checkApiKey,
  checkFusionAuthUrl,
  checkNamespace,
  hclString,
  parsePodLabels,
  posixQuote,
  powershellQuote,
} from '../../shared/optout/escape.ts';
import { run } from './helpers.ts';

/** What a POSIX shell makes of each quoted word: printf writes them back NUL-separated. */
function shellWords(words: string[]): string[] {
  const result = run('sh', ['-c', `printf '%s\\0' ${words.join(' ')}`]);
  assert.equal(result.status, 0, result.stderr);

  return result.stdout.split('\0').slice(0, -1);
}

const HOSTILE = [
  "it's",
  `a'b"c$d\`e\\f;rm -rf /`,
  '$(touch /tmp/usage-inspector-pwned)',
  "' ; echo injected ; '",
  "''''",
  'ключ’‘',
  '%{http_code} !! *',
  'tab\there',
  'line\nbreak',
];

function refusal(action: () => unknown): InspectorError {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof InspectorError, `expected an InspectorError, got ${String(error)}`);

    return error;
  }
  assert.fail('expected the value to be refused');
}

describe('posixQuote', () => {
  test('hostile values reach the shell exactly as typed', () => {
    assert.deepEqual(shellWords(HOSTILE.map(posixQuote)), HOSTILE);
  });

  test('any string without NUL round-trips through sh', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'binary' }).filter((s) => !s.includes('\u0000')),
          { minLength: 1, maxLength: 20 },
        ),
        (values) => {
          assert.deepEqual(shellWords(values.map(posixQuote)), values);
        },
      ),
      { numRuns: 40 },
    );
  });

  test('a NUL character is refused', () => {
    assert.equal(refusal(() => posixQuote('a\u0000b')).code, 'usage');
  });
});

/** Reads a PowerShell single-quoted string the way PowerShell does. */
function readPowershellString(literal: string): string {
  assert.match(literal, /^'.*'$/s);
  const inner = literal.slice(1, -1);
  // Inside, every quote character must come in pairs; a lone one would end the string.
  assert.doesNotMatch(
    inner.replace(/(['\u2018\u2019\u201a\u201b])\1/g, ''),
    /['\u2018\u2019\u201a\u201b]/,
  );

  return inner.replace(/(['\u2018\u2019\u201a\u201b])\1/g, '$1');
}

describe('powershellQuote', () => {
  test('quotes (typographic ones too) are doubled and nothing else changes', () => {
    for (const value of HOSTILE) {
      assert.equal(readPowershellString(powershellQuote(value)), value);
    }
    assert.equal(powershellQuote("it's"), "'it''s'");
    assert.equal(powershellQuote('a’b'), "'a’’b'");
  });
});

describe('hclString', () => {
  test('escapes quotes, backslashes, newlines and template sequences', () => {
    assert.equal(hclString('a"b\\c\nd'), '"a\\"b\\\\c\\nd"');
    assert.equal(hclString('${var.x} %{ if }'), '"$${var.x} %%{ if }"');
  });

  test('reads back as the original (HCL escapes are JSON escapes plus $${ and %%{)', () => {
    for (const value of [...HOSTILE, 'America/Denver', '${x}%{y}']) {
      const literal = hclString(value);
      assert.doesNotMatch(literal.replace(/\$\$\{|%%\{/g, ''), /\$\{|%\{/);
      assert.equal(JSON.parse(literal.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')), value);
    }
  });
});

describe('checkFusionAuthUrl', () => {
  test('normalises a good URL: no trailing slash, host lower case, path kept', () => {
    assert.equal(checkFusionAuthUrl(' https://Auth.Example.com/ '), 'https://auth.example.com');
    assert.equal(
      checkFusionAuthUrl('https://example.com/fusion$auth;x/'),
      'https://example.com/fusion$auth;x',
    );
    assert.equal(checkFusionAuthUrl('http://localhost:9011'), 'http://localhost:9011');
  });

  const refused: [string, RegExp][] = [
    ['https://auth.example.com/my path', /space/],
    ['"https://auth.example.com"', /quote/],
    ["https://auth.example.com/';rm${IFS}-rf", /quote/],
    ['https://auth.example.com/a`id`', /quote/],
    ['https://user:secret@auth.example.com', /password/],
    ['https://auth.example.com/?x=1', /query/],
    ['ftp://auth.example.com', /https:\/\//],
    ['auth.example.com', /not a URL/],
    ['', /empty/],
    ['https://auth.example.com/a\\b', /does not belong/],
  ];
  for (const [url, reason] of refused) {
    test(`refuses ${JSON.stringify(url)} with a reason`, () => {
      const error = refusal(() => checkFusionAuthUrl(url));
      assert.equal(error.code, 'usage');
      assert.match(error.message, reason);
      assert.deepEqual(error.details, { field: 'fusionAuthUrl' });
      assert.doesNotMatch(error.message, /secret/);
    });
  }
});

describe('checkApiKey', () => {
  test('a key with quotes and shell characters is accepted as is', () => {
    for (const key of ["it's-a-key", 'a"b$c`d\\e', 'ключ’']) {
      assert.equal(checkApiKey(key), key);
    }
  });

  test('line breaks, control characters, outer spaces and empty keys are refused', () => {
    for (const [key, reason] of [
      ['abc\ndef', /line break/],
      ['abc\u0007', /control/],
      [' abc', /space/],
      ['', /empty/],
    ] as const) {
      const error = refusal(() => checkApiKey(key));
      assert.match(error.message, reason);
      assert.deepEqual(error.details, { field: 'apiKey' });
    }
  });
});

describe('Kubernetes names', () => {
  test('a namespace with capitals is refused, suggesting the lower-case name', () => {
    const error = refusal(() => checkNamespace('FusionAuth'));
    assert.equal(error.code, 'usage');
    assert.match(error.message, /capital letters/);
    assert.match(error.message, /"fusionauth"/);
  });

  test('other invalid namespaces are refused; valid ones pass', () => {
    for (const namespace of ['-auth', 'auth-', 'auth_ns', 'a.b', 'a'.repeat(64), '']) {
      assert.equal(refusal(() => checkNamespace(namespace)).code, 'usage');
    }
    assert.equal(checkNamespace('identity-prod-1'), 'identity-prod-1');
  });

  test('pod labels follow Kubernetes rules', () => {
    assert.deepEqual(parsePodLabels('app.kubernetes.io/name=fusionauth, tier=Auth'), {
      'app.kubernetes.io/name': 'fusionauth',
      tier: 'Auth',
    });
    assert.deepEqual(parsePodLabels('empty='), { empty: '' });

    for (const [labels, reason] of [
      ['App.Example.io/name=x', /DNS-1123 subdomain/],
      ['app=fusion auth', /not valid/],
      ["app=x'y", /not valid/],
      ['app', /key=value/],
      ['app=a,app=b', /twice/],
      ['', /every pod/],
    ] as const) {
      const error = refusal(() => parsePodLabels(labels));
      assert.match(error.message, reason);
      assert.deepEqual(error.details, { field: 'podLabels' });
    }
  });
});

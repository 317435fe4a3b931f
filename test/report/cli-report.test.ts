/**
 * `usage-inspector report` as a user runs it: usage errors exit 2 before anything is read, an
 * existing output file is never replaced without --force, HTML and JSON come out of --demo and
 * of --payload FILE, reviews land next to the runs, and --verify tells intact from tampered.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import { verifyEvidence } from '../../electron/report/verify-evidence.ts';
import { runCli } from '../support/run-cli.ts';
import { SHARED_PRESENT, sharedFixture } from '../support/postgres.ts';
import { samplePayload, withStats } from '../support/payload-samples.ts';

const root = mkdtempSync(join(tmpdir(), 'usage-inspector-report-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Runs and reviews go to a folder of the test's own, never to the real home folder. */
const home = join(root, 'home');
const runsDirectory = join(home, 'runs');
const report = (args: string[]) =>
  runCli(['report', ...args], { env: { USAGE_INSPECTOR_HOME: home } });

const cleanPayload = join(root, 'clean.json');
writeFileSync(cleanPayload, `${JSON.stringify(samplePayload(), null, 2)}\n`);
const plantedPayload = join(root, 'planted.json');
writeFileSync(
  plantedPayload,
  JSON.stringify(withStats({ instanceSearchType: 'dba@example.com', tenantHost: 'db.corp.lan' })),
);

function out(name: string): string {
  return join(root, name);
}

describe('usage errors exit 2 and write nothing', () => {
  const cases: [string, string[], RegExp][] = [
    ['no payload named', ['--out', out('a.html')], /exactly one payload/],
    [
      'two payloads named',
      ['--demo', '--payload', cleanPayload, '--out', out('a.html')],
      /exactly one/,
    ],
    ['no --out', ['--payload', cleanPayload], /--out FILE\.html/],
    [
      'an extension that names no format',
      ['--payload', cleanPayload, '--out', out('a.txt')],
      /\.html, \.json or \.pdf/,
    ],
    [
      'a folder that does not exist',
      ['--payload', cleanPayload, '--out', join(root, 'nope', 'a.html')],
      /does not exist/,
    ],
    [
      'a reviewer without a decision',
      ['--payload', cleanPayload, '--out', out('a.html'), '--reviewer', 'Ada'],
      /needs both --reviewer NAME and --decision/,
    ],
    [
      'a decision without a reviewer',
      ['--payload', cleanPayload, '--out', out('a.html'), '--decision', 'approve'],
      /needs both/,
    ],
    [
      'a comment alone',
      ['--payload', cleanPayload, '--out', out('a.html'), '--comment', 'fine'],
      /--comment alone is not a review/,
    ],
    [
      'a decision that is neither approve nor reject',
      ['--payload', cleanPayload, '--out', out('a.html'), '--reviewer', 'Ada', '--decision', 'ok'],
      /approve or reject/,
    ],
    [
      'an unknown option',
      ['--payload', cleanPayload, '--out', out('a.html'), '--colour'],
      /Unknown option/,
    ],
  ];

  for (const [what, args, message] of cases) {
    test(what, async () => {
      const result = await report(args);

      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(existsSync(out('a.html')), false);
      assert.equal(existsSync(join(runsDirectory, 'reviews')), false);
    });
  }
});

describe('the output file is never silently overwritten', () => {
  test('an existing file is left untouched (exit 2); --force replaces it', async () => {
    const path = out('existing.html');
    writeFileSync(path, 'keep me');

    const refused = await report(['--payload', cleanPayload, '--out', path]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /already exists; it was left untouched.*--force/);
    assert.equal(readFileSync(path, 'utf8'), 'keep me');

    const forced = await report(['--payload', cleanPayload, '--out', path, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(readFileSync(path, 'utf8'), /^<!doctype html>/);
  });
});

describe('from a payload file', () => {
  test('HTML and JSON are produced, and the JSON verifies', async () => {
    const html = await report(['--payload', cleanPayload, '--out', out('file.html')]);
    const json = await report(['--payload', plantedPayload, '--out', out('file.json')]);

    assert.equal(html.code, 0, html.stderr);
    assert.match(html.stdout, /Privacy check: pass/);
    assert.match(
      readFileSync(out('file.html'), 'utf8'),
      /Privacy review of a FusionAuth usage payload/,
    );

    assert.equal(json.code, 0, json.stderr);
    assert.match(json.stdout, /Privacy check: needs attention/);
    const evidence = JSON.parse(readFileSync(out('file.json'), 'utf8'));
    assert.deepEqual(verifyEvidence(evidence), { valid: true, problems: [] });
    assert.equal(evidence.source.kind, 'payload-file');
    const rules = evidence.privacyCheck.findings.map((finding: { rule: string }) => finding.rule);
    assert.ok(rules.includes('email') && rules.includes('host-name'));
  });

  test('a review of a file is saved in the reviews folder, with no run', async () => {
    const result = await report([
      '--payload',
      plantedPayload,
      '--out',
      out('file-reviewed.json'),
      '--reviewer',
      'Grace Hopper',
      '--decision',
      'reject',
      '--comment',
      'An email address is in the payload.',
    ]);

    assert.equal(result.code, 0, result.stderr);
    const evidence = JSON.parse(readFileSync(out('file-reviewed.json'), 'utf8'));
    assert.equal(evidence.review.decision, 'reject');
    assert.equal(evidence.review.runId, null);
    assert.equal(evidence.review.payloadSha256, evidence.payloadSha256);
    const saved = readdirSync(join(runsDirectory, 'reviews'));
    assert.ok(saved.includes(`${evidence.review.id}.json`));
  });

  test(
    "FusionAuth's published 1.55.0 example makes a passing HTML report",
    { skip: SHARED_PRESENT ? false : '../shared/fixtures is not present' },
    async () => {
      const file = sharedFixture('payloads/fusionauth-1.55.0-docs-example.json');
      const result = await report(['--payload', file, '--out', out('docs-1.55.0.html')]);

      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /Privacy check: pass/);
    },
  );

  test(
    'a PDF is printed when headless Chromium is there',
    { skip: existsSync('/usr/bin/chromium') ? false : '/usr/bin/chromium is not installed' },
    async () => {
      const result = await report(['--payload', cleanPayload, '--out', out('file.pdf')]);

      assert.equal(result.code, 0, result.stderr);
      assert.equal(readFileSync(out('file.pdf')).subarray(0, 5).toString('latin1'), '%PDF-');
    },
  );
});

describe('from the demo database', () => {
  test('a reviewed HTML report: the run is saved and the review kept next to it', async () => {
    const result = await report([
      '--demo',
      '--today',
      '2026-12-03',
      '--out',
      out('demo.html'),
      '--reviewer',
      'Ada Lovelace',
      '--decision',
      'approve',
    ]);

    assert.equal(result.code, 0, result.stderr);
    const html = readFileSync(out('demo.html'), 'utf8');
    assert.match(html, /Approved/);
    assert.match(html, /usage_stats row \d+, the newest marked sent/);
    const run = /Review saved with run (\S+): (\S+)/.exec(result.stderr);
    assert.ok(run, result.stderr);
    assert.ok(existsSync(join(runsDirectory, `${run[1]}.json`)));
    assert.ok(existsSync(run[2] as string));
  });

  test('JSON evidence with the diff against the last sent payload and the opt-out', async () => {
    const result = await report(['--demo', '--all', '--out', out('demo.json')]);

    assert.equal(result.code, 0, result.stderr);
    const evidence = JSON.parse(readFileSync(out('demo.json'), 'utf8'));
    assert.deepEqual(verifyEvidence(evidence), { valid: true, problems: [] });
    assert.equal(evidence.report.lastSent.available, true);
    assert.equal(evidence.report.optOut.available, true);
    assert.equal(evidence.report.summary.collectedAll, true);
    assert.equal(evidence.review, null);
  });
});

describe('verifying an evidence file', () => {
  test('exit 0 when intact, 1 with the problem when tampered', async () => {
    const path = out('verify.json');
    const written = await report(['--payload', cleanPayload, '--out', path]);
    assert.equal(written.code, 0, written.stderr);

    const intact = await report(['--verify', path]);
    assert.equal(intact.code, 0, intact.stdout);
    assert.match(intact.stdout, /valid evidence file/);

    const evidence = JSON.parse(readFileSync(path, 'utf8'));
    evidence.payload.stats.tenantNumber += 1;
    writeFileSync(path, JSON.stringify(evidence));
    const tampered = await report(['--verify', path]);
    assert.equal(tampered.code, 1);
    assert.match(tampered.stdout, /NOT a valid evidence file[\s\S]*hashes to/);
  });

  test('--schema prints the JSON Schema', async () => {
    const result = await report(['--schema']);

    assert.equal(result.code, 0);
    assert.equal(JSON.parse(result.stdout).$schema, 'http://json-schema.org/draft-07/schema#');
  });
});

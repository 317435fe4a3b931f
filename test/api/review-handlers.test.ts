/**
 * The Review view's handlers on real demo collections and a temporary runs folder: the check
 * and the hash come from the main side, a review needs a name and a decision, reviews of two
 * payloads both survive, and the exported record is self-contained and verifies.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, before, beforeEach, describe, test } from 'node:test';

import type { CollectionReport } from '../../shared/collection/types.ts';
import { InspectorError } from '../../shared/errors.ts';
import type { ReportExportResult } from '../../shared/ipc/channels/review.ts';
import type { AllHandlers, RequestContext } from '../../electron/api/handler-types.ts';
import { createDispatcher } from '../../electron/api/dispatch.ts';
import { type ReviewTools, reviewHandlers } from '../../electron/api/handlers/review.ts';
import { RunRegistry } from '../../electron/api/runs/run-registry.ts';
import { SavedRunLog } from '../../electron/api/runs/saved-run-log.ts';
import type { ApiServices, PdfPrinting, SaveFileKind } from '../../electron/api/services.ts';
import { collect } from '../../electron/collector/collect.ts';
import { payloadSha256 } from '../../electron/payload/hash-payload.ts';
import {
  type DatabaseContext,
  readDatabaseContext,
} from '../../electron/report/read-database-context.ts';
import { verifyEvidence } from '../../electron/report/verify-evidence.ts';
import { listRuns } from '../../electron/runs/read-runs.ts';

const RUN_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const RUN_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const UNKNOWN_RUN = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const DEMO = { kind: 'demo' } as const;
const NO_EVENTS: RequestContext = { emit: () => undefined };

let reportA: CollectionReport;
let reportB: CollectionReport;
let demoContext: DatabaseContext;
let dir: string;

before(async () => {
  // Two days give two different payloads of the same instance.
  reportA = await collect(DEMO, { today: '2025-10-16', timezone: 'UTC' });
  reportB = await collect(DEMO, { today: '2025-10-17', timezone: 'UTC' });
  demoContext = await readDatabaseContext(DEMO);
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inspector-review-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Harness {
  handlers: ReturnType<typeof reviewHandlers>;
  /** How often the database context was read. */
  contextReads: () => number;
}

function harness(
  overrides: Partial<ApiServices> = {},
  readContext?: ReviewTools['readContext'],
): Harness {
  const runs = new RunRegistry();
  for (const [runId, report] of [
    [RUN_A, reportA],
    [RUN_B, reportB],
  ] as const) {
    runs.start(runId);
    runs.finish(runId, report);
  }

  // Only what the review handlers use; the database is never opened by them directly.
  const services = {
    mode: 'serve',
    runs,
    savedRuns: new SavedRunLog(),
    runsDirectory: join(dir, 'runs'),
    ...overrides,
  } as ApiServices;
  let contextReads = 0;
  const handlers = reviewHandlers(services, {
    readContext: async (target) => {
      contextReads += 1;

      return readContext === undefined ? demoContext : readContext(target);
    },
    now: () => new Date('2026-12-03T12:18:00.000Z'),
  });

  return { handlers, contextReads: () => contextReads };
}

async function rejectsWith(promise: Promise<unknown>, code: string, message?: RegExp) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof InspectorError, `an InspectorError, not ${String(error)}`);
    assert.equal(error.code, code);
    if (message !== undefined) {
      assert.match(error.message, message);
    }

    return true;
  });
}

function downloaded(result: ReportExportResult) {
  assert.equal(result.status, 'download');

  return result as Extract<ReportExportResult, { status: 'download' }>;
}

function reviewFiles(): string[] {
  const reviews = join(dir, 'runs', 'reviews');

  return existsSync(reviews) ? readdirSync(reviews).filter((name) => name.endsWith('.json')) : [];
}

describe('checkRunPrivacy', () => {
  test('checks the run’s payload and binds it to the hash computed on the main side', async () => {
    const { handlers } = harness();

    const facts = await handlers.checkRunPrivacy({ runId: RUN_A }, NO_EVENTS);

    assert.equal(facts.payloadSha256, payloadSha256(reportA.payload));
    assert.match(facts.payloadSha256, /^[0-9a-f]{64}$/);
    assert.equal(facts.database, 'embedded demo database');
    assert.equal(facts.privacy.status, 'pass');
    assert.ok(facts.privacy.findings.some((finding) => finding.path === 'instanceId'));
  });

  test('an email planted in a string stat needs attention, linked to its stat', async () => {
    const planted = structuredClone(reportA);
    const providers = planted.payload.stats['applicationEnabledIdentityProviders'];
    assert.ok(Array.isArray(providers) && providers.length > 0, 'the demo has providers');
    (providers[0] as { idp: string }).idp = 'alice@example.com';
    const runs = new RunRegistry();
    runs.start(RUN_A);
    runs.finish(RUN_A, planted);
    const { handlers } = harness({ runs });

    const facts = await handlers.checkRunPrivacy({ runId: RUN_A }, NO_EVENTS);

    assert.equal(facts.privacy.status, 'needs-attention');
    const email = facts.privacy.findings.find((finding) => finding.rule === 'email');
    assert.equal(email?.statKey, 'applicationEnabledIdentityProviders');
    assert.equal(email?.severity, 'attention');
    assert.notEqual(facts.payloadSha256, payloadSha256(reportA.payload));
  });

  test('a run this process does not hold is not found', async () => {
    const { handlers } = harness();

    await rejectsWith(handlers.checkRunPrivacy({ runId: UNKNOWN_RUN }, NO_EVENTS), 'not-found');
  });
});

describe('saveRunReview', () => {
  test('without a name, or without a decision, nothing is saved', async () => {
    const { handlers } = harness();

    await rejectsWith(
      handlers.saveRunReview({ runId: RUN_A, reviewer: '  ', decision: 'approve' }, NO_EVENTS),
      'usage',
      /reviewer's name is missing/,
    );
    await rejectsWith(
      handlers.saveRunReview({ runId: RUN_A, reviewer: 'Dana Reviewer' }, NO_EVENTS),
      'usage',
      /decision is missing \(approve or reject\)/,
    );
    await rejectsWith(
      handlers.saveRunReview(
        { runId: RUN_A, reviewer: 'Dana Reviewer', decision: 'maybe' },
        NO_EVENTS,
      ),
      'usage',
      /decision must be approve or reject/,
    );

    await rejectsWith(
      handlers.saveRunReview({ runId: UNKNOWN_RUN, decision: 'approve' }, NO_EVENTS),
      'usage',
      /reviewer's name is missing/,
    );

    assert.deepEqual(reviewFiles(), []);
    assert.equal(existsSync(join(dir, 'runs')), false, 'not even the run was saved');
  });

  test('the refusal crosses the dispatcher as {code, message, details}', async () => {
    const { handlers } = harness();
    const dispatch = createDispatcher(handlers as unknown as AllHandlers);

    const refused = await dispatch('saveRunReview', { runId: RUN_A, comment: 'ok' }, NO_EVENTS);
    const malformed = await dispatch(
      'saveRunReview',
      { runId: 'not-a-run', reviewer: 'Dana', decision: 'approve' },
      NO_EVENTS,
    );

    assert.equal(refused.ok, false);
    assert.equal(refused.ok === false && refused.error.code, 'usage');
    assert.deepEqual(refused.ok === false && refused.error.details, {
      problems: ["the reviewer's name is missing", 'the decision is missing (approve or reject)'],
    });
    assert.equal(malformed.ok === false && malformed.error.code, 'usage');
    assert.match(malformed.ok === false ? malformed.error.message : '', /runId/);
  });

  test('two reviews of two payloads both survive, each listed with its own payload', async () => {
    const { handlers } = harness();

    const first = await handlers.saveRunReview(
      { runId: RUN_A, reviewer: 'Dana Reviewer', decision: 'approve', comment: 'Counts only.' },
      NO_EVENTS,
    );
    const second = await handlers.saveRunReview(
      { runId: RUN_B, reviewer: 'Lee Auditor', decision: 'reject' },
      NO_EVENTS,
    );
    const listedA = await handlers.listRunReviews({ runId: RUN_A }, NO_EVENTS);
    const listedB = await handlers.listRunReviews({ runId: RUN_B }, NO_EVENTS);

    assert.notEqual(first.review.payloadSha256, second.review.payloadSha256);
    assert.equal(first.review.payloadSha256, payloadSha256(reportA.payload));
    assert.equal(first.review.inspectorVersion, '0.1.0');
    assert.equal(first.review.database, 'embedded demo database');
    assert.deepEqual(
      listedA.reviews.map((review) => [review.reviewer, review.decision, review.comment]),
      [['Dana Reviewer', 'approve', 'Counts only.']],
    );
    assert.deepEqual(
      listedB.reviews.map((review) => review.reviewer),
      ['Lee Auditor'],
    );
    assert.equal(reviewFiles().length, 2);
    assert.ok(existsSync(first.path) && existsSync(second.path));
  });

  test('a second review of the same run is kept with the same saved run', async () => {
    const { handlers } = harness();

    const first = await handlers.saveRunReview(
      { runId: RUN_A, reviewer: 'Dana Reviewer', decision: 'reject' },
      NO_EVENTS,
    );
    const second = await handlers.saveRunReview(
      { runId: RUN_A, reviewer: 'Dana Reviewer', decision: 'approve', comment: 'Rechecked.' },
      NO_EVENTS,
    );
    const listed = await handlers.listRunReviews({ runId: RUN_A }, NO_EVENTS);
    const runs = await listRuns(join(dir, 'runs'));

    assert.ok(first.savedRunId !== null);
    assert.equal(second.savedRunId, first.savedRunId);
    assert.equal(runs.runs.length, 1, 'the run was saved once');
    assert.equal(listed.reviews.length, 2);
    assert.deepEqual(
      listed.reviews.map((review) => review.id).sort(),
      [first.review.id, second.review.id].sort(),
    );
  });

  test('a run the collection already kept is not saved again', async () => {
    const savedRuns = new SavedRunLog();
    const kept = await savedRuns.keep(RUN_A, reportA, join(dir, 'runs'));
    assert.equal(kept.status, 'saved');
    const { handlers } = harness({ savedRuns });

    const saved = await handlers.saveRunReview(
      { runId: RUN_A, reviewer: 'Dana Reviewer', decision: 'approve' },
      NO_EVENTS,
    );

    assert.equal(saved.savedRunId, kept.status === 'saved' ? kept.id : null);
    assert.equal((await listRuns(join(dir, 'runs'))).runs.length, 1);
  });
});

describe('exportRunReport', () => {
  async function savedReview(handlers: Harness['handlers']) {
    const saved = await handlers.saveRunReview(
      { runId: RUN_A, reviewer: 'Dana Reviewer', decision: 'approve', comment: 'Counts only.' },
      NO_EVENTS,
    );

    return saved.review.id;
  }

  test('HTML: one self-contained page with the review, and no external resource', async () => {
    const { handlers } = harness();
    const reviewId = await savedReview(handlers);

    const result = downloaded(
      await handlers.exportRunReport(
        { runId: RUN_A, target: DEMO, format: 'html', reviewId },
        NO_EVENTS,
      ),
    );
    const html = result.content;

    assert.equal(result.mediaType, 'text/html');
    assert.equal(result.encoding, 'utf8');
    assert.match(result.fileName, /^fusionauth-usage-review-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.html$/);
    assert.match(html, /^<!doctype html>/i);
    assert.match(html, /Dana Reviewer/);
    assert.match(html, new RegExp(payloadSha256(reportA.payload)));
    const references = [...html.matchAll(/\b(?:src|href|action)\s*=\s*["']?([^"'\s>]*)/gi)].map(
      (match) => match[1] ?? '',
    );
    assert.ok(references.length > 0, 'the findings and the diff link to metrics');
    assert.deepEqual(
      references.filter((reference) => !reference.startsWith('#')),
      [],
      'every link stays inside the page',
    );
    assert.doesNotMatch(html, /<script|<link|<iframe|<img|@import|url\(/i);
    assert.match(html, /default-src &#39;none&#39;|default-src 'none'/);
  });

  test('JSON evidence verifies and carries the review bound to the payload', async () => {
    const { handlers } = harness();
    const reviewId = await savedReview(handlers);

    const result = downloaded(
      await handlers.exportRunReport(
        { runId: RUN_A, target: DEMO, format: 'json', reviewId },
        NO_EVENTS,
      ),
    );
    const evidence = JSON.parse(result.content) as {
      payloadSha256: string;
      review: { id: string; reviewer: string } | null;
    };

    assert.equal(result.mediaType, 'application/json');
    assert.match(result.fileName, /\.evidence\.json$/);
    assert.deepEqual(verifyEvidence(evidence), { valid: true, problems: [] });
    assert.equal(evidence.payloadSha256, payloadSha256(reportA.payload));
    assert.equal(evidence.review?.id, reviewId);
  });

  test('without a review, the record says it was not reviewed', async () => {
    const { handlers } = harness();

    const result = downloaded(
      await handlers.exportRunReport(
        { runId: RUN_A, target: DEMO, format: 'json', reviewId: null },
        NO_EVENTS,
      ),
    );

    assert.equal((JSON.parse(result.content) as { review: unknown }).review, null);
  });

  test('a review of another payload cannot go into this run’s record', async () => {
    const { handlers } = harness();
    const ofB = await handlers.saveRunReview(
      { runId: RUN_B, reviewer: 'Lee Auditor', decision: 'approve' },
      NO_EVENTS,
    );

    await rejectsWith(
      handlers.exportRunReport(
        { runId: RUN_A, target: DEMO, format: 'html', reviewId: ofB.review.id },
        NO_EVENTS,
      ),
      'usage',
      /is of another payload/,
    );
    await rejectsWith(
      handlers.exportRunReport(
        { runId: RUN_A, target: DEMO, format: 'html', reviewId: '../../etc/passwd' },
        NO_EVENTS,
      ),
      'usage',
      /is not a review id/,
    );
  });

  test('the database context is read once per run, and again after a failed read', async () => {
    let failNext = true;
    const state = harness({}, async () => {
      if (failNext) {
        failNext = false;
        throw new InspectorError('connect', 'The database server is not answering.');
      }

      return demoContext;
    });
    const args = { runId: RUN_A, target: DEMO, format: 'html', reviewId: null } as const;

    await rejectsWith(state.handlers.exportRunReport(args, NO_EVENTS), 'connect');
    await state.handlers.exportRunReport(args, NO_EVENTS);
    await state.handlers.exportRunReport({ ...args, format: 'json' }, NO_EVENTS);

    assert.equal(state.contextReads(), 2);
  });

  test('PDF: printed from the report’s HTML and sent as base64 for the browser', async () => {
    const printed: string[] = [];
    const pdf: PdfPrinting = {
      available: true,
      print: async (html) => {
        printed.push(html);

        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    };
    const { handlers } = harness({ pdf });

    const result = downloaded(
      await handlers.exportRunReport(
        { runId: RUN_A, target: DEMO, format: 'pdf', reviewId: null },
        NO_EVENTS,
      ),
    );

    assert.equal(result.encoding, 'base64');
    assert.equal(result.mediaType, 'application/pdf');
    assert.equal(Buffer.from(result.content, 'base64').toString(), '%PDF-1.7 fake');
    assert.equal(printed.length, 1);
    assert.match(printed[0] ?? '', /^<!doctype html>/i);
    assert.deepEqual(await handlers.pdfExportAvailability({}, NO_EVENTS), { available: true });
  });

  test('PDF without a printer is refused with the reason, before any dialog', async () => {
    const dialogs: string[] = [];
    const reason = 'No Chromium here; export the HTML report and print it from the browser.';
    const { handlers } = harness({
      pdf: { available: false, reason },
      chooseSaveFile: async (name) => {
        dialogs.push(name);

        return join(dir, name);
      },
    });

    await rejectsWith(
      handlers.exportRunReport(
        { runId: RUN_A, target: DEMO, format: 'pdf', reviewId: null },
        NO_EVENTS,
      ),
      'usage',
      /No Chromium here/,
    );
    assert.deepEqual(dialogs, []);
    assert.deepEqual(await handlers.pdfExportAvailability({}, NO_EVENTS), {
      available: false,
      reason,
    });
  });

  test('desktop: the dialog offers the right kind of file; cancel writes nothing', async () => {
    const asked: Array<{ name: string; kind: SaveFileKind | undefined }> = [];
    let answer: string | null = join(dir, 'chosen-report.html');
    const { handlers } = harness({
      mode: 'desktop',
      chooseSaveFile: async (name, kind) => {
        asked.push({ name, kind });

        return answer;
      },
    });
    const args = { runId: RUN_A, target: DEMO, format: 'html', reviewId: null } as const;

    const saved = await handlers.exportRunReport(args, NO_EVENTS);
    answer = null;
    const cancelled = await handlers.exportRunReport({ ...args, format: 'json' }, NO_EVENTS);

    assert.deepEqual(saved, { status: 'saved', path: join(dir, 'chosen-report.html') });
    assert.match(readFileSync(join(dir, 'chosen-report.html'), 'utf8'), /^<!doctype html>/i);
    assert.deepEqual(cancelled, { status: 'cancelled' });
    assert.deepEqual(
      asked.map(({ kind }) => kind?.filter.extensions),
      [['html'], ['json']],
    );
    assert.match(asked[0]?.name ?? '', /\.html$/);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.endsWith('.json')),
      [],
      'the cancelled export left no file',
    );
  });
});

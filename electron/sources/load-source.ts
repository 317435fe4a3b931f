/**
 * Loads the payloads named by sources. usage_stats is read once however many sources need it,
 * and every database read goes through readFromTarget's read-only snapshot.
 */
import { InspectorError } from '../../shared/errors.ts';
import { collect, type CollectOptions } from '../collector/collect.ts';
import type { DatabaseTarget } from '../db/target.ts';
import { payloadSha256 } from '../payload/hash-payload.ts';
import { readPayloadFile } from '../payload/read-payload-file.ts';
import { loadRun } from '../runs/read-runs.ts';
import { readUsageStats } from '../usage-stats/read-usage-stats.ts';
import { findRow, lastSentRow, queuedRows } from '../usage-stats/select-rows.ts';
import type { UsageStatsHistory, UsageStatsRow } from '../usage-stats/types.ts';
import type { LoadedPayload, PayloadSource } from './payload-source.ts';

export interface SourceContext {
  /** The FusionAuth database; required by every source but `file` and `run`. */
  target: DatabaseTarget | null;
  runsDirectory: string;
  /** Passed to the collector for `current`. */
  collectOptions?: Omit<CollectOptions, 'all'>;
  /** Reads usage_stats; the UI passes a reading it already listed. Default: a fresh read. */
  readUsageStats?: (target: DatabaseTarget) => Promise<UsageStatsHistory>;
}

export async function loadPayloadSources(
  sources: readonly PayloadSource[],
  context: SourceContext,
): Promise<LoadedPayload[]> {
  let history: Promise<UsageStatsHistory> | null = null;
  const read = context.readUsageStats ?? readUsageStats;
  const readHistory = (target: DatabaseTarget) => (history ??= read(target));
  const loaded: LoadedPayload[] = [];
  for (const source of sources) {
    loaded.push(await loadOne(source, context, readHistory));
  }

  return loaded;
}

export async function loadPayloadSource(
  source: PayloadSource,
  context: SourceContext,
): Promise<LoadedPayload> {
  const [loaded] = await loadPayloadSources([source], context);

  return loaded as LoadedPayload;
}

async function loadOne(
  source: PayloadSource,
  context: SourceContext,
  readHistory: (target: DatabaseTarget) => Promise<UsageStatsHistory>,
): Promise<LoadedPayload> {
  if (source.kind === 'file') {
    const payload = await readPayloadFile(source.path);

    return { source, label: source.path, note: null, payload, sha256: payloadSha256(payload) };
  }

  if (source.kind === 'run') {
    const run = await loadRun(context.runsDirectory, source.id);
    const label = `run ${run.summary.id} (saved ${run.summary.savedAt}, ${run.summary.database})`;

    return {
      source,
      label,
      note: null,
      payload: run.payload,
      sha256: run.summary.payloadSha256,
      report: run.report,
    };
  }

  const target = requireTarget(source, context);
  if (source.kind === 'current') {
    const report = await collect(target, { ...context.collectOptions, all: source.all ?? false });
    const label = `current: collected now from ${report.database.location}`;

    return {
      source,
      label,
      note: null,
      payload: report.payload,
      sha256: payloadSha256(report.payload),
      report,
    };
  }

  const history = await readHistory(target);

  return fromUsageStats(source, history);
}

function fromUsageStats(
  source: Extract<PayloadSource, { kind: 'last-sent' | 'queued' | 'usage-stats-row' }>,
  history: UsageStatsHistory,
): LoadedPayload {
  if (!history.available) {
    throw new InspectorError('not-found', `${history.location}: ${history.unavailableReason}`);
  }

  if (source.kind === 'last-sent') {
    const row = lastSentRow(history);
    if (row === null) {
      throw new InspectorError(
        'not-found',
        `${history.location}: usage_stats has no row with sent = true ` +
          `(${history.rows.length} row(s) in all): FusionAuth has not sent a payload yet, ` +
          'or the sent ones were deleted after the retention period.',
      );
    }

    return fromRow(source, row, `last sent: usage_stats row collected ${when(row)}`, null);
  }

  if (source.kind === 'queued') {
    const queued = queuedRows(history);
    const [row] = queued;
    if (row === undefined) {
      throw new InspectorError(
        'not-found',
        `${history.location}: usage_stats has no row with sent = false; nothing is queued.`,
      );
    }
    const note =
      `queued means the newest of ${queued.length} unsent usage_stats row(s); FusionAuth ` +
      'sends queued rows at its next send cycle (up to 30 per cycle, in no set order).';

    return fromRow(source, row, `queued: usage_stats row collected ${when(row)}`, note);
  }

  const row = findRow(history, source.collectionInstant);
  if (row === null) {
    throw new InspectorError(
      'not-found',
      `${history.location}: usage_stats has no row with collection_instant ` +
        `${source.collectionInstant} (usage-inspector history lists the rows).`,
    );
  }
  const sent = row.sent ? 'sent' : 'queued';

  return fromRow(source, row, `usage_stats row collected ${when(row)} (${sent})`, null);
}

function fromRow(
  source: PayloadSource,
  row: UsageStatsRow,
  label: string,
  note: string | null,
): LoadedPayload {
  if (row.payload === null || row.payloadSha256 === null) {
    throw new InspectorError('payload-invalid', row.problem ?? `${label} cannot be read.`);
  }

  return { source, label, note, payload: row.payload, sha256: row.payloadSha256 };
}

function requireTarget(source: PayloadSource, context: SourceContext): DatabaseTarget {
  if (context.target === null) {
    throw new InspectorError(
      'usage',
      `"${source.kind}" is read from FusionAuth's database: add --db URL (or --demo).`,
    );
  }

  return context.target;
}

function when(row: UsageStatsRow): string {
  return row.collectedAt ?? String(row.collectionInstant);
}

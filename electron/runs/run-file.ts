/**
 * Builds the file content of a run, and reads one back with the checks a file from disk needs:
 * the right format, a valid payload, and a hash that still matches (a run edited after saving
 * is refused, since a reviewer would otherwise compare against something never collected).
 */
import type { CollectionReport } from '../../shared/collection/types.ts';
import { InspectorError } from '../../shared/errors.ts';
import { validatePayload } from '../../shared/payload/validate-payload.ts';
import { payloadSha256 } from '../payload/hash-payload.ts';
import {
  RUN_FILE_FORMAT,
  RUN_FILE_VERSION,
  type RunFile,
  type SavedRun,
  type SavedRunSummary,
} from './types.ts';

export function toRunFile(report: CollectionReport, id: string, savedAt: Date): RunFile {
  const database = withoutCredentials(report.database.location);

  return {
    format: RUN_FILE_FORMAT,
    formatVersion: RUN_FILE_VERSION,
    id,
    savedAt: savedAt.toISOString(),
    inspectorVersion: report.inspectorVersion,
    database,
    fusionAuthVersion: report.database.fusionAuthVersion,
    payloadSha256: payloadSha256(report.payload),
    report: { ...report, database: { ...report.database, location: database } },
  };
}

/** Checks a parsed run file; `source` names it in messages, `id` is the id it must carry. */
export function fromRunFile(value: unknown, source: string, id: string): SavedRun {
  const file = asRecord(value, source, 'the file');
  if (file['format'] !== RUN_FILE_FORMAT || file['formatVersion'] !== RUN_FILE_VERSION) {
    throw invalid(source, `is not a usage-inspector run file (format version ${RUN_FILE_VERSION})`);
  }
  if (file['id'] !== id) {
    throw invalid(source, `records the id ${JSON.stringify(file['id'])}, not ${id}`);
  }

  const report = asRecord(file['report'], source, 'report');
  const database = asRecord(report['database'], source, 'report.database');
  const payload = validatePayload(report['payload'], `${source} (report.payload)`);
  const recorded = file['payloadSha256'];
  const actual = payloadSha256(payload);
  if (recorded !== actual) {
    throw invalid(
      source,
      `was changed after it was saved: its payload hashes to ${actual}, ` +
        `but the file records ${String(recorded)}`,
    );
  }

  const summary: SavedRunSummary = {
    id,
    savedAt: text(file['savedAt']),
    inspectorVersion: text(file['inspectorVersion']),
    database: text(file['database']),
    fusionAuthVersion: text(file['fusionAuthVersion'] ?? database['fusionAuthVersion']),
    payloadSha256: actual,
    applicationVersion: payload.applicationVersion,
    collectionInstant: payload.collectionInstant,
    statCount: Object.keys(payload.stats).length,
    collectedAll: report['collectedAll'] === true,
  };

  // The rest of the report is the collector's own output; it is kept as saved, not re-checked.
  return { summary, payload, report: report as unknown as CollectionReport };
}

/** Drops a `user:password@` part, in case a location ever arrives in URL form. */
export function withoutCredentials(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^@/\s]*@/i, '$1');
}

function asRecord(value: unknown, source: string, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(source, `has no ${what} object`);
  }

  return value as Record<string, unknown>;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function invalid(source: string, problem: string): InspectorError {
  return new InspectorError('payload-invalid', `${source} ${problem}.`, { source });
}

/**
 * The diff against the newest payload FusionAuth marked sent, or a sentence saying why there
 * is nothing to compare with (no database, no usage_stats table, nothing sent yet).
 */
import { diffPayloads } from '../../shared/diff/diff-payloads.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import type { LastSentSection } from '../../shared/report/types.ts';
import { lastSentRow } from '../usage-stats/select-rows.ts';
import type { UsageStatsHistory } from '../usage-stats/types.ts';

export function lastSentSection(
  payload: UsagePayload,
  sha256: string,
  history: UsageStatsHistory | null,
  noDatabaseReason: string,
): LastSentSection {
  if (history === null) {
    return { available: false, reason: noDatabaseReason };
  }
  if (!history.available) {
    return { available: false, reason: history.unavailableReason ?? 'usage_stats cannot be read.' };
  }

  const row = lastSentRow(history);
  if (row === null) {
    return {
      available: false,
      reason:
        `usage_stats holds ${history.rows.length} row(s) and none is marked sent: FusionAuth ` +
        'has not sent a payload yet, or the sent ones were removed after the retention period.',
    };
  }
  if (row.payload === null || row.payloadSha256 === null) {
    return {
      available: false,
      reason: `the last sent row cannot be read as a payload: ${row.problem ?? 'unknown problem'}`,
    };
  }

  return {
    available: true,
    label: `usage_stats row ${row.collectionInstant}, the newest marked sent`,
    sha256: row.payloadSha256,
    collectionInstant: row.collectionInstant,
    identical: row.payloadSha256 === sha256,
    diff: diffPayloads(row.payload, payload),
  };
}

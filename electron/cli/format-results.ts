/**
 * The readable form of a collection for a terminal: one line per stat and a summary.
 */
import type { CollectionReport, StatResult, StatStatus } from '../../shared/collection/types.ts';

const VALUE_WIDTH = 40;

export function formatValue(result: StatResult): string {
  if (result.value === null) {
    return result.status === 'ok' ? '(left out: no value)' : '-';
  }

  const text =
    typeof result.value === 'object' ? JSON.stringify(result.value) : String(result.value);

  return text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 3)}...` : text;
}

export function formatResultTable(report: CollectionReport): string {
  const keyWidth = Math.max(3, ...report.results.map((result) => result.key.length));
  const header = `${'key'.padEnd(keyWidth)}  ${'value'.padEnd(VALUE_WIDTH)}  ${'ms'.padStart(5)}  status`;
  const lines = report.results.map((result) => {
    const ms = result.ms === null ? '-' : String(result.ms);
    const status =
      result.status === 'ok' || result.status === 'not-requested' || result.reason === undefined
        ? result.status
        : `${result.status}: ${result.reason}`;

    return `${result.key.padEnd(keyWidth)}  ${formatValue(result).padEnd(VALUE_WIDTH)}  ${ms.padStart(5)}  ${status}`;
  });

  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

export function countByStatus(results: readonly StatResult[]): Record<StatStatus, number> {
  const counts: Record<StatStatus, number> = {
    ok: 0,
    failed: 0,
    'not-applicable': 0,
    'not-requested': 0,
    'unknown-offline': 0,
  };
  for (const result of results) {
    counts[result.status] += 1;
  }

  return counts;
}

export function formatSummary(report: CollectionReport): string {
  const counts = countByStatus(report.results);
  const database = report.database;

  return [
    `FusionAuth ${database.fusionAuthVersion} at ${database.location}, instance ${database.instanceId}.`,
    `${counts.ok} ok, ${counts.failed} failed, ${counts['not-applicable']} not applicable, ` +
      `${counts['unknown-offline']} unknown offline, ${counts['not-requested']} not requested; ` +
      `${Object.keys(report.payload.stats).length} stats in the payload, ` +
      `${report.totalQueryMs.toFixed(1)} ms of queries (window: day > ${report.window.cutoff}, ` +
      `today ${report.window.today} ${report.window.timezone}).`,
    database.statList.verdict,
    ...unknownNamesLine(report),
  ].join('\n');
}

function unknownNamesLine(report: CollectionReport): string[] {
  const unknown = report.database.statList.unknownNames;
  if (unknown.length === 0) {
    return [];
  }

  return [
    `FusionAuth's list also names ${unknown.length} stat${unknown.length === 1 ? '' : 's'} ` +
      `the 1.69.2 collector does not know (nothing is collected for them): ${unknown.join(', ')}.`,
  ];
}

/**
 * The readable form of a payload diff for a terminal: the two sides, the envelope, then the
 * added, removed and changed stats, the unchanged count, keys unknown to the catalog and a
 * timings summary. Every text taken from a payload is escaped before it is printed.
 */
import {
  describeNumericChange,
  describeValue,
  escapeControlCharacters,
} from '../../shared/diff/describe-change.ts';
import type {
  EntryDifference,
  PayloadDiff,
  StatDifference,
  TimingSummary,
} from '../../shared/diff/types.ts';
import type { LoadedPayload } from '../sources/payload-source.ts';

export function formatDiff(oldSide: LoadedPayload, newSide: LoadedPayload, diff: PayloadDiff) {
  return [
    formatSides(oldSide, newSide),
    formatEnvelope(diff),
    formatStatSection(
      'Added',
      diff.stats.filter((stat) => stat.change === 'added'),
      '+',
    ),
    formatStatSection(
      'Removed',
      diff.stats.filter((stat) => stat.change === 'removed'),
      '-',
    ),
    formatChanged(diff.stats.filter((stat) => stat.change === 'changed')),
    `Unchanged: ${diff.counts.unchanged} stat(s)`,
    formatUnknown(diff),
    formatTimings(diff.timings.summary),
  ].join('\n\n');
}

function formatSides(oldSide: LoadedPayload, newSide: LoadedPayload): string {
  const lines = ['Comparing'];
  for (const [name, side] of [
    ['old', oldSide],
    ['new', newSide],
  ] as const) {
    lines.push(`  ${name}: ${escapeControlCharacters(side.label)}`);
    lines.push(`       sha256 ${side.sha256}`);
    if (side.note !== null) {
      lines.push(`       note: ${side.note}`);
    }
  }
  if (oldSide.sha256 === newSide.sha256) {
    lines.push('  The two payloads are identical (same canonical SHA-256).');
  }

  return lines.join('\n');
}

function formatEnvelope(diff: PayloadDiff): string {
  const changed = diff.envelope.filter((field) => field.changed || !field.standard);
  const unchanged = diff.envelope.filter((field) => !field.changed && field.standard);
  const width = Math.max(0, ...changed.map((field) => field.field.length));
  const lines = ['Envelope'];
  for (const field of changed) {
    const name = escapeControlCharacters(field.field).padEnd(width);
    const marker = field.standard ? '' : '  (not a FusionAuth payload field)';
    const before = envelopeValue(field.field, field.oldValue);
    const after = envelopeValue(field.field, field.newValue);
    const values = field.changed
      ? `${before} -> ${after}`
      : `${describeValue(field.newValue)} (both)`;
    lines.push(`  ${name}  ${values}${marker}`);
  }
  if (diff.failedStats.added.length > 0) {
    lines.push(`  failed now: ${diff.failedStats.added.map(escapeControlCharacters).join(', ')}`);
  }
  if (diff.failedStats.removed.length > 0) {
    const names = diff.failedStats.removed.map(escapeControlCharacters).join(', ');
    lines.push(`  no longer failing: ${names}`);
  }
  if (unchanged.length > 0) {
    lines.push(`  unchanged: ${unchanged.map((field) => field.field).join(', ')}`);
  }

  return lines.join('\n');
}

/** Instants are epoch milliseconds; the ISO form beside them is what a reviewer reads. */
function envelopeValue(field: string, value: unknown): string {
  const text = describeValue(value);
  if (field !== 'collectionInstant' || typeof value !== 'number') {
    return text;
  }

  const date = new Date(value);

  return Number.isNaN(date.getTime()) ? text : `${text} (${date.toISOString()})`;
}

function formatStatSection(title: string, stats: StatDifference[], sign: string): string {
  if (stats.length === 0) {
    return `${title}: none`;
  }

  const lines = stats.map((stat) => {
    const value = stat.change === 'added' ? stat.newValue : stat.oldValue;

    return `  ${sign} ${statName(stat)} = ${describeValue(value)}${unknownMark(stat)}`;
  });

  return [`${title} (${stats.length})`, ...lines].join('\n');
}

function formatChanged(stats: StatDifference[]): string {
  if (stats.length === 0) {
    return 'Changed: none';
  }

  const lines = [`Changed (${stats.length})`];
  for (const stat of stats) {
    if (stat.entries !== undefined) {
      lines.push(`  ~ ${statName(stat)}${unknownMark(stat)}`, ...formatEntries(stat));
      continue;
    }
    const values = `${describeValue(stat.oldValue)} -> ${describeValue(stat.newValue)}`;
    const change = stat.numeric === undefined ? '' : `  ${describeNumericChange(stat.numeric)}`;
    const type = stat.typeChanged === true ? '  (the value type changed)' : '';
    lines.push(`  ~ ${statName(stat)}  ${values}${change}${type}${unknownMark(stat)}`);
  }

  return lines.join('\n');
}

function formatEntries(stat: StatDifference): string[] {
  if (stat.orderOnly === true) {
    return ['      same entries, in another order'];
  }

  const entries = (stat.entries ?? []).filter((entry) => entry.change !== 'unchanged');

  return entries.map(
    (entry) => `      ${escapeControlCharacters(entry.key)}: ${entryChange(entry)}`,
  );
}

function entryChange(entry: EntryDifference): string {
  if (entry.change === 'added') {
    return `added, ${describeValue(entry.newValue)}`;
  }
  if (entry.change === 'removed') {
    return `removed (was ${describeValue(entry.oldValue)})`;
  }

  const change = entry.numeric === undefined ? '' : `  ${describeNumericChange(entry.numeric)}`;

  return `${describeValue(entry.oldValue)} -> ${describeValue(entry.newValue)}${change}`;
}

function formatUnknown(diff: PayloadDiff): string {
  if (diff.unknownKeys.length === 0) {
    return 'Unknown to the catalog: none';
  }

  const lines = diff.stats
    .filter((stat) => !stat.known)
    .map((stat) => `  ? ${statName(stat)} (${stat.change})`);

  return [
    `Unknown to the catalog (${diff.unknownKeys.length}): keys the 1.69.2 collector does not know`,
    ...lines,
  ].join('\n');
}

function formatTimings(summary: TimingSummary): string {
  const { counts } = summary;
  const lines = [
    'Timings (query milliseconds per stat; not part of what a stat reports)',
    `  old: ${summary.oldCount} timing(s), ${summary.oldTotalMs} ms in total`,
    `  new: ${summary.newCount} timing(s), ${summary.newTotalMs} ms in total`,
    `  ${counts.added} added, ${counts.removed} removed, ${counts.changed} changed, ` +
      `${counts.unchanged} unchanged`,
  ];
  for (const timing of summary.largestIncreases) {
    const change = timing.numeric === undefined ? '' : describeNumericChange(timing.numeric);
    const key = escapeControlCharacters(timing.key);
    lines.push(`  slower: ${key} ${timing.oldMs} -> ${timing.newMs} ms  ${change}`);
  }

  return lines.join('\n');
}

function statName(stat: StatDifference): string {
  return escapeControlCharacters(stat.key);
}

function unknownMark(stat: StatDifference): string {
  return stat.known ? '' : '  [unknown to the catalog]';
}

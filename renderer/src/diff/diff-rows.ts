/**
 * The rules of the differences table, without React: which stats a filter shows, and the
 * short texts of each row. The texts come from the shared describe-change helpers, so the
 * window says what the CLI says.
 */
import { describeNumericChange, describeValue } from '../../../shared/diff/describe-change.ts';
import type { StatChange, StatDifference } from '../../../shared/diff/types.ts';

export interface DiffFilter {
  /** The kinds of change shown; all four when empty would hide everything, so never empty. */
  changes: ReadonlySet<StatChange>;
  /** Only keys the catalog does not know. */
  unknownOnly: boolean;
  search: string;
}

/** What the table opens with: every change, the unchanged stats left out. */
export const DEFAULT_FILTER: DiffFilter = {
  changes: new Set<StatChange>(['added', 'removed', 'changed']),
  unknownOnly: false,
  search: '',
};

export function filterStats(
  stats: readonly StatDifference[],
  filter: DiffFilter,
): StatDifference[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);

  return stats.filter(
    (stat) =>
      filter.changes.has(stat.change) &&
      (!filter.unknownOnly || !stat.known) &&
      words.every((word) => stat.key.toLowerCase().includes(word)),
  );
}

/** Turns one kind of change on or off; the last one left stays on. */
export function toggleChange(filter: DiffFilter, change: StatChange): DiffFilter {
  const changes = new Set(filter.changes);
  if (changes.has(change)) {
    if (changes.size === 1) {
      return filter;
    }
    changes.delete(change);
  } else {
    changes.add(change);
  }

  return { ...filter, changes };
}

/** The old and new values of a row, each on one line. */
export function valueTexts(stat: StatDifference): { before: string; after: string } {
  return {
    before: stat.change === 'added' ? '' : describeValue(stat.oldValue),
    after: stat.change === 'removed' ? '' : describeValue(stat.newValue),
  };
}

/** How it changed, in a few words: "+3 (+25 %)", "2 entries changed", "type changed". */
export function changeText(stat: StatDifference): string {
  if (stat.change === 'added' || stat.change === 'removed') {
    return stat.change;
  }
  if (stat.change === 'unchanged') {
    return '';
  }
  if (stat.numeric !== undefined) {
    return describeNumericChange(stat.numeric);
  }
  if (stat.typeChanged === true) {
    return 'the value type changed';
  }
  if (stat.orderOnly === true) {
    return 'same entries, other order';
  }
  if (stat.entries !== undefined) {
    const changed = stat.entries.filter((entry) => entry.change !== 'unchanged').length;

    return `${changed} ${changed === 1 ? 'entry' : 'entries'} changed`;
  }

  return 'changed';
}

/**
 * Searching, filtering and sorting the metrics table. Pure, so the table stays a view and
 * the rules can be tested without a browser.
 */
import type { StatStatus } from '../../../shared/collection/types.ts';
import { STATUS_ORDER } from '../format/status.ts';
import { valueSortKey } from '../format/value-text.ts';
import type { MetricRow } from './metric-rows.ts';

export type SortColumn = 'key' | 'category' | 'value' | 'ms' | 'status';

export interface SortOrder {
  column: SortColumn;
  ascending: boolean;
}

export interface RowFilter {
  /** Matched against the key, ignoring case and spaces. */
  search: string;
  /** null for every category. */
  category: string | null;
  /** null for every status. */
  status: StatStatus | null;
}

export const NO_FILTER: RowFilter = { search: '', category: null, status: null };

export function filterRows(rows: readonly MetricRow[], filter: RowFilter): MetricRow[] {
  const needle = filter.search.trim().toLowerCase().replaceAll(/\s+/g, '');

  return rows.filter(
    (row) =>
      (needle === '' || row.key.toLowerCase().includes(needle)) &&
      (filter.category === null || row.category === filter.category) &&
      (filter.status === null || row.result.status === filter.status),
  );
}

type Comparable = number | string | [number, number | string];

function sortKey(row: MetricRow, column: SortColumn): Comparable {
  switch (column) {
    case 'key':
      return row.key.toLowerCase();
    case 'category':
      return row.category.toLowerCase();
    case 'value':
      return valueSortKey(row.result);
    case 'ms':
      // Untimed stats sort after every timed one.
      return row.result.preciseMs ?? Number.POSITIVE_INFINITY;
    case 'status':
      return STATUS_ORDER.indexOf(row.result.status);
  }
}

function compare(left: Comparable, right: Comparable): number {
  if (Array.isArray(left) && Array.isArray(right)) {
    return compare(left[0], right[0]) || compare(left[1], right[1]);
  }

  if (typeof left === 'number' && typeof right === 'number') {
    return left === right ? 0 : left < right ? -1 : 1;
  }

  return String(left).localeCompare(String(right));
}

/** Sorted by the column, ties broken by key so the order never jumps. */
export function sortRows(rows: readonly MetricRow[], order: SortOrder): MetricRow[] {
  const direction = order.ascending ? 1 : -1;

  return [...rows].sort(
    (left, right) =>
      direction * compare(sortKey(left, order.column), sortKey(right, order.column)) ||
      left.key.localeCompare(right.key),
  );
}

/** Clicking a column: the same column flips direction, a new one starts ascending. */
export function nextSortOrder(current: SortOrder, column: SortColumn): SortOrder {
  return current.column === column
    ? { column, ascending: !current.ascending }
    : { column, ascending: true };
}

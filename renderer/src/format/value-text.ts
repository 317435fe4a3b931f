/**
 * Stat values and timings as short text for the table and the overview.
 */
import type { StatResult } from '../../../shared/collection/types.ts';
import type { StatValue } from '../../../shared/payload/types.ts';

export function isIdentityProviderList(
  value: StatValue,
): value is Extract<StatValue, readonly unknown[]> {
  return Array.isArray(value);
}

/** One line for the table; lists and objects are summarised, the detail shows them whole. */
export function valueSummary(result: StatResult): string {
  const value = result.value;
  if (value === null) {
    return result.status === 'ok' ? 'left out' : '—';
  }

  if (isIdentityProviderList(value)) {
    const total = value.reduce((sum, entry) => sum + entry.count, 0);

    return `${value.length} type${value.length === 1 ? '' : 's'}, ${total} total`;
  }

  if (typeof value === 'object') {
    const flags = Object.values(value).filter((flag) => flag === true).length;

    return `${flags} of ${Object.keys(value).length} steps done`;
  }

  return String(value);
}

/** A sort key: numbers before text, no value last. */
export function valueSortKey(result: StatResult): [number, number | string] {
  const value = result.value;
  if (value === null) {
    return [3, ''];
  }

  if (typeof value === 'number') {
    return [0, value];
  }

  if (typeof value === 'boolean') {
    return [1, value ? 1 : 0];
  }

  return [2, valueSummary(result).toLowerCase()];
}

export function formatMs(ms: number | null): string {
  return ms === null ? '—' : String(ms);
}

export function formatPreciseMs(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : Math.round(ms).toString();
}

export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/**
 * How values read in the report: JSON for payload values, thousands separators nowhere (an
 * auditor compares digits with the payload), instants in UTC, yes/no/unknown in words.
 */
import type { TriState } from '../../optout/types.ts';

/** One line of JSON, with a space after each comma and colon so lists can wrap. */
export function jsonText(value: unknown): string {
  if (value === undefined) {
    return '(none)';
  }
  if (typeof value !== 'object' || value === null) {
    return JSON.stringify(value) ?? String(value);
  }

  // Indented JSON puts every line break outside strings, so joining the lines is safe.
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}

/** JSON, indented when it is a list or an object, for <pre> blocks. */
export function jsonBlock(value: unknown): string {
  return typeof value === 'object' && value !== null
    ? JSON.stringify(value, null, 2)
    : jsonText(value);
}

export function msText(ms: number | null): string {
  return ms === null ? '–' : `${ms} ms`;
}

export function instantText(instant: number | null): string {
  if (instant === null) {
    return '–';
  }

  const date = new Date(instant);

  return Number.isNaN(date.getTime()) ? String(instant) : utcText(date.toISOString());
}

/** 2026-12-03T12:18:00.000Z → 2026-12-03 12:18:00 UTC. */
export function utcText(iso: string | null): string {
  if (iso === null) {
    return '–';
  }

  return iso
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC')
    .replace(/Z$/, ' UTC');
}

export function triStateText(answer: TriState): string {
  return answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : 'Unknown';
}

export function yesNo(value: boolean | null): string {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

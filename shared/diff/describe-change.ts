/**
 * Short human texts for differences, shared by the CLI and the Diff view so both say the same
 * thing: "+12 (+7.5 %)", "from 0", a value shown compactly and safe to print.
 */
import type { NumericChange } from './types.ts';

const MAX_VALUE_TEXT = 120;

/** "+12 (+7.5 %)", "-3 (-50 %)", "+5 (from 0)". */
export function describeNumericChange(change: NumericChange): string {
  const absolute = `${change.absolute > 0 ? '+' : ''}${formatNumber(change.absolute)}`;
  if (change.relative === null) {
    return `${absolute} (from 0)`;
  }

  const percent = change.relative * 100;
  const rounded = Math.abs(percent) >= 10 ? percent.toFixed(0) : percent.toFixed(1);

  return `${absolute} (${percent > 0 ? '+' : ''}${rounded} %)`;
}

/** A value on one line: strings quoted, lists and objects as compact JSON, long ones cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) {
    return '(absent)';
  }

  const text = typeof value === 'number' ? formatNumber(value) : (JSON.stringify(value) ?? '');
  const safe = escapeControlCharacters(text);

  return safe.length > MAX_VALUE_TEXT ? `${safe.slice(0, MAX_VALUE_TEXT - 3)}...` : safe;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/**
 * Text from a payload file may carry terminal escape sequences or bidirectional overrides that
 * would rewrite what the reviewer sees; they are shown as \u escapes instead.
 */
export function escapeControlCharacters(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    result += isHiddenControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }

  return result;
}

/** C0, DEL, C1, and the bidirectional marks, embeddings, overrides and isolates. */
function isHiddenControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * Where a key sits in a payload's canonical text (2-space JSON, keys sorted), so selecting a
 * stat can reveal and highlight its lines in the side-by-side editor. The canonical form is
 * regular enough to read line by line: a key at depth d is indented 2·(d+1) spaces, and a
 * value that spans lines ends on the first line with the same indent that closes it.
 */

/** 1-based, inclusive line numbers, as Monaco counts them. */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * The lines of the property at `path` (e.g. ['stats', 'tenantNumber'], or
 * ['applicationVersion'] for an envelope field), or null when the text has no such property.
 */
export function findKeyLines(text: string, path: readonly string[]): LineRange | null {
  const lines = text.split('\n');
  let from = 0;
  let to = lines.length;
  let found: LineRange | null = null;

  for (const [depth, key] of path.entries()) {
    const indent = ' '.repeat(2 * (depth + 1));
    const opening = `${indent}${JSON.stringify(key)}: `;
    const index = lines.slice(from, to).findIndex((line) => line.startsWith(opening));
    if (index === -1) {
      return null;
    }

    const start = from + index;
    const end = closingLine(lines, start, indent);
    found = { start: start + 1, end: end + 1 };
    from = start + 1;
    to = end;
  }

  return found;
}

/** The line that ends the value starting on line `start` (0-based). */
function closingLine(lines: readonly string[], start: number, indent: string): number {
  const first = lines[start] ?? '';
  const opensBlock = first.endsWith('{') || first.endsWith('[');
  if (!opensBlock) {
    return start;
  }

  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.startsWith(`${indent}}`) || line.startsWith(`${indent}]`)) {
      return index;
    }
  }

  return start;
}

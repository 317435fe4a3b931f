/**
 * The canonical text of a payload: keys sorted at every level, 2-space indentation, a final
 * newline. Two payloads with the same content have the same canonical text (and hash)
 * whatever their key order or whitespace.
 */

export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonicalize);
  }

  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      sorted[key] = canonicalize((value as Record<string, unknown>)[key]);
    }

    return sorted;
  }

  return value;
}

export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(canonicalize(value), null, 2)}\n`;
}

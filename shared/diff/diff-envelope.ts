/**
 * Compares the top-level fields around the stats: which FusionAuth and collector produced the
 * payload, for which instance and when, and which stats failed. Top-level keys the payload
 * format does not have are listed too, marked non-standard, because they would be sent.
 */
import { canonicalJson } from '../payload/canonical.ts';
import type { UsagePayload } from '../payload/types.ts';
import { compareText } from './compare-values.ts';
import type { EnvelopeDifference } from './types.ts';

const STANDARD_FIELDS = [
  'applicationVersion',
  'collectionDuration',
  'collectionInstant',
  'failedStats',
  'instanceId',
  'statsVersion',
];

/** Compared elsewhere (stats, timings) and therefore not part of the envelope. */
const BODY_FIELDS = new Set(['stats', 'timings']);

export function diffEnvelope(oldPayload: UsagePayload, newPayload: UsagePayload) {
  const oldFields = oldPayload as unknown as Record<string, unknown>;
  const newFields = newPayload as unknown as Record<string, unknown>;
  const standard = new Set(STANDARD_FIELDS);
  const extra = [...new Set([...Object.keys(oldFields), ...Object.keys(newFields)])]
    .filter((field) => !standard.has(field) && !BODY_FIELDS.has(field))
    .sort(compareText);

  const envelope = [...STANDARD_FIELDS, ...extra].map((field): EnvelopeDifference => {
    const difference: EnvelopeDifference = {
      field,
      changed: !sameField(oldFields, newFields, field),
      standard: standard.has(field),
    };
    if (Object.hasOwn(oldFields, field)) {
      difference.oldValue = oldFields[field];
    }
    if (Object.hasOwn(newFields, field)) {
      difference.newValue = newFields[field];
    }

    return difference;
  });

  return { envelope, failedStats: diffFailedStats(oldPayload, newPayload) };
}

function sameField(
  oldFields: Record<string, unknown>,
  newFields: Record<string, unknown>,
  field: string,
): boolean {
  if (field === 'failedStats') {
    // Absent, null and [] all say "nothing failed" (collector.md §3.2 leaves the form open).
    return canonicalJson(failedNames(oldFields)) === canonicalJson(failedNames(newFields));
  }
  if (Object.hasOwn(oldFields, field) !== Object.hasOwn(newFields, field)) {
    return false;
  }

  return canonicalJson(oldFields[field]) === canonicalJson(newFields[field]);
}

function diffFailedStats(oldPayload: UsagePayload, newPayload: UsagePayload) {
  const before = new Set(failedNames(oldPayload as unknown as Record<string, unknown>));
  const after = new Set(failedNames(newPayload as unknown as Record<string, unknown>));

  return {
    added: [...after].filter((name) => !before.has(name)).sort(compareText),
    removed: [...before].filter((name) => !after.has(name)).sort(compareText),
  };
}

function failedNames(fields: Record<string, unknown>): string[] {
  const value = fields['failedStats'];

  return Array.isArray(value)
    ? value.filter((name): name is string => typeof name === 'string')
    : [];
}

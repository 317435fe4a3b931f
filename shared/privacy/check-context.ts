/**
 * What the parts of one check share while they walk the payload: the findings so far, the
 * classification of every key, and the instance id (which is not "another" UUID).
 */
import type { ValueKind } from '../catalog/types.ts';
import { formatPath, type PathPart } from '../payload/json-path.ts';
import type { FindingList } from './finding-list.ts';
import type { ScanContext } from './scan-strings.ts';
import type { KeyClassification, ValueClass } from './types.ts';

export interface CheckContext extends ScanContext {
  findings: FindingList;
  classifications: KeyClassification[];
}

export function classify(
  context: CheckContext,
  entry: {
    path: PathPart[];
    statKey: string | null;
    known: boolean;
    valueKind: ValueKind | null;
    valueClass: ValueClass;
    fits: boolean;
  },
): void {
  context.classifications.push({ ...entry, path: formatPath(entry.path) });
}

/** A count or a flag: the only values an unknown key may hold without needing attention. */
export function isPlainValue(value: unknown): boolean {
  return typeof value === 'boolean' || (Number.isSafeInteger(value) && (value as number) >= 0);
}

/** The class an unknown key's value appears to have, for the classification table. */
export function observedClass(value: unknown): ValueClass {
  if (typeof value === 'boolean') {
    return 'boolean';
  }

  return isPlainValue(value) ? 'count' : 'unknown';
}

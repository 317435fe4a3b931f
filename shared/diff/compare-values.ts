/**
 * Compares two values of one stat. Numbers get an absolute and relative change; identity
 * provider lists are matched element by element on `idp`; objects (setup progress) field by
 * field; anything else is equal when its canonical JSON is.
 */
import { canonicalJson } from '../payload/canonical.ts';
import type { EntryDifference, NumericChange, StatChange } from './types.ts';

export interface ValueComparison {
  equal: boolean;
  numeric?: NumericChange;
  entries?: EntryDifference[];
  orderOnly?: boolean;
  typeChanged?: boolean;
}

export function compareValues(oldValue: unknown, newValue: unknown): ValueComparison {
  if (typeof oldValue === 'number' && typeof newValue === 'number') {
    return oldValue === newValue
      ? { equal: true }
      : { equal: false, numeric: numericChange(oldValue, newValue) };
  }

  const equal = canonicalJson(oldValue) === canonicalJson(newValue);
  if (jsonType(oldValue) !== jsonType(newValue)) {
    return { equal: false, typeChanged: true };
  }

  if (isIdpList(oldValue) && isIdpList(newValue)) {
    const entries = compareIdpLists(oldValue, newValue);
    const orderOnly = !equal && entries.every((entry) => entry.change === 'unchanged');

    return orderOnly ? { equal, entries, orderOnly } : { equal, entries };
  }

  if (isObject(oldValue) && isObject(newValue) && !equal) {
    return { equal, entries: compareFields(oldValue, newValue) };
  }

  return { equal };
}

export function numericChange(oldValue: number, newValue: number): NumericChange {
  const absolute = newValue - oldValue;

  return { absolute, relative: oldValue === 0 ? null : absolute / Math.abs(oldValue) };
}

interface IdpEntry {
  idp: string;
  count: unknown;
}

/** An array of objects that each have a string `idp`, no two alike. */
function isIdpList(value: unknown): value is IdpEntry[] {
  if (!Array.isArray(value)) {
    return false;
  }

  const names = new Set<string>();
  for (const element of value) {
    if (!isObject(element) || typeof element['idp'] !== 'string' || names.has(element['idp'])) {
      return false;
    }
    names.add(element['idp']);
  }

  return true;
}

function compareIdpLists(oldList: IdpEntry[], newList: IdpEntry[]): EntryDifference[] {
  const oldByIdp = new Map(oldList.map((entry) => [entry.idp, entry]));
  const newByIdp = new Map(newList.map((entry) => [entry.idp, entry]));
  const names = [...new Set([...oldByIdp.keys(), ...newByIdp.keys()])].sort(compareText);

  return names.map((idp) => {
    const before = oldByIdp.get(idp);
    const after = newByIdp.get(idp);

    return entryDifference(idp, before, after, before?.count, after?.count);
  });
}

function compareFields(
  oldObject: Record<string, unknown>,
  newObject: Record<string, unknown>,
): EntryDifference[] {
  const fields = [...new Set([...Object.keys(oldObject), ...Object.keys(newObject)])].sort(
    compareText,
  );

  return fields.map((field) => {
    const before = Object.hasOwn(oldObject, field) ? oldObject[field] : undefined;
    const after = Object.hasOwn(newObject, field) ? newObject[field] : undefined;

    return entryDifference(field, before, after, before, after);
  });
}

/** `before`/`after` decide the kind of change; `oldValue`/`newValue` are what is shown. */
function entryDifference(
  key: string,
  before: unknown,
  after: unknown,
  oldValue: unknown,
  newValue: unknown,
): EntryDifference {
  const change: StatChange =
    before === undefined
      ? 'added'
      : after === undefined
        ? 'removed'
        : canonicalJson(before) === canonicalJson(after)
          ? 'unchanged'
          : 'changed';
  const difference: EntryDifference = { key, change };
  if (before !== undefined) {
    difference.oldValue = oldValue;
  }
  if (after !== undefined) {
    difference.newValue = newValue;
  }
  if (change === 'changed' && typeof oldValue === 'number' && typeof newValue === 'number') {
    difference.numeric = numericChange(oldValue, newValue);
  }

  return difference;
}

function jsonType(value: unknown): string {
  if (value === null) {
    return 'null';
  }

  return Array.isArray(value) ? 'array' : typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Code-unit order, the order FusionAuth's serializer and canonicalJson sort keys in. */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

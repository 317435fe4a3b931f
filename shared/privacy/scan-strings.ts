/**
 * Visits every string inside a value, key names included, and records what each looks like.
 * Lists and nested objects are walked too: a host name hidden in the third entry of an
 * identity-provider list is found like one in a plain string stat.
 */
import type { PathPart } from '../payload/json-path.ts';
import type { FindingList } from './finding-list.ts';
import { findStringSignals, type StringExpectation } from './string-signals.ts';

export interface ScanPlace {
  path: PathPart[];
  statKey: string | null;
}

export interface ScanContext {
  findings: FindingList;
  instanceId: string | null;
}

export function scanStrings(
  value: unknown,
  place: ScanPlace,
  expect: StringExpectation,
  context: ScanContext,
): void {
  if (typeof value === 'string') {
    for (const hit of findStringSignals(value, { expect, instanceId: context.instanceId })) {
      context.findings.addSignal(hit, place, false);
    }

    return;
  }

  if (Array.isArray(value)) {
    value.forEach((element, index) =>
      scanStrings(element, { ...place, path: [...place.path, index] }, expect, context),
    );

    return;
  }

  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      const path = [...place.path, key];
      scanKey(key, { ...place, path }, context);
      scanStrings(inner, { ...place, path }, expect, context);
    }
  }
}

/** Key names are names: a key that is an email address is as telling as a value. */
export function scanKey(key: string, place: ScanPlace, context: ScanContext): void {
  for (const hit of findStringSignals(key, { expect: 'word', instanceId: context.instanceId })) {
    context.findings.addSignal(hit, place, true);
  }
}

/**
 * Keys nobody described. FusionAuth versions before and after 1.69.2 send stats this catalog
 * lacks (the 1.59.1 documentation sample has `tenantMultiFactorLambdasConfigured`), so an
 * unknown key is always listed but fails the check only when its value could carry more than
 * a number or a flag: a count says nothing about a person, a string or a list might.
 */
import type { PathPart } from '../payload/json-path.ts';
import { formatPath } from '../payload/json-path.ts';
import { type CheckContext, classify, isPlainValue, observedClass } from './check-context.ts';
import { excerptOf } from './finding-list.ts';
import { describe } from './kind-fit.ts';
import { scanKey, scanStrings } from './scan-strings.ts';

export interface UnknownKeyPlace {
  path: PathPart[];
  statKey: string | null;
  /** "is not in the FusionAuth 1.69.2 catalog", "is not a field of FusionAuth's payload". */
  whatIsUnknown: string;
}

export function checkUnknownKey(value: unknown, place: UnknownKeyPlace, context: CheckContext) {
  const path = formatPath(place.path);
  const plain = isPlainValue(value);
  const message = plain
    ? `${path} ${place.whatIsUnknown}, so no definition says what it counts. It holds only ` +
      `${describe(value)}, which carries no personal data by itself; noted, not failed.`
    : `${path} ${place.whatIsUnknown}, so no definition says what it holds, and it holds ` +
      `${describe(value)} rather than a plain count or true/false: look at it before approving.`;

  context.findings.add({
    rule: 'unknown-key',
    severity: plain ? 'info' : 'attention',
    path,
    statKey: place.statKey,
    subject: 'value',
    excerpt: excerptOf(value),
    message,
  });
  classify(context, {
    path: place.path,
    statKey: place.statKey,
    known: false,
    valueKind: null,
    valueClass: observedClass(value),
    fits: plain,
  });

  const scanPlace = { path: place.path, statKey: place.statKey };
  scanKey(String(place.path[place.path.length - 1] ?? ''), scanPlace, context);
  scanStrings(value, scanPlace, 'any', context);
}

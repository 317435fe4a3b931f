/**
 * Checks that a parsed JSON value is a usage payload (collector.md §3.2): the envelope fields
 * with their types, `stats` values typed by the catalog's valueKind where the key is known,
 * and integer timings. Nothing is changed or dropped: the payload returned is the very value
 * given, so the diff and the hash see exactly what the file holds. Keys the catalog does not
 * know may hold any JSON value; the diff flags them.
 */
import { findMetric } from '../catalog/index.ts';
import type { ValueKind } from '../catalog/types.ts';
import { InspectorError } from '../errors.ts';
import { formatPath, type PathPart } from './json-path.ts';
import { MAX_REPORTED_PROBLEMS } from './limits.ts';
import type { UsagePayload } from './types.ts';

export interface PayloadProblem {
  /** JSON path, e.g. `stats.tenantNumber`. */
  path: string;
  /** What is wrong there, e.g. "is a string, a number was expected". */
  problem: string;
}

type Check = (value: unknown) => string | null;

const SETUP_PROGRESS_FIELDS = [
  'apiKeyConfigured',
  'applicationConfigured',
  'emailConfigured',
  'licenseActivated',
];

const ENVELOPE_CHECKS: Record<string, Check> = {
  applicationVersion: expectString,
  collectionDuration: expectCount,
  collectionInstant: expectCount,
  instanceId: expectString,
  stats: expectObject,
  statsVersion: expectString,
  timings: expectObject,
};

/** The top-level keys FusionAuth's payload has; `failedStats` is the only optional one. */
export const ENVELOPE_KEYS = [...Object.keys(ENVELOPE_CHECKS), 'failedStats'].sort();

/** Returns the value typed as a payload, or throws InspectorError('payload-invalid'). */
export function validatePayload(value: unknown, source: string): UsagePayload {
  const { problems, total } = findPayloadProblems(value);
  if (total === 0) {
    return value as UsagePayload;
  }

  const [first] = problems as [PayloadProblem, ...PayloadProblem[]];
  const more = total === 1 ? '' : ` (and ${total - 1} more problem(s))`;
  const subject = first.path === '(top level)' ? '' : `${first.path} `;

  throw new InspectorError(
    'payload-invalid',
    `${source} is not a usage payload: ${subject}${first.problem}${more}.`,
    { source, problems, problemCount: total },
  );
}

/**
 * The problems found, in document order: all of them counted, the first few kept, so a hostile
 * file cannot make a huge list.
 */
export function findPayloadProblems(value: unknown): { problems: PayloadProblem[]; total: number } {
  const problems: PayloadProblem[] = [];
  let total = 0;
  const report = (path: PathPart[], problem: string) => {
    total += 1;
    if (problems.length < MAX_REPORTED_PROBLEMS) {
      problems.push({ path: formatPath(path), problem });
    }
  };
  const result = () => ({ problems, total });

  if (!isPlainObject(value)) {
    report([], `is ${describeValue(value)}; a usage payload is a JSON object`);

    return result();
  }

  const present = Object.keys(ENVELOPE_CHECKS).filter((key) => Object.hasOwn(value, key));
  if (present.length === 0) {
    report([], notAPayloadHint(value));

    return result();
  }

  for (const [key, check] of Object.entries(ENVELOPE_CHECKS)) {
    if (!Object.hasOwn(value, key)) {
      report([key], 'is missing (every usage payload has it)');
      continue;
    }
    const problem = check(value[key]);
    if (problem !== null) {
      report([key], problem);
    }
  }

  checkFailedStats(value['failedStats'], report);
  if (isPlainObject(value['stats'])) {
    checkStats(value['stats'], report);
  }
  if (isPlainObject(value['timings'])) {
    for (const [key, ms] of Object.entries(value['timings'])) {
      const problem = expectCount(ms);
      if (problem !== null) {
        report(['timings', key], problem);
      }
    }
  }

  return result();
}

function checkFailedStats(
  failed: unknown,
  report: (path: PathPart[], problem: string) => void,
): void {
  // Absent, or null, when nothing failed: which one FusionAuth writes is not known (§3.2).
  if (failed === undefined || failed === null) {
    return;
  }
  if (!Array.isArray(failed)) {
    report(['failedStats'], `is ${describeValue(failed)}, a list of stat names was expected`);

    return;
  }
  failed.forEach((name, index) => {
    if (typeof name !== 'string') {
      report(['failedStats', index], `is ${describeValue(name)}, a stat name was expected`);
    }
  });
}

function checkStats(
  stats: Record<string, unknown>,
  report: (path: PathPart[], problem: string) => void,
): void {
  for (const [key, value] of Object.entries(stats)) {
    const metric = findMetric(key);
    if (metric === undefined) {
      continue;
    }

    if (metric.valueKind === 'idpList') {
      checkIdentityProviderList(key, value, report);
      continue;
    }
    if (metric.valueKind === 'setupProgress') {
      checkSetupProgress(key, value, report);
      continue;
    }

    const problem = VALUE_CHECKS[metric.valueKind](value);
    if (problem !== null) {
      report(['stats', key], problem);
    }
  }
}

const VALUE_CHECKS: Record<Exclude<ValueKind, 'idpList' | 'setupProgress'>, Check> = {
  count: expectCount,
  bytes: expectCount,
  integer: expectInteger,
  boolean: (value) => (typeof value === 'boolean' ? null : mismatch(value, 'true or false')),
  version: expectString,
  enum: expectString,
};

function checkIdentityProviderList(
  key: string,
  list: unknown,
  report: (path: PathPart[], problem: string) => void,
): void {
  if (!Array.isArray(list)) {
    report(['stats', key], mismatch(list, 'a list of { "count": n, "idp": "..." } objects'));

    return;
  }

  const seen = new Set<string>();
  list.forEach((element, index) => {
    const path = ['stats', key, index];
    if (!isPlainObject(element)) {
      report(path, mismatch(element, 'an object with "count" and "idp"'));

      return;
    }

    const idp = element['idp'];
    const idpProblem = typeof idp === 'string' ? null : mismatch(idp, 'a provider type name');
    if (idpProblem !== null) {
      report([...path, 'idp'], idp === undefined ? 'is missing' : idpProblem);
    } else if (seen.has(idp as string)) {
      report([...path, 'idp'], `repeats "${idp as string}", which is already in the list`);
    }
    seen.add(String(idp));

    const countProblem =
      element['count'] === undefined ? 'is missing' : expectCount(element['count']);
    if (countProblem !== null) {
      report([...path, 'count'], countProblem);
    }
  });
}

function checkSetupProgress(
  key: string,
  value: unknown,
  report: (path: PathPart[], problem: string) => void,
): void {
  if (!isPlainObject(value)) {
    report(['stats', key], mismatch(value, `an object with ${SETUP_PROGRESS_FIELDS.join(', ')}`));

    return;
  }

  for (const field of SETUP_PROGRESS_FIELDS) {
    const flag = value[field];
    if (typeof flag !== 'boolean') {
      report(
        ['stats', key, field],
        flag === undefined ? 'is missing' : mismatch(flag, 'true or false'),
      );
    }
  }
}

function expectString(value: unknown): string | null {
  return typeof value === 'string' ? null : mismatch(value, 'a string');
}

function expectObject(value: unknown): string | null {
  return isPlainObject(value) ? null : mismatch(value, 'an object');
}

function expectInteger(value: unknown): string | null {
  if (typeof value !== 'number') {
    return mismatch(value, 'a number');
  }

  return Number.isSafeInteger(value) ? null : `is ${value}, a whole number was expected`;
}

/** Counts, byte sizes, milliseconds and instants: whole numbers, never negative. */
function expectCount(value: unknown): string | null {
  const problem = expectInteger(value);
  if (problem !== null) {
    return problem;
  }

  return (value as number) < 0
    ? `is ${value as number}, a number of at least 0 was expected`
    : null;
}

function mismatch(value: unknown, expected: string): string {
  return `is ${describeValue(value)}, ${expected} was expected`;
}

export function describeValue(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (typeof value === 'object') {
    return 'an object';
  }
  if (typeof value === 'boolean') {
    return `a boolean (${value})`;
  }

  return typeof value === 'number' ? 'a number' : `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** For a JSON object with none of the envelope keys: say what it looks like instead. */
function notAPayloadHint(value: Record<string, unknown>): string {
  const looksLikeReport = isPlainObject(value['payload']) && isPlainObject(value['database']);
  if (looksLikeReport) {
    return (
      'looks like an inspector report (collect --report) or a saved run, not a payload; ' +
      'use `collect --out` for the payload alone, or compare saved runs with run:ID'
    );
  }

  return (
    'has none of the keys of a usage payload ' +
    '(applicationVersion, collectionInstant, instanceId, stats, statsVersion, timings)'
  );
}

/**
 * Whether a value is the kind of value its stat declares (the catalog's valueKind), and how
 * that kind reads to a reviewer. A value that does not fit is a finding in itself: a string
 * where a count belongs could carry anything.
 */
import type { MetricDefinition, ValueKind } from '../catalog/types.ts';
import type { ValueClass } from './types.ts';

const SETUP_FLAGS = [
  'apiKeyConfigured',
  'applicationConfigured',
  'emailConfigured',
  'licenseActivated',
];

/** The reviewer's class of a known stat. Integers split by where they come from. */
export function classOfMetric(metric: MetricDefinition): ValueClass {
  switch (metric.valueKind) {
    case 'count':
      return 'count';
    case 'integer':
      return metric.origin === 'configuration' ? 'configuration-number' : 'aggregate-number';
    case 'bytes':
      return 'byte-size';
    case 'boolean':
      return 'boolean';
    case 'version':
      return 'version';
    case 'enum':
      return 'configuration-word';
    case 'idpList':
      return 'list-of-counts';
    case 'setupProgress':
      return 'setup-flags';
  }
}

export const VALUE_CLASS_LABELS: Record<ValueClass, string> = {
  count: 'count',
  'configuration-number': 'configuration number',
  'aggregate-number': 'aggregate number',
  'byte-size': 'size in bytes',
  boolean: 'boolean',
  version: 'version string',
  'configuration-word': 'configuration word',
  'list-of-counts': 'list of counts',
  'setup-flags': 'setup flags',
  identifier: 'identifier',
  instant: 'point in time',
  duration: 'duration',
  'stat-names': 'list of stat names',
  unknown: 'unknown',
};

const KIND_WORDING: Record<ValueKind, string> = {
  count: 'a count (a whole number of at least 0)',
  integer: 'a whole number',
  bytes: 'a size in bytes (a whole number of at least 0)',
  boolean: 'true or false',
  version: 'a version string such as 8.3.0 or 17.0.8.1+1',
  enum: 'a single configuration word',
  idpList: 'a list of { "count": n, "idp": "Type" } entries',
  setupProgress: `an object of the four flags ${SETUP_FLAGS.join(', ')}`,
};

export function describeKind(kind: ValueKind): string {
  return KIND_WORDING[kind];
}

export interface KindProblem {
  /** Relative to the stat: [] for the value itself, [2, 'count'] inside an idp list. */
  at: (string | number)[];
  problem: string;
}

/** What does not fit, as sentences that complete "stats.KEY …"; empty when it all fits. */
export function kindProblems(value: unknown, kind: ValueKind): KindProblem[] {
  switch (kind) {
    case 'count':
    case 'bytes':
      return single(countProblem(value, describeKind(kind)));
    case 'integer':
      return single(integerProblem(value, describeKind(kind)));
    case 'boolean':
      return single(typeof value === 'boolean' ? null : notA(value, kind));
    case 'version':
    case 'enum':
      // Whether the text is shaped like a version or a word is the string scan's job.
      return single(typeof value === 'string' ? null : notA(value, kind));
    case 'idpList':
      return identityProviderListProblems(value);
    case 'setupProgress':
      return setupProgressProblems(value);
  }
}

/**
 * A whole number of at least 0: counts, byte sizes, durations and instants. `expected` ends
 * the message: "it should be whole milliseconds".
 */
export function countProblem(
  value: unknown,
  expected: string = describeKind('count'),
): string | null {
  const problem = integerProblem(value, expected);
  if (problem !== null) {
    return problem;
  }

  return (value as number) < 0
    ? `is ${value as number}, which is negative; it should be ${expected}`
    : null;
}

function integerProblem(value: unknown, expected: string): string | null {
  if (typeof value !== 'number') {
    return `is ${describe(value)}; it should be ${expected}`;
  }

  return Number.isSafeInteger(value)
    ? null
    : `is ${value}, which is not a whole number; it should be ${expected}`;
}

function identityProviderListProblems(value: unknown): KindProblem[] {
  if (!Array.isArray(value)) {
    return single(notA(value, 'idpList'));
  }

  return value.flatMap((entry, index): KindProblem[] => {
    if (!isRecord(entry)) {
      return [{ at: [index], problem: `is ${describe(entry)}, not a { count, idp } entry` }];
    }

    const problems: KindProblem[] = [];
    const count = countProblem(entry['count']);
    if (count !== null) {
      problems.push({ at: [index, 'count'], problem: count });
    }
    if (typeof entry['idp'] !== 'string') {
      problems.push({
        at: [index, 'idp'],
        problem: `is ${describe(entry['idp'])}, not a type name`,
      });
    }
    for (const extra of Object.keys(entry).filter((key) => key !== 'count' && key !== 'idp')) {
      problems.push({
        at: [index, extra],
        problem: 'is a field FusionAuth never sends in this list',
      });
    }

    return problems;
  });
}

function setupProgressProblems(value: unknown): KindProblem[] {
  if (!isRecord(value)) {
    return single(notA(value, 'setupProgress'));
  }

  const problems: KindProblem[] = [];
  for (const flag of SETUP_FLAGS) {
    if (typeof value[flag] !== 'boolean') {
      problems.push({
        at: [flag],
        problem: `is ${describe(value[flag])}; it should be true or false`,
      });
    }
  }
  for (const extra of Object.keys(value).filter((key) => !SETUP_FLAGS.includes(key))) {
    problems.push({ at: [extra], problem: 'is a field FusionAuth never sends in the setup flags' });
  }

  return problems;
}

function single(problem: string | null): KindProblem[] {
  return problem === null ? [] : [{ at: [], problem }];
}

function notA(value: unknown, kind: ValueKind): string {
  return `is ${describe(value)}; it should be ${describeKind(kind)}`;
}

/** `a string ("12")`, `a number (2.5)`, `a list`, `missing`: for messages. */
export function describe(value: unknown): string {
  if (value === undefined) {
    return 'missing';
  }
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (typeof value === 'string') {
    return `a string (${JSON.stringify(shorten(value, 40))})`;
  }
  if (typeof value === 'object') {
    return 'an object';
  }

  return `a ${typeof value} (${String(value)})`;
}

export function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

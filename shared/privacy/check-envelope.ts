/**
 * The fields around `stats` (collector.md §3.2): versions, the instance id, the instant and
 * duration of the collection, and the names of failed stats. A top-level key FusionAuth's
 * format does not have is handled like an unknown stat.
 */
import { type CheckContext, classify } from './check-context.ts';
import { countProblem, isRecord } from './kind-fit.ts';
import { scanStrings } from './scan-strings.ts';
import { isUuid, isVersionShaped } from './string-signals.ts';
import type { ValueClass } from './types.ts';
import { checkUnknownKey } from './unknown-keys.ts';

type FieldCheck = (value: unknown) => string | null;

interface EnvelopeField {
  valueClass: ValueClass;
  check: FieldCheck;
}

const versionString: FieldCheck = (value) => {
  if (typeof value !== 'string') {
    return 'is not a string; it should be a version string such as 1.59.1';
  }

  return isVersionShaped(value) ? null : 'does not look like a version string';
};

const ENVELOPE: Record<string, EnvelopeField> = {
  applicationVersion: { valueClass: 'version', check: versionString },
  statsVersion: { valueClass: 'version', check: versionString },
  collectionDuration: {
    valueClass: 'duration',
    check: (value) => countProblem(value, 'whole milliseconds'),
  },
  collectionInstant: {
    valueClass: 'instant',
    check: (value) => countProblem(value, 'epoch milliseconds'),
  },
  instanceId: {
    valueClass: 'identifier',
    check: (value) => (isUuid(value) ? null : 'is not a UUID, as an instance id is'),
  },
  failedStats: {
    valueClass: 'stat-names',
    check: (value) =>
      Array.isArray(value) && value.every((name) => typeof name === 'string')
        ? null
        : 'is not a list of stat names',
  },
};

/** Every payload has these; only `failedStats` may be left out. */
const REQUIRED = [
  'applicationVersion',
  'collectionDuration',
  'collectionInstant',
  'instanceId',
  'stats',
  'statsVersion',
  'timings',
];

/** Checks every top-level key except `stats` and `timings`, which have their own checks. */
export function checkEnvelope(payload: Record<string, unknown>, context: CheckContext): void {
  for (const key of REQUIRED.filter((name) => !Object.hasOwn(payload, name))) {
    context.findings.kindMismatch([key], null, undefined, 'is missing; every payload has it');
  }

  for (const [key, value] of Object.entries(payload)) {
    if (key === 'stats' || key === 'timings') {
      continue;
    }

    const field = ENVELOPE[key];
    if (field === undefined) {
      checkUnknownKey(
        value,
        { path: [key], statKey: null, whatIsUnknown: "is not a field of FusionAuth's payload" },
        context,
      );
      continue;
    }

    const problem = field.check(value);
    if (problem !== null) {
      context.findings.kindMismatch([key], null, value, problem);
    }
    classify(context, {
      path: [key],
      statKey: null,
      known: true,
      valueKind: null,
      valueClass: field.valueClass,
      fits: problem === null,
    });

    // The instance id is the one UUID that belongs here; anything else in it is scanned.
    const isInstanceId = key === 'instanceId' && problem === null;
    if (!isInstanceId) {
      scanStrings(value, { path: [key], statKey: null }, expectationOf(field), context);
    }
  }
}

function expectationOf(field: EnvelopeField) {
  return field.valueClass === 'version' ? 'version' : 'word';
}

/** The instance id if it is a string, for telling it apart from other UUIDs. */
export function instanceIdOf(payload: unknown): string | null {
  return isRecord(payload) && typeof payload['instanceId'] === 'string'
    ? payload['instanceId']
    : null;
}

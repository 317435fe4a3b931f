/**
 * The basic-metrics form post to metrics.fusionauth.io (collector.md §4), checked like the
 * payload when the caller has it: four aggregate numbers, two versions and, with a license,
 * the license id.
 */
import type { BasicMetricsPayload } from '../payload/types.ts';
import { type CheckContext, classify } from './check-context.ts';
import { countProblem, isRecord } from './kind-fit.ts';
import { scanStrings } from './scan-strings.ts';
import { isUuid, isVersionShaped } from './string-signals.ts';
import type { ValueClass } from './types.ts';
import { checkUnknownKey } from './unknown-keys.ts';

const FIELDS: Record<string, ValueClass> = {
  'metric.totalUsers': 'aggregate-number',
  'metric.monthlyActiveUsers': 'aggregate-number',
  'metric.totalMonthlyLogins': 'aggregate-number',
  'metric.numberOfNodes': 'count',
  'metric.productVersion': 'version',
  'metric.version': 'version',
  licenseId: 'identifier',
};

export function checkBasicMetrics(metrics: BasicMetricsPayload, context: CheckContext): void {
  if (!isRecord(metrics)) {
    return;
  }

  for (const [field, value] of Object.entries(metrics)) {
    const path = ['basicMetrics', field];
    const valueClass = FIELDS[field];
    if (valueClass === undefined) {
      checkUnknownKey(
        value,
        { path, statKey: null, whatIsUnknown: 'is not a field of the basic metrics' },
        context,
      );
      continue;
    }

    const problem = fieldProblem(valueClass, value);
    if (problem !== null) {
      context.findings.kindMismatch(path, null, value, problem);
    }
    classify(context, {
      path,
      statKey: null,
      known: true,
      valueKind: null,
      valueClass,
      fits: problem === null,
    });

    // The license id is expected to be a UUID; it is explained as an identifier instead.
    if (valueClass !== 'identifier' || problem !== null) {
      scanStrings(
        value,
        { path, statKey: null },
        valueClass === 'version' ? 'version' : 'word',
        context,
      );
    }
  }
}

function fieldProblem(valueClass: ValueClass, value: unknown): string | null {
  if (valueClass === 'version') {
    return typeof value === 'string' && isVersionShaped(value)
      ? null
      : 'does not look like a version string';
  }
  if (valueClass === 'identifier') {
    return isUuid(value) ? null : 'is not a UUID, as a license id is';
  }

  return countProblem(value, 'a whole number of at least 0');
}

/**
 * The `stats` object and its timings: every known stat checked against its declared kind and
 * every string in it scanned; unknown keys handed to the unknown-key rule.
 */
import { findMetric } from '../catalog/index.ts';
import type { MetricDefinition } from '../catalog/types.ts';
import type { PathPart } from '../payload/json-path.ts';
import { type CheckContext, classify } from './check-context.ts';
import { classOfMetric, countProblem, isRecord, kindProblems } from './kind-fit.ts';
import { scanKey, scanStrings } from './scan-strings.ts';
import { isVersionShaped, type StringExpectation } from './string-signals.ts';
import { checkUnknownKey } from './unknown-keys.ts';

export function checkStats(stats: unknown, context: CheckContext): void {
  if (!isRecord(stats)) {
    context.findings.kindMismatch(['stats'], null, stats, 'is not an object of stat values');

    return;
  }

  for (const [key, value] of Object.entries(stats)) {
    const metric = findMetric(key);
    if (metric === undefined) {
      checkUnknownKey(
        value,
        {
          path: ['stats', key],
          statKey: key,
          whatIsUnknown: 'is not in the FusionAuth 1.69.2 catalog',
        },
        context,
      );
    } else {
      checkKnownStat(key, value, metric, context);
    }
  }
}

function checkKnownStat(
  key: string,
  value: unknown,
  metric: MetricDefinition,
  context: CheckContext,
): void {
  const path: PathPart[] = ['stats', key];
  const problems = kindProblems(value, metric.valueKind);
  for (const { at, problem } of problems) {
    const inner = at.reduce<unknown>((current, part) => step(current, part), value);
    context.findings.kindMismatch([...path, ...at], key, inner, problem);
  }

  let fits = problems.length === 0;
  if (fits && metric.valueKind === 'version' && !isVersionShaped(value as string)) {
    context.findings.kindMismatch(path, key, value, 'does not look like a version string');
    fits = false;
  }

  classify(context, {
    path,
    statKey: key,
    known: true,
    valueKind: metric.valueKind,
    valueClass: classOfMetric(metric),
    fits,
  });
  scanStrings(value, { path, statKey: key }, expectationOf(metric), context);
}

function expectationOf(metric: MetricDefinition): StringExpectation {
  return metric.valueKind === 'version' ? 'version' : 'word';
}

function step(value: unknown, part: string | number): unknown {
  if (Array.isArray(value) && typeof part === 'number') {
    return value[part];
  }

  return isRecord(value) ? value[String(part)] : undefined;
}

/** Timings are whole milliseconds per stat name; the names are scanned like any key. */
export function checkTimings(timings: unknown, context: CheckContext): void {
  if (!isRecord(timings)) {
    context.findings.kindMismatch(['timings'], null, timings, 'is not an object of timings');

    return;
  }

  let fits = true;
  for (const [key, ms] of Object.entries(timings)) {
    const problem = countProblem(ms, 'whole milliseconds');
    if (problem !== null) {
      context.findings.kindMismatch(['timings', key], key, ms, problem);
      fits = false;
    }
    scanKey(key, { path: ['timings', key], statKey: key }, context);
  }

  classify(context, {
    path: ['timings'],
    statKey: null,
    known: true,
    valueKind: null,
    valueClass: 'duration',
    fits,
  });
}

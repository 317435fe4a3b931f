/**
 * Values the user supplies with --set KEY=VALUE for what cannot be known offline (the JVM's
 * heap, the Java version, the license plan), or to override a configuration value.
 */
import { findMetric } from '../../shared/catalog/index.ts';
import { InspectorError } from '../../shared/errors.ts';

export type OverrideValue = number | boolean | string;

export function parseOverrides(pairs: readonly string[]): Map<string, OverrideValue> {
  const overrides = new Map<string, OverrideValue>();

  for (const pair of pairs) {
    const separator = pair.indexOf('=');
    if (separator <= 0) {
      throw new InspectorError('usage', `--set needs KEY=VALUE (got "${pair}").`);
    }

    const key = pair.slice(0, separator);
    const text = pair.slice(separator + 1);
    const metric = findMetric(key);
    if (metric === undefined) {
      throw new InspectorError('usage', `--set ${key}: no stat has that name.`);
    }

    if (metric.origin === 'database') {
      throw new InspectorError(
        'usage',
        `--set ${key}: this stat is computed from the database and cannot be set.`,
      );
    }

    overrides.set(key, parseOverride(key, metric.valueKind, text));
  }

  return overrides;
}

function parseOverride(key: string, kind: string, text: string): OverrideValue {
  if (kind === 'integer' || kind === 'count' || kind === 'bytes') {
    if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      throw new InspectorError('usage', `--set ${key}=${text}: a whole number is expected.`);
    }

    return Number(text);
  }

  if (kind === 'boolean') {
    if (text !== 'true' && text !== 'false') {
      throw new InspectorError('usage', `--set ${key}=${text}: true or false is expected.`);
    }

    return text === 'true';
  }

  if (text === '') {
    throw new InspectorError('usage', `--set ${key}= needs a value.`);
  }

  return text;
}

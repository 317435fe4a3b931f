/**
 * Turns a configuration text into the stat's value the way FusionAuth's Java code would.
 */
import type { ConfigMetric } from '../../../shared/catalog/types.ts';
import type { ConfigSources } from './config-sources.ts';

export type ConfigOutcome =
  | { ok: true; value: number | boolean | string | null; source: string; warning?: string }
  | { ok: false; reason: string };

export function resolveConfigMetric(metric: ConfigMetric, sources: ConfigSources): ConfigOutcome {
  const found = sources.lookup(metric.properties);
  const text = found?.value ?? metric.defaultValue;
  const source = found?.origin ?? defaultSource(metric);

  if (text === null) {
    return { ok: true, value: null, source };
  }

  if (typeof text !== 'string') {
    return { ok: true, value: text, source };
  }

  return parseSetting(metric, text, source);
}

function defaultSource(metric: ConfigMetric): string {
  return metric.defaultNote === undefined ? 'default' : `default (${metric.defaultNote})`;
}

function parseSetting(metric: ConfigMetric, text: string, source: string): ConfigOutcome {
  switch (metric.parser) {
    case 'integer': {
      // Integer.parseInt: optional sign and digits, nothing else, within 32 bits.
      const value = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
      if (!Number.isSafeInteger(value) || value > 2_147_483_647 || value < -2_147_483_648) {
        return {
          ok: false,
          reason:
            `${metric.properties[0]} is "${text}" (${source}), which is not a whole number; ` +
            'FusionAuth could not read it.',
        };
      }

      return { ok: true, value, source };
    }
    case 'boolean': {
      // Boolean.parseBoolean: "true" in any case is true, anything else is false.
      const value = text.toLowerCase() === 'true';
      if (!/^(true|false)$/i.test(text)) {
        return {
          ok: true,
          value,
          source,
          warning: `${metric.properties[0]} is "${text}" (${source}); FusionAuth reads it as false.`,
        };
      }

      return { ok: true, value, source };
    }
    case 'present':
      return { ok: true, value: text.trim() !== '', source };
    case 'listCount':
      return {
        ok: true,
        value: text.split(',').filter((entry) => entry.trim() !== '').length,
        source,
      };
    case 'string':
      return { ok: true, value: text === '' ? metric.defaultValue : text, source };
  }
}

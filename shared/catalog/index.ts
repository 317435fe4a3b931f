/**
 * The metric catalog: one entry for every stat the FusionAuth 1.69.2 collector knows (244).
 * The CLI, the main process and the renderer all read this one list.
 */
import { applicationMetrics } from './applications.ts';
import { groupMetrics } from './groups.ts';
import { identityProviderMetrics } from './identity-providers.ts';
import { instanceConfigurationMetrics } from './instance.ts';
import { miscMetrics } from './misc.ts';
import { tenantMetrics } from './tenants.ts';
import type { MetricDefinition } from './types.ts';
import { webhookMetrics } from './webhooks.ts';

export type * from './types.ts';

/** Every known stat, sorted by key. */
export const catalog: readonly MetricDefinition[] = [
  ...applicationMetrics,
  ...identityProviderMetrics,
  ...groupMetrics,
  ...tenantMetrics,
  ...webhookMetrics,
  ...miscMetrics,
  ...instanceConfigurationMetrics,
].sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0));

const byKey = new Map(catalog.map((metric) => [metric.key, metric]));

/** The catalog entry for a payload key, or undefined for a key the 1.69.2 collector lacks. */
export function findMetric(key: string): MetricDefinition | undefined {
  return byKey.get(key);
}

export function isKnownMetric(key: string): boolean {
  return byKey.has(key);
}

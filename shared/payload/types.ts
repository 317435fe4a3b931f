/**
 * The usage payload exactly as FusionAuth sends it to usage-stats.fusionauth.io, and the older
 * "basic metrics" form post sent to metrics.fusionauth.io (collector.md §3.2 and §4).
 */

/** One element of `applicationEnabledIdentityProviders` / `...TenantIdentityProviders`. */
export interface IdentityProviderCount {
  count: number;
  idp: string;
}

/** The value of `instanceFirstTimeSetupProgress`. */
export interface FirstTimeSetupProgress {
  apiKeyConfigured: boolean;
  applicationConfigured: boolean;
  emailConfigured: boolean;
  licenseActivated: boolean;
}

export type StatValue =
  number | boolean | string | IdentityProviderCount[] | FirstTimeSetupProgress;

/** Keys in the order FusionAuth's serializer writes them (alphabetical). */
export interface UsagePayload {
  applicationVersion: string;
  collectionDuration: number;
  collectionInstant: number;
  /** Names of stats whose collection failed; present only when there is at least one. */
  failedStats?: string[];
  instanceId: string;
  /** Sorted keys; null values and empty lists left out. */
  stats: Record<string, StatValue>;
  statsVersion: string;
  /** Sorted keys; integer milliseconds per successfully collected stat. */
  timings: Record<string, number>;
}

/** The form fields of the basic-metrics post (metrics version 1). */
export interface BasicMetricsPayload {
  'metric.totalUsers': number;
  'metric.monthlyActiveUsers': number;
  'metric.totalMonthlyLogins': number;
  'metric.numberOfNodes': number;
  'metric.productVersion': string;
  'metric.version': '1';
  /** Sent only when a license is loaded. */
  licenseId?: string;
}

/** The `statsVersion` label of the 1.69.2 collector this tool reproduces. */
export const STATS_VERSION = '0.13.0';

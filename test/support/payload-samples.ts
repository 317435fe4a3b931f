/**
 * Small, valid usage payloads for tests that must not depend on ../shared, built in code so
 * each test can change one thing and see what the diff or the parser makes of it.
 */
import type { UsagePayload } from '../../shared/payload/types.ts';

export function samplePayload(overrides: Partial<UsagePayload> = {}): UsagePayload {
  return {
    applicationVersion: '1.60.2',
    collectionDuration: 382_000,
    collectionInstant: 1_764_549_060_000,
    instanceId: '9a632006-60f5-3254-ad99-859ab32b6330',
    stats: {
      applicationEnabledIdentityProviders: [
        { count: 2, idp: 'Google' },
        { count: 1, idp: 'OpenIDConnect' },
      ],
      applicationNumber: 12,
      instanceFirstTimeSetupProgress: {
        apiKeyConfigured: true,
        applicationConfigured: true,
        emailConfigured: false,
        licenseActivated: false,
      },
      instanceSearchType: 'database',
      tenantNumber: 3,
    },
    statsVersion: '0.13.0',
    timings: { applicationEnabledIdentityProviders: 4, applicationNumber: 1, tenantNumber: 2 },
    ...overrides,
  };
}

/** The same payload with stats replaced (keys given here win). */
export function withStats(stats: Record<string, unknown>, base = samplePayload()): UsagePayload {
  return { ...base, stats: { ...base.stats, ...stats } as UsagePayload['stats'] };
}

export function withoutStat(key: string, base = samplePayload()): UsagePayload {
  const stats = { ...base.stats };
  delete stats[key];

  return { ...base, stats };
}

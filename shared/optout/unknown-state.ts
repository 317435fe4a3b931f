/**
 * The state when no database was read: every fact unknown, each explanation saying so. The
 * commands are still complete; only the tailoring to the instance is missing.
 */
import type { OptOutState } from './types.ts';
import { versionCaveats } from './version-caveats.ts';

const NO_DATABASE = 'Unknown: no database was read.';

export function unknownState(
  configuration: OptOutState['configuration'],
  managed: OptOutState['managed'],
): OptOutState {
  return {
    databaseRead: false,
    location: null,
    databaseUrl: null,
    fusionAuthVersion: null,
    versionCaveats: versionCaveats(null, null),
    usageData: {
      storedEnabled: null,
      keyPresent: null,
      retentionDays: null,
      explanation: NO_DATABASE,
    },
    managed,
    license: {
      licensed: null,
      licenseId: null,
      licenceTextPresent: null,
      explanation: NO_DATABASE,
    },
    setupComplete: null,
    reportTimezone: null,
    usageGateOpen: managed.forced ? 'yes' : 'unknown',
    wouldCollectNow: 'unknown',
    wouldCollectReasons: [NO_DATABASE],
    metricsSent: 'unknown',
    metricsExplanation:
      'High-level metrics go to metrics.fusionauth.io whatever the usage-data flag says, once ' +
      'setup is complete and the runtime mode is development or production.',
    statList: {
      present: null,
      fresh: null,
      lastCheckedInstant: null,
      lastModifiedInstant: null,
      verdict: NO_DATABASE,
    },
    usageStats: {
      tablePresent: null,
      rows: null,
      sentRows: null,
      pendingRows: null,
      lastCollectedInstant: null,
      lastSentInstant: null,
      explanation: NO_DATABASE,
    },
    changeHistory: {
      insertInstant: null,
      lastUpdateInstant: null,
      updatedSinceCreation: null,
      inference: NO_DATABASE,
    },
    configuration,
  };
}

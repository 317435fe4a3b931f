/**
 * The opt-out state of one FusionAuth instance, read in one read-only snapshot of its
 * database plus the configuration files the user gave. Without a database, the state is the
 * configuration alone and every database fact is "unknown".
 */
import type { OptOutState } from '../../shared/optout/types.ts';
import { unknownState } from '../../shared/optout/unknown-state.ts';
import { versionCaveats } from '../../shared/optout/version-caveats.ts';
import { type ConfigSources, loadConfigSources } from '../collector/config/config-sources.ts';
import { probeSchema, requireFusionAuth } from '../collector/schema-probe.ts';
import { readStatList } from '../collector/stat-list.ts';
import { readFromTarget } from '../db/read-only.ts';
import type { SqlSession } from '../db/session.ts';
import type { DatabaseTarget } from '../db/target.ts';
import { readConfigurationState, readManagedState } from './config-state.ts';
import { databaseUrlWithoutPassword } from './history-url.ts';
import {
  explainChangeHistory,
  explainCollection,
  explainLicence,
  explainMetrics,
  explainUsageData,
  explainUsageStats,
  usageGate,
} from './explain-state.ts';
import { readInstanceLicence } from './instance-licence.ts';
import { readSystemConfigurationRow } from './system-configuration-row.ts';
import { readUsageStatsSummary } from './usage-stats-rows.ts';

export interface ReadStateOptions {
  /** null: no database, commands only. */
  target: DatabaseTarget | null;
  /** fusionauth.properties and environment files, in the order given. */
  configFiles?: readonly string[];
  /** "Now" for the stat list's freshness; tests fix it. */
  now?: Date;
}

export async function readOptOutState(options: ReadStateOptions): Promise<OptOutState> {
  // Configuration first: a bad --config file must not cost a connection attempt.
  const sources = loadConfigSources(options.configFiles ?? []);
  if (options.target === null) {
    return unknownState(readConfigurationState(sources), readManagedState(sources));
  }

  const now = options.now ?? new Date();

  const state = await readFromTarget(options.target, (session) =>
    readStateInSnapshot(session, sources, now),
  );

  return { ...state, databaseUrl: databaseUrlWithoutPassword(options.target) };
}

/** The same, on a session already inside a read-only snapshot. */
export async function readStateInSnapshot(
  session: SqlSession,
  sources: ConfigSources,
  now: Date,
): Promise<OptOutState> {
  const schema = await probeSchema(session);
  const version = await requireFusionAuth(session, schema);
  const configuration = readConfigurationState(sources);
  const managed = readManagedState(sources);
  const systemConfiguration = await readSystemConfigurationRow(session, schema);
  const licence = await readInstanceLicence(session, schema);
  const statList = await readStatList(session, schema, now.getTime());
  const usageStats = await readUsageStatsSummary(session, schema);

  const license = explainLicence(licence);
  const gate = usageGate(managed, systemConfiguration);
  const collection = explainCollection({
    version,
    gate,
    setupComplete: licence.setupComplete,
    runtimeMode: configuration.runtimeMode,
    statList,
  });
  const metrics = explainMetrics(version, licence.setupComplete, configuration.runtimeMode);

  return {
    databaseRead: true,
    location: session.location,
    databaseUrl: null,
    fusionAuthVersion: version,
    versionCaveats: versionCaveats(version, license.licensed),
    usageData: explainUsageData(systemConfiguration, version),
    managed,
    license,
    setupComplete: licence.setupComplete,
    reportTimezone: systemConfiguration.reportTimezone,
    usageGateOpen: gate,
    wouldCollectNow: collection.answer,
    wouldCollectReasons: collection.reasons,
    metricsSent: metrics.answer,
    metricsExplanation: metrics.explanation,
    statList: {
      present: statList.present,
      fresh: statList.fresh,
      lastCheckedInstant: statList.lastCheckedInstant,
      lastModifiedInstant: statList.lastModifiedInstant,
      verdict: statList.verdict,
    },
    usageStats: explainUsageStats(usageStats),
    changeHistory: explainChangeHistory(systemConfiguration),
    configuration,
  };
}

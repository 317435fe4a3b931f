/**
 * What a report needs from FusionAuth's database besides the payload: the payloads it stored
 * in usage_stats (for the diff against the last one sent) and its opt-out state. Both are
 * read over one connection, each in its own read-only snapshot that is rolled back.
 */
import type { OptOutState } from '../../shared/optout/types.ts';
import { loadConfigSources } from '../collector/config/config-sources.ts';
import { openSession } from '../db/open-session.ts';
import { inReadOnlySnapshot } from '../db/read-only.ts';
import type { DatabaseTarget } from '../db/target.ts';
import { readStateInSnapshot } from '../optout/read-state.ts';
import { readUsageStatsFromSession } from '../usage-stats/read-usage-stats.ts';
import type { UsageStatsHistory } from '../usage-stats/types.ts';

export interface DatabaseContext {
  usageStats: UsageStatsHistory;
  optOut: OptOutState;
}

export interface DatabaseContextOptions {
  /** fusionauth.properties and environment files, as given to the collector. */
  configFiles?: readonly string[];
  /** "Now" for the stat list's freshness; tests fix it. */
  now?: Date;
}

export async function readDatabaseContext(
  target: DatabaseTarget,
  options: DatabaseContextOptions = {},
): Promise<DatabaseContext> {
  // Configuration first: a bad --config file must not cost a connection attempt.
  const sources = loadConfigSources(options.configFiles ?? []);
  const now = options.now ?? new Date();
  const session = await openSession(target);
  try {
    const usageStats = await inReadOnlySnapshot(session, (snapshot) =>
      readUsageStatsFromSession(snapshot),
    );
    const optOut = await inReadOnlySnapshot(session, (snapshot) =>
      readStateInSnapshot(snapshot, sources, now),
    );

    return { usageStats, optOut };
  } finally {
    await session.close();
  }
}

/**
 * The collector: FusionAuth's usage-stats run, reproduced offline in one read-only snapshot.
 *
 * FusionAuth runs each stat as its own statement and sleeps two seconds between them; here
 * every stat runs inside ONE repeatable-read, read-only transaction (so the numbers are
 * mutually consistent), each in its own savepoint (so one failure does not abort the rest),
 * and the transaction is rolled back at the end. Nothing is ever written.
 */
import { performance } from 'node:perf_hooks';

import { findMetric } from '../../shared/catalog/index.ts';
import type { ConfigMetric, MetricDefinition, RuntimeMetric } from '../../shared/catalog/types.ts';
import type {
  CollectionProgress,
  CollectionReport,
  StatResult,
  StatStatus,
} from '../../shared/collection/types.ts';
import { InspectorError } from '../../shared/errors.ts';
import type { StatValue } from '../../shared/payload/types.ts';
import { openSession } from '../db/open-session.ts';
import { inReadOnlySnapshot } from '../db/read-only.ts';
import type { SqlSession } from '../db/session.ts';
import type { DatabaseTarget } from '../db/target.ts';
import { INSPECTOR_VERSION } from '../version.ts';
import { collectBasicMetrics } from './basic-metrics.ts';
import { type ConfigSources, loadConfigSources } from './config/config-sources.ts';
import { resolveConfigMetric } from './config/config-value.ts';
import { readInstanceFacts, readServerVersion, readSystemConfiguration } from './facts.ts';
import { type OverrideValue, parseOverrides } from './overrides.ts';
import { buildPayload } from './payload.ts';
import { planCollection } from './plan.ts';
import { runSqlStat } from './run-sql-stat.ts';
import { probeSchema, requireFusionAuth, type SchemaInfo } from './schema-probe.ts';
import { readStatList } from './stat-list.ts';
import { computeWindow, endOfLocalDay } from './window.ts';

/** FusionAuth's default pause after every stat (fusionauth-app.usage-data-throttle-time). */
const DEFAULT_THROTTLE_MS = 2000;

export interface CollectOptions {
  /** Collect every known stat, not just FusionAuth's remote list. */
  all?: boolean;
  /** YYYY-MM-DD in `timezone`; default today. */
  today?: string;
  /** The zone FusionAuth's JVM runs in; default UTC. */
  timezone?: string;
  /** fusionauth.properties and environment files, in the order given. */
  configFiles?: readonly string[];
  /** --set KEY=VALUE pairs. */
  set?: readonly string[];
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
  onProgress?: (progress: CollectionProgress) => void;
  signal?: AbortSignal;
  /** The collection instant; tests fix it. */
  now?: Date;
}

/** Opens the target, collects, and always closes the connection. */
export async function collect(
  target: DatabaseTarget,
  options: CollectOptions = {},
): Promise<CollectionReport> {
  // Arguments first: a bad --today must not cost a connection attempt.
  const prepared = prepare(options);
  const session = await openSession(target);

  // Cancelling closes the connection, so a query waiting on a lock or a slow scan stops now
  // rather than at the next stat; the server rolls the read-only transaction back.
  const closeOnCancel = (): void => void session.close();
  options.signal?.addEventListener('abort', closeOnCancel, { once: true });
  try {
    return await collectFromSession(session, options, prepared);
  } catch (error) {
    if (options.signal?.aborted === true) {
      throw cancelledError();
    }
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', closeOnCancel);
    await session.close();
  }
}

interface Prepared {
  config: ConfigSources;
  overrides: Map<string, OverrideValue>;
}

function prepare(options: CollectOptions): Prepared {
  computeWindow({ today: options.today, timezone: options.timezone, now: new Date() });

  return {
    config: loadConfigSources(options.configFiles ?? []),
    overrides: parseOverrides(options.set ?? []),
  };
}

export async function collectFromSession(
  session: SqlSession,
  options: CollectOptions = {},
  prepared: Prepared = prepare(options),
): Promise<CollectionReport> {
  const now = options.now ?? new Date();
  const window = computeWindow({ today: options.today, timezone: options.timezone, now });

  return inReadOnlySnapshot(
    session,
    (snapshot) => collectInSnapshot(snapshot, options, prepared, now, window),
    { statementTimeoutMs: options.statementTimeoutMs, lockTimeoutMs: options.lockTimeoutMs },
  ).catch((error: unknown) => {
    throw permissionProblem(error, session.location) ?? error;
  });
}

/**
 * A read the inspector needs before any stat was refused (SQLSTATE 42501). A refused stat
 * query is only that stat's failure; these are the whole run's.
 */
function permissionProblem(error: unknown, location: string): InspectorError | null {
  const failure = error as { code?: string; message?: string };
  if (failure.code !== '42501') {
    return null;
  }

  return new InspectorError(
    'auth',
    `The database user may not read what the inspector needs at ${location}: ` +
      `${failure.message ?? 'permission denied'}. Grant it SELECT on FusionAuth's tables ` +
      '(read-only is enough; pg_read_all_data on PostgreSQL 14+).',
  );
}

async function collectInSnapshot(
  session: SqlSession,
  options: CollectOptions,
  prepared: Prepared,
  now: Date,
  window: ReturnType<typeof computeWindow>,
): Promise<CollectionReport> {
  const schema = await probeSchema(session);
  const fusionAuthVersion = await requireFusionAuth(session, schema);
  const serverVersion = await readServerVersion(session);
  const instance = await readInstanceFacts(session, schema);
  const systemConfiguration = await readSystemConfiguration(session, schema);
  const statList = await readStatList(session, schema, now.getTime());
  const plan = planCollection(statList, options.all ?? false);
  const warnings = [
    ...prepared.config.warnings,
    ...timezoneCaveat(systemConfiguration, window),
    ...nothingWouldBeSent(statList),
  ];

  const context: StatContext = {
    session,
    schema,
    cutoff: window.cutoff,
    config: prepared.config,
    overrides: prepared.overrides,
    serverVersion,
    licensed: instance.licensed,
    warnings,
  };

  const started = performance.now();
  const toCollect = plan.filter((item) => item.collect);
  const results: StatResult[] = [];
  let collected = 0;

  for (const item of plan) {
    if (options.signal?.aborted === true) {
      throw cancelledError();
    }

    const base = {
      key: item.metric.key,
      requested: item.requested,
      listPosition: item.listPosition,
    };

    if (!item.collect) {
      results.push({
        ...base,
        ...notComputed(
          'not-requested',
          "FusionAuth's stat list (current_usage_stats) does not ask for this stat.",
        ),
      });
      continue;
    }

    collected += 1;
    options.onProgress?.({
      index: collected,
      total: toCollect.length,
      key: item.metric.key,
    });
    results.push({ ...base, ...(await computeStat(item.metric, context)) });
  }

  const collectionDuration = Math.round(performance.now() - started);
  const payload = buildPayload({
    applicationVersion: fusionAuthVersion,
    collectionDuration,
    collectionInstant: now.getTime(),
    instanceId: instance.instanceId,
    results,
  });

  const basicMetricsAt =
    options.today === undefined ? now.getTime() : endOfLocalDay(window.today, window.timezone);
  const basicMetrics = await collectBasicMetrics(session, schema, {
    at: basicMetricsAt,
    productVersion: fusionAuthVersion,
    licenseId: instance.licenseId,
  });

  const computed = results.filter((result) => result.preciseMs !== null);

  return {
    inspectorVersion: INSPECTOR_VERSION,
    payload,
    basicMetrics,
    results,
    database: {
      engine: 'postgresql',
      fusionAuthVersion,
      serverVersion,
      location: session.location,
      instanceId: instance.instanceId,
      setupComplete: instance.setupComplete,
      licensed: instance.licensed,
      usageDataEnabled: systemConfiguration.usageDataEnabled,
      usageDataRetentionDays: systemConfiguration.usageDataRetentionDays,
      reportTimezone: systemConfiguration.reportTimezone,
      statList,
    },
    window,
    collectedAll: (options.all ?? false) || !statList.present,
    totalQueryMs: computed.reduce((sum, result) => sum + (result.preciseMs ?? 0), 0),
    estimatedFusionAuthDurationMs: collectionDuration + toCollect.length * DEFAULT_THROTTLE_MS,
    warnings,
  };
}

interface StatContext {
  session: SqlSession;
  schema: SchemaInfo;
  cutoff: number;
  config: ConfigSources;
  overrides: Map<string, OverrideValue>;
  serverVersion: string;
  licensed: boolean;
  warnings: string[];
}

type ComputedStat = Omit<StatResult, 'key' | 'requested' | 'listPosition'>;

async function computeStat(metric: MetricDefinition, context: StatContext): Promise<ComputedStat> {
  const startedWall = Date.now();
  const startedPrecise = performance.now();
  const timing = (): { ms: number; preciseMs: number } => ({
    // FusionAuth subtracts two wall-clock millisecond readings; so does this.
    ms: Date.now() - startedWall,
    preciseMs: performance.now() - startedPrecise,
  });

  const override = context.overrides.get(metric.key);
  if (override !== undefined) {
    return { status: 'ok', value: override, ...timing(), valueSource: '--set' };
  }

  if (metric.origin === 'database') {
    const outcome = await runSqlStat(context.session, metric, context.schema, context.cutoff);
    if (outcome.status === 'not-applicable') {
      return notComputed('not-applicable', outcome.reason);
    }
    if (outcome.status === 'failed') {
      return { ...notComputed('failed', outcome.reason), sqlVariant: outcome.variant };
    }

    return { status: 'ok', value: outcome.value, ...timing(), sqlVariant: outcome.variant };
  }

  if (metric.origin === 'configuration') {
    return configurationStat(metric, context, timing);
  }

  return runtimeStat(metric, context, timing);
}

function configurationStat(
  metric: ConfigMetric,
  context: StatContext,
  timing: () => { ms: number; preciseMs: number },
): ComputedStat {
  const outcome = resolveConfigMetric(metric, context.config);
  if (!outcome.ok) {
    return notComputed('failed', outcome.reason);
  }

  if (outcome.warning !== undefined) {
    context.warnings.push(outcome.warning);
  }

  return { status: 'ok', value: outcome.value, ...timing(), valueSource: outcome.source };
}

function runtimeStat(
  metric: RuntimeMetric,
  context: StatContext,
  timing: () => { ms: number; preciseMs: number },
): ComputedStat {
  if (metric.derivation === 'databaseServerVersion') {
    return {
      status: 'ok',
      value: context.serverVersion,
      ...timing(),
      valueSource: 'SHOW server_version',
      reason: metric.offlineReason,
    };
  }

  if (metric.derivation === 'elasticsearchVersionIfSearchEnabled') {
    const searchType = searchTypeOf(context);
    if (searchType !== 'elasticsearch') {
      // FusionAuth records a timing but no value when search runs in the database.
      return {
        status: 'ok',
        value: null,
        ...timing(),
        valueSource: `search.type is ${searchType}`,
        reason: 'Left out of the stats because search does not use Elasticsearch.',
      };
    }
  }

  if (metric.origin === 'license' && !context.licensed) {
    return {
      status: 'ok',
      value: null,
      ...timing(),
      valueSource: 'instance.license_id is empty',
      reason: 'Left out of the stats: no license is loaded on this instance.',
    };
  }

  return notComputed('unknown-offline', metric.offlineReason);
}

/** A stat that was not computed: no value and no timing, only why. */
function notComputed(status: StatStatus, reason: string): ComputedStat {
  return { status, value: null, ms: null, preciseMs: null, reason };
}

function cancelledError(): InspectorError {
  return new InspectorError('cancelled', 'The collection was cancelled; nothing was kept.');
}

function searchTypeOf(context: StatContext): StatValue | null {
  const override = context.overrides.get('instanceSearchType');
  if (override !== undefined) {
    return override;
  }

  const metric = findMetric('instanceSearchType') as ConfigMetric;
  const outcome = resolveConfigMetric(metric, context.config);

  return outcome.ok ? outcome.value : null;
}

/**
 * FusionAuth writes daily-active rows in the report time zone but computes the cutoff in its
 * JVM's zone; when they differ, the window edge can move by up to a day (collector.md §0.1).
 */
function timezoneCaveat(
  systemConfiguration: { reportTimezone: string | null },
  window: { timezone: string },
): string[] {
  const reportZone = systemConfiguration.reportTimezone;
  if (reportZone === null || reportZone === window.timezone) {
    return [];
  }

  return [
    `Daily-active rows are recorded in the report time zone (${reportZone}) but the 7-day ` +
      `cutoff is computed in FusionAuth's JVM zone (${window.timezone}, the time zone given ` +
      'to the inspector); as in FusionAuth, the window edge can move by up to a day.',
  ];
}

/** Says plainly when the payload shown is not one FusionAuth would send right now. */
function nothingWouldBeSent(statList: { present: boolean; fresh: boolean }): string[] {
  if (!statList.present) {
    return [
      'FusionAuth would send nothing right now (it has no stat list), so this payload holds ' +
        'every stat the 1.69.2 collector can compute here, as with --all: what it would send ' +
        'once its stats server provides a list that asks for all of them.',
    ];
  }

  if (!statList.fresh) {
    return [
      'FusionAuth would send nothing right now (its stat list is more than a day old); this ' +
        'payload holds the stats of that list, as it would send them once the list is ' +
        'checked again.',
    ];
  }

  return [];
}

/**
 * The older "basic metrics" form post to metrics.fusionauth.io, sent every 13 minutes whether
 * or not usage data is enabled (collector.md §4).
 */
import type { BasicMetricsPayload } from '../../shared/payload/types.ts';
import type { SqlSession } from '../db/session.ts';
import type { SchemaInfo } from './schema-probe.ts';

const HOUR_MS = 3_600_000;

export interface BasicMetricsInput {
  /** The instant the metrics are computed for (epoch ms, UTC). */
  at: number;
  productVersion: string;
  licenseId: string | null;
}

export async function collectBasicMetrics(
  session: SqlSession,
  schema: SchemaInfo,
  input: BasicMetricsInput,
): Promise<BasicMetricsPayload> {
  const at = new Date(input.at);
  const month = (at.getUTCFullYear() - 1970) * 12 + at.getUTCMonth();
  const monthStartHour = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1) / HOUR_MS;
  // The current, partial hour is left out.
  const currentHour = Math.floor(input.at / HOUR_MS);

  const totalUsers = await sumOrZero(
    session,
    schema.hasTable('global_registration_counts'),
    'SELECT COALESCE(SUM(count), 0) - COALESCE(SUM(decremented_count), 0) AS value ' +
      'FROM global_registration_counts',
  );
  const monthlyActiveUsers = await sumOrZero(
    session,
    schema.hasTable('global_monthly_active_users'),
    'SELECT COALESCE(SUM(count), 0) AS value FROM global_monthly_active_users WHERE month = $1',
    [month],
  );
  const monthlyLogins = await sumOrZero(
    session,
    schema.hasTable('hourly_logins'),
    'SELECT COALESCE(SUM(count), 0) AS value FROM hourly_logins WHERE hour >= $1 AND hour < $2',
    [monthStartHour, currentHour],
  );
  const nodes = await sumOrZero(
    session,
    schema.hasTable('nodes'),
    'SELECT count(*) AS value FROM nodes',
  );

  const payload: BasicMetricsPayload = {
    'metric.totalUsers': totalUsers,
    'metric.monthlyActiveUsers': monthlyActiveUsers,
    'metric.totalMonthlyLogins': monthlyLogins,
    'metric.numberOfNodes': nodes,
    'metric.productVersion': input.productVersion,
    'metric.version': '1',
  };

  if (input.licenseId !== null && input.licenseId !== '') {
    payload.licenseId = input.licenseId;
  }

  return payload;
}

async function sumOrZero(
  session: SqlSession,
  tableExists: boolean,
  sql: string,
  params: unknown[] = [],
): Promise<number> {
  if (!tableExists) {
    return 0;
  }

  const { rows } = await session.query<{ value: unknown }>(sql, params);

  return Number(rows[0]?.value ?? 0);
}

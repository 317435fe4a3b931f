/**
 * Facts about the inspected instance that frame the stats: who it is, whether usage data is
 * switched on, and whether a license is loaded.
 */
import type { SqlSession } from '../db/session.ts';
import type { SchemaInfo } from './schema-probe.ts';

export interface InstanceFacts {
  instanceId: string;
  setupComplete: boolean | null;
  licenseId: string | null;
  licensed: boolean;
}

export interface SystemConfigurationFacts {
  usageDataEnabled: boolean | null;
  usageDataRetentionDays: number | null;
  reportTimezone: string | null;
}

export async function readInstanceFacts(
  session: SqlSession,
  schema: SchemaInfo,
): Promise<InstanceFacts> {
  const columns = ['id', 'setup_complete', 'license_id', 'license'].filter((column) =>
    schema.hasColumn('instance', column),
  );
  const { rows } = await session.query<Record<string, unknown>>(
    `SELECT ${columns.join(', ')} FROM "instance" LIMIT 1`,
  );
  const row = rows[0] ?? {};
  const licenseId = typeof row['license_id'] === 'string' ? row['license_id'] : null;
  const license = typeof row['license'] === 'string' ? row['license'] : null;

  return {
    instanceId: row['id'] === undefined || row['id'] === null ? '' : String(row['id']),
    setupComplete: typeof row['setup_complete'] === 'boolean' ? row['setup_complete'] : null,
    licenseId,
    licensed: (licenseId !== null && licenseId !== '') || (license !== null && license !== ''),
  };
}

export async function readSystemConfiguration(
  session: SqlSession,
  schema: SchemaInfo,
): Promise<SystemConfigurationFacts> {
  const hasTimezone = schema.hasColumn('system_configuration', 'report_timezone');
  const { rows } = await session.query<{ data: string | null; report_timezone?: string }>(
    `SELECT data${hasTimezone ? ', report_timezone' : ''} FROM system_configuration LIMIT 1`,
  );
  const row = rows[0];
  const usage = usageDataConfiguration(row?.data ?? null);

  return {
    usageDataEnabled: typeof usage?.['enabled'] === 'boolean' ? usage['enabled'] : null,
    usageDataRetentionDays:
      typeof usage?.['numberOfDaysToRetain'] === 'number' ? usage['numberOfDaysToRetain'] : null,
    reportTimezone: row?.report_timezone ?? null,
  };
}

function usageDataConfiguration(data: string | null): Record<string, unknown> | null {
  if (data === null) {
    return null;
  }

  try {
    const parsed = JSON.parse(data) as { usageDataConfiguration?: unknown };
    const usage = parsed.usageDataConfiguration;

    return usage !== null && typeof usage === 'object' ? (usage as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `SHOW server_version`, e.g. "15.19 (Debian 15.19-0+deb12u1)". */
export async function readServerVersion(session: SqlSession): Promise<string> {
  const { rows } = await session.query<{ server_version: string }>('SHOW server_version');

  return rows[0]?.server_version ?? 'unknown';
}

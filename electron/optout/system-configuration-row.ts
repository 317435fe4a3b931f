/**
 * The usage-data part of the system configuration row, with the row's insert and update times:
 * the only trace the database keeps of anyone changing the flag.
 */
import type { SqlSession } from '../db/session.ts';
import type { SchemaInfo } from '../collector/schema-probe.ts';

export interface SystemConfigurationRow {
  rowPresent: boolean;
  /** false when the data column is not a JSON object. */
  dataReadable: boolean;
  keyPresent: boolean;
  enabled: boolean | null;
  retentionDays: number | null;
  reportTimezone: string | null;
  insertInstant: number | null;
  lastUpdateInstant: number | null;
}

interface Row {
  data: string | null;
  insert_instant?: string | number | null;
  last_update_instant?: string | number | null;
  report_timezone?: string | null;
}

function optionalColumn(schema: SchemaInfo, column: string): string {
  return schema.hasColumn('system_configuration', column) ? `, ${column}` : '';
}

function toNumber(value: string | number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

export async function readSystemConfigurationRow(
  session: SqlSession,
  schema: SchemaInfo,
): Promise<SystemConfigurationRow> {
  const columns =
    optionalColumn(schema, 'insert_instant') +
    optionalColumn(schema, 'last_update_instant') +
    optionalColumn(schema, 'report_timezone');
  const { rows } = await session.query<Row>(
    `SELECT data${columns} FROM system_configuration LIMIT 1`,
  );
  const row = rows[0];

  const base = {
    reportTimezone: row?.report_timezone ?? null,
    insertInstant: toNumber(row?.insert_instant),
    lastUpdateInstant: toNumber(row?.last_update_instant),
  };
  if (row === undefined) {
    return {
      rowPresent: false,
      dataReadable: false,
      keyPresent: false,
      enabled: null,
      retentionDays: null,
      ...base,
    };
  }

  const data = parseObject(row.data);
  if (data === null) {
    return {
      rowPresent: true,
      dataReadable: false,
      keyPresent: false,
      enabled: null,
      retentionDays: null,
      ...base,
    };
  }

  const usage = data['usageDataConfiguration'];
  const usageObject =
    usage !== null && typeof usage === 'object' ? (usage as Record<string, unknown>) : null;

  return {
    rowPresent: true,
    dataReadable: true,
    keyPresent: usage !== undefined,
    enabled: typeof usageObject?.['enabled'] === 'boolean' ? usageObject['enabled'] : null,
    retentionDays:
      typeof usageObject?.['numberOfDaysToRetain'] === 'number'
        ? usageObject['numberOfDaysToRetain']
        : null,
    ...base,
  };
}

function parseObject(text: string | null): Record<string, unknown> | null {
  if (text === null) {
    return null;
  }

  try {
    const parsed: unknown = JSON.parse(text);

    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

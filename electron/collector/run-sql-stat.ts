/**
 * Runs one SQL stat inside its own savepoint, so a failing query (a formId that is not a
 * UUID, a timeout) is rolled back alone and the snapshot transaction carries on.
 */
import type { SqlMetric, SqlVariant } from '../../shared/catalog/types.ts';
import type { FirstTimeSetupProgress, StatValue } from '../../shared/payload/types.ts';
import type { SqlSession } from '../db/session.ts';
import type { SchemaInfo } from './schema-probe.ts';

export type SqlOutcome =
  | { status: 'ok'; value: StatValue | null; variant: number }
  | { status: 'failed'; reason: string; variant: number }
  | { status: 'not-applicable'; reason: string };

/** The first variant (newest first) whose tables and columns all exist, or what is missing. */
export function chooseVariant(
  metric: SqlMetric,
  schema: SchemaInfo,
): { index: number; variant: SqlVariant } | { missing: string[] } {
  for (const [index, variant] of metric.variants.entries()) {
    if (schema.missing(variant.sources).length === 0) {
      return { index, variant };
    }
  }

  return { missing: schema.missing(metric.variants[0].sources) };
}

export async function runSqlStat(
  session: SqlSession,
  metric: SqlMetric,
  schema: SchemaInfo,
  cutoff: number,
): Promise<SqlOutcome> {
  const choice = chooseVariant(metric, schema);
  if ('missing' in choice) {
    return {
      status: 'not-applicable',
      reason: `This FusionAuth version has no ${choice.missing.join(', ')}.`,
    };
  }

  const { index, variant } = choice;
  await session.query('SAVEPOINT usage_stat');
  try {
    const { rows } = await session.query(variant.sql, variant.usesCutoff ? [cutoff] : []);
    await session.query('RELEASE SAVEPOINT usage_stat');

    return { status: 'ok', value: shapeValue(metric, rows), variant: index };
  } catch (error) {
    await session.query('ROLLBACK TO SAVEPOINT usage_stat');

    return { status: 'failed', reason: describeDatabaseError(error), variant: index };
  }
}

function shapeValue(metric: SqlMetric, rows: Record<string, unknown>[]): StatValue | null {
  switch (metric.resultShape) {
    case 'scalar':
      return toNumberOrNull(rows[0]?.['value']);
    case 'exists':
      return toBoolean(rows[0]?.['value']);
    case 'idpList': {
      const list = rows.map((row) => ({
        count: toNumberOrNull(row['count']) ?? 0,
        idp: String(row['idp']),
      }));

      // FusionAuth's database mapper writes no empty arrays, so an empty list is left out.
      return list.length === 0 ? null : list;
    }
    case 'setupProgress':
      return setupProgress(rows[0]);
  }
}

function setupProgress(row: Record<string, unknown> | undefined): FirstTimeSetupProgress | null {
  if (row === undefined) {
    return null;
  }

  return {
    apiKeyConfigured: toBoolean(row['apiKeyConfigured'] ?? row['apikeyconfigured']),
    applicationConfigured: toBoolean(row['applicationConfigured'] ?? row['applicationconfigured']),
    emailConfigured: toBoolean(row['emailConfigured'] ?? row['emailconfigured']),
    licenseActivated: toBoolean(row['licenseActivated'] ?? row['licenseactivated']),
  };
}

/** count(*) and SUM come back as bigint, which `pg` hands over as text. */
function toNumberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) {
    return null;
  }

  const number = typeof value === 'bigint' ? Number(value) : Number(value);
  if (!Number.isFinite(number)) {
    throw new Error(`the query returned "${String(value)}", which is not a number`);
  }

  return number;
}

function toBoolean(value: unknown): boolean {
  return value === true || value === 't' || value === 1 || value === '1' || value === 'true';
}

/** The database's own words, with its SQLSTATE, e.g. "invalid input syntax for type uuid". */
export function describeDatabaseError(error: unknown): string {
  const failure = error as { message?: string; code?: string };
  const message = failure.message ?? String(error);

  return failure.code === undefined ? message : `${message} (SQLSTATE ${failure.code})`;
}

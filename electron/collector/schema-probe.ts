/**
 * What tables and columns the inspected database has. A stat whose sources are not all here
 * is "not applicable" on this FusionAuth version, never a failure.
 */
import { InspectorError } from '../../shared/errors.ts';
import type { SourceTable } from '../../shared/catalog/types.ts';
import type { SqlSession } from '../db/session.ts';

export interface SchemaInfo {
  hasTable(table: string): boolean;
  hasColumn(table: string, column: string): boolean;
  /** The objects of `sources` this database lacks, as "table" or "table.column". */
  missing(sources: readonly SourceTable[]): string[];
}

/** Tables every FusionAuth database has had since long before the usage collector existed. */
const CORE_TABLES = ['version', 'instance', 'tenants', 'applications', 'system_configuration'];

/** Columns of those tables the inspector reads before any stat. */
const CORE_COLUMNS: [string, string][] = [
  ['version', 'version'],
  ['instance', 'id'],
  ['system_configuration', 'data'],
];

export async function probeSchema(session: SqlSession): Promise<SchemaInfo> {
  // current_schemas(false) is the search path, so this sees exactly what unqualified names
  // in the catalog's SQL resolve to. pg_catalog rather than information_schema: the latter
  // hides columns the user may not read, which would turn "permission denied" into "this
  // version has no such table".
  const { rows } = await session.query<{ table_name: string; column_name: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name
     FROM pg_catalog.pg_attribute a
     JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY (current_schemas(false))
       AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
       AND a.attnum > 0 AND NOT a.attisdropped`,
  );

  const tables = new Map<string, Set<string>>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Set<string>();
    columns.add(row.column_name);
    tables.set(row.table_name, columns);
  }

  return {
    hasTable: (table) => tables.has(table),
    hasColumn: (table, column) => tables.get(table)?.has(column) ?? false,
    missing(sources) {
      const absent: string[] = [];
      for (const source of sources) {
        const columns = tables.get(source.table);
        if (columns === undefined) {
          absent.push(source.table);
          continue;
        }
        for (const column of source.columns) {
          if (!columns.has(column)) {
            absent.push(`${source.table}.${column}`);
          }
        }
      }

      return absent;
    },
  };
}

/** Fails with exit code 4 unless this looks like a FusionAuth database; returns its version. */
export async function requireFusionAuth(session: SqlSession, schema: SchemaInfo): Promise<string> {
  const missingTables = CORE_TABLES.filter((table) => !schema.hasTable(table));
  if (missingTables.length > 0) {
    throw new InspectorError(
      'not-fusionauth',
      `${session.location} is not a FusionAuth database: it has no ` +
        `${missingTables.join(', ')} table${missingTables.length > 1 ? 's' : ''}. ` +
        'Connect to the database FusionAuth itself uses (database.url in fusionauth.properties).',
      { missingTables },
    );
  }

  const missingColumns = CORE_COLUMNS.filter(([table, column]) => !schema.hasColumn(table, column));
  if (missingColumns.length > 0) {
    throw new InspectorError(
      'not-fusionauth',
      `${session.location} is not a complete FusionAuth database: it has no ` +
        `${missingColumns.map(([table, column]) => `${table}.${column}`).join(', ')}.`,
      { missingColumns: missingColumns.map(([table, column]) => `${table}.${column}`) },
    );
  }

  const { rows } = await session.query<{ version: string }>('SELECT version FROM version');
  const version = rows[0]?.version;
  if (version === undefined || !/^\d+\.\d+\.\d+/.test(version)) {
    throw new InspectorError(
      'not-fusionauth',
      `${session.location} has a version table but no FusionAuth version in it ` +
        `(found ${rows.length} row${rows.length === 1 ? '' : 's'}). ` +
        'Is FusionAuth finished installing on this database?',
    );
  }

  return version;
}

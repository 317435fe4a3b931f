/**
 * The shape of one entry in the metric catalog: everything the CLI, the main process and the
 * renderer need to know about a stat FusionAuth's collector can send.
 */

export const METRIC_CATEGORIES = [
  'applications',
  'tenants',
  'webhooks',
  'identity providers',
  'instance',
  'entities',
  'groups',
  'messengers',
  'integrations',
  'API keys',
  'MFA',
  'threat detection',
] as const;

export type MetricCategory = (typeof METRIC_CATEGORIES)[number];

/**
 * What a value can be. The privacy check uses this to flag values that do not fit.
 * - count: a non-negative integer that counts rows (applications, tenants, links, ...)
 * - integer: a configuration number or a single aggregate (milliseconds, pool sizes, a MAU figure)
 * - bytes: an integer number of bytes
 * - boolean: true or false
 * - version: a version string such as `17.0.8.1+1` or `15.4`
 * - enum: a short configuration word such as `database` or `standard`
 * - idpList: an array of `{ idp, count }` objects
 * - setupProgress: the object of four booleans in `instanceFirstTimeSetupProgress`
 */
export type ValueKind =
  'count' | 'integer' | 'bytes' | 'boolean' | 'version' | 'enum' | 'idpList' | 'setupProgress';

/** Where FusionAuth takes the value from. */
export type MetricOrigin = 'database' | 'configuration' | 'runtime' | 'license';

/** Which "recently used application" filter the stat applies (collector.md §0.1). */
export type ActivityFilter =
  /** active applications with a daily-active row after the cutoff */
  | 'active-and-logged-in'
  /** only the logged-in half: a daily-active row after the cutoff, `active` not checked */
  | 'logged-in-only'
  /** the tenant has at least one active application */
  | 'tenant-has-active-application'
  | 'none';

/** A table and the columns of it that a query reads. Used to decide applicability. */
export interface SourceTable {
  table: string;
  columns: string[];
}

/**
 * How the first row of the query result becomes the stat's value.
 * - scalar: column `value` of the single row; no row or SQL NULL means null (left out)
 * - exists: column `value` is a boolean
 * - idpList: rows `{ idp, count }`; an empty list is left out, like a null
 * - setupProgress: columns apiKeyConfigured, applicationConfigured, emailConfigured,
 *   licenseActivated as booleans
 */
export type ResultShape = 'scalar' | 'exists' | 'idpList' | 'setupProgress';

/**
 * One way to compute a SQL stat. Most stats have exactly one; a stat whose query changed with
 * the schema lists the newest first and the collector uses the first whose sources all exist.
 */
export interface SqlVariant {
  /**
   * PostgreSQL text. `$1` is the cutoff epoch day (integer) when `usesCutoff` is true; no
   * other parameters are used, constants are written as literals.
   */
  sql: string;
  usesCutoff: boolean;
  sources: SourceTable[];
  /** Why this variant exists, shown to the reviewer (e.g. "before tenant-scoped providers"). */
  note?: string;
}

interface MetricBase {
  key: string;
  category: MetricCategory;
  /** Plain language: what is counted, which filter applies, what it can and cannot reveal. */
  definition: string;
  valueKind: ValueKind;
  origin: MetricOrigin;
  /** First FusionAuth version whose schema (or configuration) supports the stat. */
  sinceVersion: string;
}

export interface SqlMetric extends MetricBase {
  origin: 'database';
  activityFilter: ActivityFilter;
  resultShape: ResultShape;
  /** Newest first; see SqlVariant. */
  variants: [SqlVariant, ...SqlVariant[]];
}

/** How a configuration property's text becomes the stat's value. */
export type PropertyParser = 'integer' | 'boolean' | 'string' | 'present' | 'listCount';

export interface ConfigMetric extends MetricBase {
  origin: 'configuration';
  /** Property names in the order FusionAuth tries them (the first is the current name). */
  properties: string[];
  parser: PropertyParser;
  /** The value FusionAuth uses when no property is set; null means the stat is left out. */
  defaultValue: number | boolean | string | null;
  /** Where the default comes from when the code and the docs disagree. */
  defaultNote?: string;
}

/** A value only the running FusionAuth knows (JVM, license, search engine, DB driver). */
export interface RuntimeMetric extends MetricBase {
  origin: 'runtime' | 'license';
  /** Why it cannot be read offline, and how the user can supply it with `--set`. */
  offlineReason: string;
  /**
   * Some runtime values can still be derived offline (the database server version, the
   * Elasticsearch version being absent when search is not elasticsearch). Named here; the
   * collector implements each by name.
   */
  derivation?: 'databaseServerVersion' | 'elasticsearchVersionIfSearchEnabled';
}

export type MetricDefinition = SqlMetric | ConfigMetric | RuntimeMetric;

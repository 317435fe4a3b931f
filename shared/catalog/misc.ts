/**
 * Catalog entries for the smaller groups of SQL stats: API keys, threat detection, entities,
 * integrations, messengers, MFA counters and the instance-level database stats.
 */

import { jsonText, jsonValue } from './sql.ts';
import type {
  MetricCategory,
  MetricDefinition,
  ResultShape,
  SourceTable,
  SqlMetric,
  ValueKind,
} from './types.ts';

/** Sources already in the oldest schema examined (1.42.0); they may well be older still. */
const OLDEST_KNOWN = '1.42.0';

/** API keys could be given an expiry from 1.55.1 (release notes, #2537). */
const EXPIRING_API_KEYS = '1.55.1';

/** Non-retrievable (hashed) API keys, and with them `key_format`, arrived in 1.56.0 (#2536). */
const HASHED_API_KEYS = '1.56.0';

/** `instance.data` (with `firstTimeSetup`) is in the 1.51.0 schema but not in 1.48.2. */
const INSTANCE_DATA = '1.51.0';

/** The `mfa_metrics` table appears only in the 1.69 code. */
const MFA_METRICS = '1.69.0';

interface StatOptions {
  key: string;
  category: MetricCategory;
  definition: string;
  sinceVersion: string;
  sql: string;
  sources: SourceTable[];
  valueKind?: ValueKind;
  resultShape?: ResultShape;
}

/** A stat with one SQL variant that uses neither the cutoff nor an application filter. */
function stat(options: StatOptions): SqlMetric {
  return {
    key: options.key,
    category: options.category,
    definition: options.definition,
    valueKind: options.valueKind ?? 'count',
    origin: 'database',
    sinceVersion: options.sinceVersion,
    activityFilter: 'none',
    resultShape: options.resultShape ?? 'scalar',
    variants: [{ sql: options.sql, usesCutoff: false, sources: options.sources }],
  };
}

/** Counts every row of a table. */
function rowCount(
  key: string,
  category: MetricCategory,
  table: string,
  definition: string,
): SqlMetric {
  return stat({
    key,
    category,
    definition,
    sinceVersion: OLDEST_KNOWN,
    sql: `SELECT count(*) AS value FROM ${table}`,
    sources: [{ table, columns: [] }],
  });
}

/** [payload key, `messengers.type` ordinal, kind of messenger]. */
const MESSENGER_TYPES: ReadonlyArray<readonly [string, number, string]> = [
  ['messengersGeneric', 0, 'generic type (a custom HTTP endpoint)'],
  ['messengersKafka', 1, 'Kafka type'],
  ['messengersTwilio', 2, 'Twilio type'],
];

const messengerMetrics = MESSENGER_TYPES.map(([key, type, kind]) =>
  stat({
    key,
    category: 'messengers',
    definition:
      `Counts configured messengers (providers that send SMS and other messages) of the ${kind}. ` +
      'Only the number leaves, not the provider settings or credentials.',
    sinceVersion: OLDEST_KNOWN,
    sql: `SELECT count(*) AS value FROM messengers m WHERE m.type = ${type}`,
    sources: [{ table: 'messengers', columns: ['type'] }],
  }),
);

/** [payload key, `mfa_metrics` column, what it adds up]. */
const MFA_COUNTERS: ReadonlyArray<readonly [string, string, string]> = [
  ['mfaChallenge', 'challenge_count', 'times users were asked for a second factor'],
  ['mfaFailedAttempt', 'failed_attempt_count', 'wrong second-factor attempts'],
  ['mfaSuccess', 'success_count', 'successful second-factor checks'],
];

const mfaMetrics = MFA_COUNTERS.map(([key, column, what]) =>
  stat({
    key,
    category: 'MFA',
    definition:
      `The total number of ${what}, added up over all tenants from FusionAuth's running ` +
      'multi-factor counters; 0 when nothing has been recorded. It is one sum, with no ' +
      'per-user or per-tenant detail.',
    sinceVersion: MFA_METRICS,
    valueKind: 'integer',
    sql: `SELECT COALESCE(SUM(m.${column}), 0) AS value FROM mfa_metrics m`,
    sources: [{ table: 'mfa_metrics', columns: [column] }],
  }),
);

/** [payload key, integrations JSON section, product]. */
const INTEGRATIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['integrationsCleanspeakEnabled', 'cleanspeak', 'CleanSpeak (profanity filtering)'],
  ['integrationsKafkaEnabled', 'kafka', 'Kafka (event streaming)'],
];

const integrationMetrics = INTEGRATIONS.map(([key, section, product]) =>
  stat({
    key,
    category: 'integrations',
    definition:
      `True when the ${product} integration is turned on, false otherwise. Only this yes/no ` +
      'leaves, not the server addresses or credentials.',
    sinceVersion: OLDEST_KNOWN,
    valueKind: 'boolean',
    resultShape: 'exists',
    sql:
      'SELECT EXISTS(SELECT 1 FROM integrations i ' +
      `WHERE ${jsonText('i.data', [section, 'enabled'])} = 'true') AS value`,
    sources: [{ table: 'integrations', columns: ['data'] }],
  }),
);

const setupStep = (step: string): string => jsonText('i.data', ['firstTimeSetup', step]);

export const miscMetrics: MetricDefinition[] = [
  stat({
    key: 'apiKeyExpiringEnabled',
    category: 'API keys',
    definition:
      'Counts API keys that have an expiry date, including the internal key should it have one. ' +
      'Only the number leaves, not the keys, their names or their dates.',
    sinceVersion: EXPIRING_API_KEYS,
    sql:
      'SELECT count(*) AS value FROM authentication_keys k ' +
      'WHERE k.expiration_instant IS NOT NULL',
    sources: [{ table: 'authentication_keys', columns: ['expiration_instant'] }],
  }),
  stat({
    key: 'apiKeyHashedEnabled',
    category: 'API keys',
    definition:
      'Counts API keys stored hashed (non-retrievable) rather than in plain form. Keys with no ' +
      'recorded format, such as the internal key, are not counted. Only the number leaves.',
    sinceVersion: HASHED_API_KEYS,
    sql: 'SELECT count(*) AS value FROM authentication_keys k WHERE k.key_format <> 0',
    sources: [{ table: 'authentication_keys', columns: ['key_format'] }],
  }),
  stat({
    key: 'atdCaptcha',
    category: 'threat detection',
    definition:
      'Counts tenants that have CAPTCHA turned on for their login and other hosted pages. ' +
      'Only the number of tenants leaves, not the CAPTCHA provider or its keys.',
    sinceVersion: OLDEST_KNOWN,
    sql:
      'SELECT count(*) AS value FROM tenants t ' +
      `WHERE ${jsonText('t.data', ['captchaConfiguration', 'enabled'])} = 'true'`,
    sources: [{ table: 'tenants', columns: ['data'] }],
  }),
  rowCount(
    'atdIpAcls',
    'threat detection',
    'ip_access_control_lists',
    'Counts IP access control lists (allow or block lists of IP ranges). Only the number ' +
      'leaves, not the lists or the addresses in them.',
  ),
  stat({
    key: 'atdRateLimiting',
    category: 'threat detection',
    definition:
      'Counts tenants with at least one rate limit turned on (failed logins, password resets, ' +
      'verification, passwordless or two-factor messages). As FusionAuth does on PostgreSQL, ' +
      'this is a text match on the stored settings; only the number of tenants leaves.',
    sinceVersion: OLDEST_KNOWN,
    sql:
      'SELECT count(*) AS value FROM tenants t ' +
      `WHERE (${jsonValue('t.data', ['rateLimitConfiguration'])})::TEXT LIKE '%enabled":true%'`,
    sources: [{ table: 'tenants', columns: ['data'] }],
  }),
  rowCount(
    'entitiesEntityGrants',
    'entities',
    'entity_entity_grants',
    'Counts grants that give one entity (such as a service or device) access to another. ' +
      'Only the number leaves, not the entities or the permissions granted.',
  ),
  rowCount(
    'entitiesPermissions',
    'entities',
    'entity_type_permissions',
    'Counts the permissions defined across all entity types, including the stock ones. Only ' +
      'the number leaves, not the permission names.',
  ),
  rowCount(
    'entitiesTypeNumber',
    'entities',
    'entity_types',
    'Counts entity types, including the stock ones FusionAuth creates. Only the number ' +
      'leaves, not the type names.',
  ),
  ...integrationMetrics,
  ...messengerMetrics,
  ...mfaMetrics,
  rowCount(
    'instanceNodes',
    'instance',
    'nodes',
    'Counts the FusionAuth server nodes currently registered in the database (each running ' +
      'node keeps its own row). Only the number leaves, not node addresses or platforms.',
  ),
  stat({
    key: 'instanceDailyActiveUsers',
    category: 'instance',
    definition:
      'The number of distinct users active on the latest day recorded in the daily-active-user ' +
      "report (usually today so far, in the report's time zone). It is one aggregate with no " +
      'user detail; it is left out when no day has been recorded.',
    sinceVersion: OLDEST_KNOWN,
    valueKind: 'integer',
    sql: 'SELECT g.count AS value FROM global_daily_active_users g ORDER BY g.day DESC LIMIT 1',
    sources: [{ table: 'global_daily_active_users', columns: ['count', 'day'] }],
  }),
  stat({
    key: 'instanceFirstTimeSetupProgress',
    category: 'instance',
    definition:
      'Four yes/no answers about the first-time setup checklist: whether an API key and an ' +
      'application were created, email was configured and a license was activated. No ids, ' +
      'names or license text leave.',
    sinceVersion: INSTANCE_DATA,
    valueKind: 'setupProgress',
    resultShape: 'setupProgress',
    sql:
      `SELECT ${setupStep('apiKeyId')} IS NOT NULL AS "apiKeyConfigured", ` +
      `${setupStep('applicationId')} IS NOT NULL AS "applicationConfigured", ` +
      `COALESCE(${setupStep('emailConfigured')}, 'false') = 'true' AS "emailConfigured", ` +
      `COALESCE(${setupStep('licenseActivated')}, 'false') = 'true' AS "licenseActivated" ` +
      'FROM "instance" i',
    sources: [{ table: 'instance', columns: ['data'] }],
  }),
].sort((left, right) => (left.key < right.key ? -1 : 1));

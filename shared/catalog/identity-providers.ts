/**
 * The three stats about identity providers linked to applications (collector.md rows 18-20):
 * two lists of `{ idp, count }` by provider type and one count of providers with a lambda.
 */
import { activeAndLoggedIn } from './sql.ts';
import type { MetricDefinition, SourceTable, SqlMetric, SqlVariant } from './types.ts';

/** identity_providers_applications and identity_providers were both in the 1.17.0 schema. */
const OLDEST_SCHEMA = '1.17.0';

/** identity_providers.tenants_id (tenant-scoped providers) is read by 1.69.2, not in 1.60.2. */
const TENANT_PROVIDERS = '1.69.0';

const RECENT =
  'Only links to active applications that had at least one login in the 7 days before ' +
  'collection are counted, and whether the provider itself is enabled is not checked.';

const TYPES_ONLY =
  'Only provider types (such as Google or OpenIDConnect) and counts leave the server; no ' +
  'provider names, ids, client ids or secrets.';

/** The three-way join every stat here uses, with the AF filter on the application. */
function linkedProviders(select: string, conditions: string[], groupByType: boolean): string {
  return [
    select,
    'FROM applications a',
    'JOIN identity_providers_applications ipa ON ipa.applications_id = a.id',
    'JOIN identity_providers ip ON ip.id = ipa.identity_providers_id',
    `WHERE ${['ipa.enabled = TRUE', ...conditions, activeAndLoggedIn('a')].join('\n  AND ')}`,
    ...(groupByType ? ['GROUP BY ip.type', 'ORDER BY ip.type'] : []),
  ].join('\n');
}

function linkSources(providerColumns: string[]): SourceTable[] {
  return [
    { table: 'applications', columns: ['id', 'active'] },
    {
      table: 'identity_providers_applications',
      columns: ['applications_id', 'identity_providers_id', 'enabled'],
    },
    { table: 'identity_providers', columns: ['id', ...providerColumns] },
    { table: 'application_daily_active_users', columns: ['applications_id', 'day'] },
  ];
}

/** Enabled application-provider links counted per provider type. */
function linksByType(tenantCondition: string | null, note?: string): SqlVariant {
  const variant: SqlVariant = {
    sql: linkedProviders(
      'SELECT ip.type AS idp, count(*) AS count',
      tenantCondition === null ? [] : [tenantCondition],
      true,
    ),
    usesCutoff: true,
    sources: linkSources(tenantCondition === null ? ['type'] : ['type', 'tenants_id']),
  };

  return note === undefined ? variant : { ...variant, note };
}

const enabledIdentityProviders: SqlMetric = {
  key: 'applicationEnabledIdentityProviders',
  category: 'identity providers',
  definition:
    'For each identity provider type, the number of enabled links between a global (not ' +
    `tenant-scoped) identity provider and an application. ${RECENT} ${TYPES_ONLY}`,
  valueKind: 'idpList',
  origin: 'database',
  activityFilter: 'active-and-logged-in',
  resultShape: 'idpList',
  sinceVersion: OLDEST_SCHEMA,
  variants: [
    linksByType('ip.tenants_id IS NULL'),
    linksByType(
      null,
      'Before tenant-scoped identity providers (no identity_providers.tenants_id column) ' +
        'every provider is global, so every enabled link is counted.',
    ),
  ],
};

const enabledIdentityProvidersWithLambdas: SqlMetric = {
  key: 'applicationEnabledIdentityProvidersWithLambdas',
  category: 'identity providers',
  definition:
    'Number of enabled links between an application and an identity provider, global or ' +
    `tenant-scoped, whose provider runs a reconcile lambda. ${RECENT} A count only; no ` +
    'provider names, ids or lambda code leave the server.',
  valueKind: 'count',
  origin: 'database',
  activityFilter: 'active-and-logged-in',
  resultShape: 'scalar',
  sinceVersion: OLDEST_SCHEMA,
  variants: [
    {
      sql: linkedProviders(
        'SELECT count(*) AS value',
        ['ip.reconcile_lambdas_id IS NOT NULL'],
        false,
      ),
      usesCutoff: true,
      sources: linkSources(['reconcile_lambdas_id']),
    },
  ],
};

const enabledTenantIdentityProviders: SqlMetric = {
  key: 'applicationEnabledTenantIdentityProviders',
  category: 'identity providers',
  definition:
    'For each identity provider type, the number of enabled links between a tenant-scoped ' +
    `identity provider and an application. ${RECENT} ${TYPES_ONLY}`,
  valueKind: 'idpList',
  origin: 'database',
  activityFilter: 'active-and-logged-in',
  resultShape: 'idpList',
  sinceVersion: TENANT_PROVIDERS,
  variants: [linksByType('ip.tenants_id IS NOT NULL')],
};

export const identityProviderMetrics: MetricDefinition[] = [
  enabledIdentityProviders,
  enabledIdentityProvidersWithLambdas,
  enabledTenantIdentityProviders,
];

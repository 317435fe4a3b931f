/**
 * The 21 stats FusionAuth takes from its configuration, its JVM, its license or its search
 * engine rather than from SQL (collector.md §2, fusionauth.md §3).
 */
import type { ConfigMetric, MetricDefinition, RuntimeMetric } from './types.ts';

const CONFIG_ONLY =
  'It is a setting of the FusionAuth server, not data about users; it reveals how the ' +
  'server is tuned, nothing more.';

function setting(
  entry: Omit<ConfigMetric, 'origin' | 'category' | 'sinceVersion'> & { sinceVersion?: string },
): ConfigMetric {
  return { origin: 'configuration', category: 'instance', sinceVersion: '1.55.0', ...entry };
}

const configurationMetrics: ConfigMetric[] = [
  setting({
    key: 'installationType',
    definition:
      'The installation type FusionAuth was started with (property ' +
      'fusionauth-app.installation-type), normally "standard". A single word. ' +
      CONFIG_ONLY,
    valueKind: 'enum',
    properties: ['fusionauth-app.installation-type'],
    parser: 'string',
    defaultValue: 'standard',
    sinceVersion: '1.69.0',
  }),
  setting({
    key: 'instanceDatabaseConnectionTimeout',
    definition:
      'How long, in milliseconds, FusionAuth waits for a database connection from its pool ' +
      '(database.connection-timeout). ' +
      CONFIG_ONLY,
    valueKind: 'integer',
    properties: ['database.connection-timeout'],
    parser: 'integer',
    defaultValue: 2000,
  }),
  setting({
    key: 'instanceDatabaseIdleTimeout',
    definition:
      'How long, in milliseconds, an unused database connection may stay open ' +
      '(database.idle-timeout). ' +
      CONFIG_ONLY,
    valueKind: 'integer',
    properties: ['database.idle-timeout'],
    parser: 'integer',
    defaultValue: 120000,
  }),
  setting({
    key: 'instanceDatabaseMaxLifetime',
    definition:
      'The longest time, in milliseconds, a database connection is kept before it is ' +
      'replaced (database.max-lifetime). ' +
      CONFIG_ONLY,
    valueKind: 'integer',
    properties: ['database.max-lifetime'],
    parser: 'integer',
    defaultValue: 240000,
  }),
  setting({
    key: 'instanceDatabaseMaximumPoolSize',
    definition:
      'The largest number of database connections FusionAuth keeps open ' +
      '(database.maximum-pool-size). ' +
      CONFIG_ONLY,
    valueKind: 'integer',
    properties: ['database.maximum-pool-size'],
    parser: 'integer',
    defaultValue: 20,
    defaultNote:
      'The 1.69.2 code passes 20 when the property is unset; the configuration reference ' +
      'says 10 and the published example payloads show 10.',
  }),
  setting({
    key: 'instanceDatabaseMinimumIdle',
    definition:
      'The number of idle database connections FusionAuth tries to keep ready ' +
      '(database.minimum-idle). ' +
      CONFIG_ONLY,
    valueKind: 'integer',
    properties: ['database.minimum-idle'],
    parser: 'integer',
    defaultValue: 10,
    defaultNote:
      'The 1.69.2 code passes 10 when the property is unset; the configuration reference ' +
      'says "unset" and the published example payloads show -1, which appears to mean unset.',
  }),
  setting({
    key: 'instanceDatabaseMysqlEnforceUtf8mb4',
    definition:
      'Whether FusionAuth insists on the utf8mb4 character set on MySQL ' +
      '(database.mysql.enforce-utf8mb4). Reported on PostgreSQL too, where it has no effect. ' +
      CONFIG_ONLY,
    valueKind: 'boolean',
    properties: ['database.mysql.enforce-utf8mb4'],
    parser: 'boolean',
    defaultValue: true,
  }),
  setting({
    key: 'instanceFusionauthAppHttpReadTimeout',
    definition:
      "The read timeout, in milliseconds, of FusionAuth's outgoing HTTP calls " +
      '(fusionauth-app.http.read-timeout). ' +
      CONFIG_ONLY,
    valueKind: 'integer',
    properties: ['fusionauth-app.http.read-timeout'],
    parser: 'integer',
    defaultValue: 20000,
    defaultNote:
      'The configuration reference says 20000; both published example payloads show 0, so ' +
      'an unset property may be reported as 0.',
  }),
  setting({
    key: 'instanceFusionauthAppLocalMetricsEnabled',
    definition:
      'Whether the Prometheus metrics and status endpoints answer localhost without an API ' +
      'key (fusionauth-app.local-metrics.enabled). ' +
      CONFIG_ONLY,
    valueKind: 'boolean',
    properties: ['fusionauth-app.local-metrics.enabled'],
    parser: 'boolean',
    defaultValue: false,
  }),
  setting({
    key: 'instanceFusionauthAppReindexBatchSize',
    definition:
      'How many users FusionAuth sends to the search index per batch when it rebuilds the ' +
      'index (fusionauth-app.reindex-batch-size). ' +
      CONFIG_ONLY,
    valueKind: 'integer',
    properties: ['fusionauth-app.reindex-batch-size'],
    parser: 'integer',
    defaultValue: 1000,
  }),
  setting({
    key: 'instanceFusionauthAppReindexThreadCount',
    definition:
      'How many threads rebuild the search index (fusionauth-app.reindex-thread-count). ' +
      CONFIG_ONLY,
    valueKind: 'integer',
    properties: ['fusionauth-app.reindex-thread-count'],
    parser: 'integer',
    defaultValue: 4,
    defaultNote: 'The 1.69.2 code uses 4 when unset; the configuration reference says 2.',
  }),
  setting({
    key: 'instanceFusionauthAppSearchDefaultRefreshInterval',
    definition:
      'The refresh interval FusionAuth asks of its search index, such as "1s" ' +
      '(fusionauth-app.search.default-refresh-interval). ' +
      CONFIG_ONLY,
    valueKind: 'enum',
    properties: ['fusionauth-app.search.default-refresh-interval'],
    parser: 'string',
    defaultValue: '1s',
  }),
  setting({
    key: 'instanceFusionauthSearchHostsCount',
    definition:
      'How many search servers are listed in search.servers (a count of the comma-separated ' +
      'URLs; the URLs themselves are not sent). The default list has one entry, even when ' +
      'search runs in the database.',
    valueKind: 'count',
    properties: ['search.servers', 'fusionauth-app.search-servers'],
    parser: 'listCount',
    defaultValue: 'http://localhost:9021',
  }),
  setting({
    key: 'instanceProxyEnabled',
    definition:
      'Whether an outgoing HTTP proxy is configured (true when proxy.host is set). The proxy ' +
      'host name itself is not sent.',
    valueKind: 'boolean',
    properties: ['proxy.host'],
    parser: 'present',
    defaultValue: false,
  }),
  setting({
    key: 'instanceSearchType',
    definition:
      'Which search engine FusionAuth uses for user search: "database" or "elasticsearch" ' +
      '(search.type). ' +
      CONFIG_ONLY,
    valueKind: 'enum',
    properties: [
      'search.type',
      'fusionauth-app.search-engine-type',
      'fusionauth.search.engine',
      'fusionauth.search.engine.type',
    ],
    parser: 'string',
    defaultValue: 'elasticsearch',
    defaultNote:
      'The 1.69.2 code falls back to "elasticsearch"; the configuration reference says ' +
      '"database", and the Docker images set it explicitly.',
  }),
];

function runtime(
  entry: Omit<RuntimeMetric, 'category' | 'sinceVersion'> & { sinceVersion?: string },
): RuntimeMetric {
  return { category: 'instance', sinceVersion: '1.55.0', ...entry };
}

const SET_HINT = 'Supply it with --set';

const runtimeMetrics: RuntimeMetric[] = [
  runtime({
    key: 'instanceCompanyPlan',
    origin: 'license',
    definition:
      'The plan named in the FusionAuth license (for example "Essentials"). Sent only when a ' +
      'valid license is loaded; absent on unlicensed instances.',
    valueKind: 'enum',
    offlineReason:
      'FusionAuth reads the plan from its decoded license at run time; the license text in ' +
      `the database cannot be decoded offline. ${SET_HINT} instanceCompanyPlan=PLAN.`,
  }),
  runtime({
    key: 'instanceLicenseType',
    origin: 'license',
    definition:
      'The license type named in the FusionAuth license ("Production" or ' +
      '"Non-production"). Sent only when a license is loaded; absent on unlicensed instances.',
    valueKind: 'enum',
    offlineReason:
      'FusionAuth reads the type from its decoded license at run time; the license text in ' +
      `the database cannot be decoded offline. ${SET_HINT} instanceLicenseType=TYPE.`,
  }),
  runtime({
    key: 'instanceDatabaseVersion',
    origin: 'runtime',
    definition:
      "The version string of the database server, as FusionAuth's database driver reported " +
      'it at start-up. Identifies the server software version only.',
    valueKind: 'version',
    offlineReason:
      'Read here from the server itself (SHOW server_version); FusionAuth records the JDBC ' +
      "driver's rendering of the same value, whose exact format may differ.",
    derivation: 'databaseServerVersion',
  }),
  runtime({
    key: 'instanceElasticsearchVersion',
    origin: 'runtime',
    definition:
      'The version of the Elasticsearch or OpenSearch cluster, only when search.type is ' +
      'elasticsearch; otherwise absent from the stats (its timing is still recorded).',
    valueKind: 'version',
    offlineReason:
      'FusionAuth asks the search cluster for its version at collection time; this tool ' +
      `contacts nothing but the database. ${SET_HINT} instanceElasticsearchVersion=VERSION.`,
    derivation: 'elasticsearchVersionIfSearchEnabled',
  }),
  runtime({
    key: 'instanceFusionauthAppMemory',
    origin: 'runtime',
    definition:
      'The maximum Java heap of the FusionAuth process, in bytes (follows ' +
      'fusionauth-app.memory, but it is the value the JVM actually applied).',
    valueKind: 'bytes',
    offlineReason:
      'Only the running JVM knows its maximum heap. ' +
      `${SET_HINT} instanceFusionauthAppMemory=BYTES (for 512M: 536870912).`,
  }),
  runtime({
    key: 'instanceJavaVersion',
    origin: 'runtime',
    definition:
      'The version of the Java runtime FusionAuth runs on, such as "21.0.5+11". Identifies ' +
      'software versions only.',
    valueKind: 'version',
    offlineReason:
      'Only the running JVM knows its version (FusionAuth bundles Java 21 from 1.53.0, Java ' +
      `17 for 1.32.0 to 1.52.1). ${SET_HINT} instanceJavaVersion=VERSION.`,
  }),
];

export const instanceConfigurationMetrics: MetricDefinition[] = [
  ...configurationMetrics,
  ...runtimeMetrics,
];

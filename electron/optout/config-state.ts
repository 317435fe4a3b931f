/**
 * What the given configuration files say about opting out: managed mode, FusionAuth's own
 * URL, its egress proxy, its runtime mode and any undocumented phone-home URL overrides.
 * Only the files the user gave are read; the environment FusionAuth really runs with may add
 * to them, and every explanation says so.
 */
import type { OptOutState } from '../../shared/optout/types.ts';
import type { ConfigSources } from '../collector/config/config-sources.ts';

/** The current name first, then the deprecated one (fusionauth.md §1.6). */
const URL_OVERRIDES: readonly (readonly string[])[] = [
  ['fusionauth-app.stats.url', 'fusionauth-stats-url'],
  ['fusionauth-app.metrics.url', 'fusionauth-metrics-url'],
  ['fusionauth-app.license.url', 'fusionauth-license-url'],
  ['fusionauth-app.reactor.url', 'fusionauth-reactor-url'],
];

export const RUNTIME_MODES_THAT_COLLECT = ['development', 'production'];

export function readConfigurationState(sources: ConfigSources): OptOutState['configuration'] {
  const url = sources.lookup(['fusionauth-app.url']);
  const proxyHost = sources.lookup(['proxy.host']);
  const proxyPort = sources.lookup(['proxy.port']);
  const proxyUser = sources.lookup(['proxy.username']);
  const runtimeMode = sources.lookup(['fusionauth-app.runtime-mode', 'fusionauth.runtime-mode']);

  const urlOverrides = URL_OVERRIDES.flatMap((names) => {
    const found = sources.lookup(names);

    return found === null
      ? []
      : [{ property: names[0] ?? '', value: found.value, origin: found.origin }];
  });

  return {
    files: [...sources.files],
    fusionAuthUrl:
      url === null || url.value.trim() === '' ? null : { value: url.value, origin: url.origin },
    proxy:
      proxyHost === null || proxyHost.value.trim() === ''
        ? null
        : {
            host: proxyHost.value.trim(),
            port: proxyPort === null ? null : proxyPort.value.trim(),
            origin: proxyHost.origin,
            authenticated: proxyUser !== null && proxyUser.value !== '',
          },
    runtimeMode:
      runtimeMode === null
        ? { value: 'development', origin: 'default' }
        : { value: runtimeMode.value, origin: runtimeMode.origin },
    urlOverrides,
    warnings: [...sources.warnings],
  };
}

/** fusionauth-app.usage-data-managed, read as Java's Boolean.parseBoolean does. */
export function readManagedState(sources: ConfigSources): OptOutState['managed'] {
  const found = sources.lookup(['fusionauth-app.usage-data-managed']);
  const scope =
    sources.files.length === 0 ? 'no configuration file was given' : 'the given configuration';

  if (found === null) {
    return {
      forced: false,
      value: null,
      origin: null,
      explanation:
        `fusionauth-app.usage-data-managed is not set (${scope}), so it defaults to false. ` +
        'Check the environment FusionAuth really runs with (FUSIONAUTH_APP_USAGE_DATA_MANAGED).',
    };
  }

  const forced = found.value.toLowerCase() === 'true';

  return {
    forced,
    value: found.value,
    origin: found.origin,
    explanation: forced
      ? `fusionauth-app.usage-data-managed=true (${found.origin}) forces usage data collection ` +
        'on, as on FusionAuth Cloud, whatever the stored flag says: the API refuses ' +
        'enabled=false and the wizard checkbox is locked.'
      : `fusionauth-app.usage-data-managed is "${found.value}" (${found.origin}), which ` +
        'FusionAuth reads as false: it does not force collection.',
  };
}

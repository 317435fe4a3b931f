/**
 * An egress proxy: FusionAuth sends all outbound HTTP(S) through proxy.host/proxy.port (since
 * 1.31.0), and the proxy refuses the phone-home names. Only useful if FusionAuth cannot go
 * around the proxy, so direct egress must be closed as well.
 */
import { posixQuote } from '../escape.ts';
import type { EgressGuide, OptOutState } from '../types.ts';
import { type EgressContext, hostNames } from './context.ts';
import { curlMustFail, logFileCommand, verification } from './verification.ts';

const PROXY_HOST_PLACEHOLDER = 'proxy.internal.example';
const PROXY_PORT_PLACEHOLDER = '3128';
const HOST_NAME = /^[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?$|^\[[0-9A-Fa-f:.]+\]$/;

export interface ProxyAddress {
  host: string;
  port: string;
  /** Where it came from: the given configuration, or a placeholder. */
  origin: string | null;
}

/** The configured proxy, if it is a plain host and port; otherwise placeholders. */
export function proxyAddress(state: OptOutState): ProxyAddress {
  const proxy = state.configuration.proxy;
  const port = proxy?.port ?? PROXY_PORT_PLACEHOLDER;
  if (proxy !== null && HOST_NAME.test(proxy.host) && /^\d{1,5}$/.test(port)) {
    return { host: proxy.host, port, origin: proxy.origin };
  }

  return { host: PROXY_HOST_PLACEHOLDER, port: PROXY_PORT_PLACEHOLDER, origin: null };
}

export function squidConfig(context: EgressContext): string {
  return [
    '# Usage Inspector: refuse FusionAuth phone-home hosts. These lines must come before',
    '# any http_access allow line.',
    `acl fusionauth_phone_home dstdomain ${hostNames(context)}`,
    'http_access deny fusionauth_phone_home',
    '',
  ].join('\n');
}

export function fusionAuthProxySettings(proxy: ProxyAddress): { properties: string; env: string } {
  return {
    properties: `proxy.host=${proxy.host}\nproxy.port=${proxy.port}\n`,
    env: `PROXY_HOST=${proxy.host}\nPROXY_PORT=${proxy.port}\n`,
  };
}

/** Squid's access log line for a refused CONNECT to one of the names. */
function deniedPattern(context: EgressContext): string {
  const names = context.hosts.map((host) => host.name.replace(/\./g, '\\.'));

  return `TCP_DENIED/403 .*(${names.join('|')})`;
}

export function buildSquidGuide(context: EgressContext): EgressGuide {
  const proxy = proxyAddress(context.state);
  const settings = fusionAuthProxySettings(proxy);
  const proxyUrl = posixQuote(`http://${proxy.host}:${proxy.port}`);
  const mustFail = [
    '# Through the proxy: refused by Squid (curl exit 56).',
    curlMustFail(context.hosts, { curlOptions: ` -x ${proxyUrl}` }),
    '# Around the proxy: must fail too, or FusionAuth could bypass it.',
    curlMustFail(context.hosts, { curlOptions: ' --noproxy "*"' }),
  ].join('\n');

  return {
    id: 'egress-squid',
    platform: 'squid',
    title: 'Egress proxy (Squid)',
    summary:
      'FusionAuth sends all outbound connections through the proxy, and the proxy refuses ' +
      'the phone-home names.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      'Add the Squid lines to squid.conf before any http_access allow line, then check and ' +
        'reload: squid -k parse && squid -k reconfigure.',
      proxy.origin === null
        ? 'Point FusionAuth at the proxy with proxy.host and proxy.port (fusionauth.properties) ' +
          'or PROXY_HOST and PROXY_PORT (environment); replace the example address. Add ' +
          'proxy.username and proxy.password if the proxy needs them. Restart FusionAuth.'
        : `FusionAuth already uses the proxy ${proxy.host}:${proxy.port} (${proxy.origin}); ` +
          'the settings are shown for reference.',
      'Close direct outbound traffic from the FusionAuth host (firewall, internal network or ' +
        'NetworkPolicy) so the proxy is the only way out: it cannot refuse what does not pass ' +
        'through it.',
    ],
    artifacts: [
      {
        id: 'squid-conf',
        title: 'squid.conf lines',
        format: 'squid',
        text: squidConfig(context),
        placement: 'squid.conf, before any http_access allow',
      },
      {
        id: 'fusionauth-properties',
        title: 'FusionAuth: fusionauth.properties',
        format: 'properties',
        text: settings.properties,
        placement: 'fusionauth.properties',
      },
      {
        id: 'fusionauth-env',
        title: 'FusionAuth: environment',
        format: 'env',
        text: settings.env,
        placement: "FusionAuth's environment (docker-compose, systemd, Kubernetes)",
      },
      {
        id: 'proxy-log',
        title: "Squid's log: refused requests",
        format: 'sh',
        text: `grep -E ${posixQuote(deniedPattern(context))} /var/log/squid/access.log`,
        placement: 'the proxy host',
      },
    ],
    warnings: context.warnings,
    notes: [
      context.choice,
      'FusionAuth uses a configured proxy for all of its outbound connections, the usage ' +
        'and metrics calls included.',
      'Any other proxy with a host-name deny list works the same way.',
    ],
    verification: verification(
      {
        id: 'must-fail',
        title: 'This must fail for every blocked host',
        format: 'sh',
        text: mustFail,
        placement: 'the FusionAuth host',
      },
      logFileCommand('/usr/local/fusionauth/logs/fusionauth-app.log'),
      context.inputs,
    ),
  };
}

/**
 * An Unbound resolver answers NXDOMAIN for the phone-home names with local-zone
 * always_nxdomain (which also covers names under them).
 */
import type { EgressGuide } from '../types.ts';
import type { EgressContext } from './context.ts';
import { logFileCommand, shellMustFail, verification } from './verification.ts';

export const UNBOUND_FILE = '/etc/unbound/unbound.conf.d/fusionauth-phone-home.conf';

export function unboundConfig(context: EgressContext): string {
  return [
    '# Usage Inspector: FusionAuth phone-home hosts do not resolve (NXDOMAIN).',
    'server:',
    ...context.hosts.map((host) => `    local-zone: "${host.name}." always_nxdomain`),
    '',
  ].join('\n');
}

export function buildUnboundGuide(context: EgressContext): EgressGuide {
  return {
    id: 'egress-unbound',
    platform: 'unbound',
    title: 'Unbound',
    summary: 'The resolver FusionAuth uses answers "no such domain" for the phone-home names.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      `Save the configuration as ${UNBOUND_FILE} (Debian and Ubuntu include that directory; ` +
        'elsewhere add an include: line for it to unbound.conf).',
      'Check it and reload Unbound with the second command.',
      'Make sure the FusionAuth host resolves through this Unbound, then restart FusionAuth ' +
        'so Java forgets old answers.',
    ],
    artifacts: [
      {
        id: 'config',
        title: UNBOUND_FILE,
        format: 'unbound',
        text: unboundConfig(context),
        placement: UNBOUND_FILE,
      },
      {
        id: 'apply',
        title: 'Check and apply',
        format: 'sh',
        text: 'sudo unbound-checkconf && sudo systemctl reload unbound',
        placement: 'the Unbound server',
      },
    ],
    warnings: context.warnings,
    notes: [context.choice],
    verification: verification(
      shellMustFail(context.hosts, 'the FusionAuth host'),
      logFileCommand('/usr/local/fusionauth/logs/fusionauth-app.log'),
      context.inputs,
    ),
  };
}

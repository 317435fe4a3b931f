/**
 * A dnsmasq resolver answers NXDOMAIN for the phone-home names: "address=/NAME/" with no
 * address means "no such domain", for IPv4 and IPv6 alike (and for names under it).
 */
import type { EgressGuide } from '../types.ts';
import type { EgressContext } from './context.ts';
import { logFileCommand, shellMustFail, verification } from './verification.ts';

export const DNSMASQ_FILE = '/etc/dnsmasq.d/fusionauth-phone-home.conf';

export function dnsmasqConfig(context: EgressContext): string {
  return [
    '# Usage Inspector: FusionAuth phone-home hosts do not resolve (NXDOMAIN).',
    ...context.hosts.map((host) => `address=/${host.name}/`),
    '',
  ].join('\n');
}

export function buildDnsmasqGuide(context: EgressContext): EgressGuide {
  return {
    id: 'egress-dnsmasq',
    platform: 'dnsmasq',
    title: 'dnsmasq',
    summary: 'The resolver FusionAuth uses answers "no such domain" for the phone-home names.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      `Save the configuration as ${DNSMASQ_FILE} on the dnsmasq server.`,
      'Check it and restart dnsmasq with the second command.',
      'Make sure the FusionAuth host resolves through this dnsmasq (its /etc/resolv.conf, or ' +
        'the DNS of its container network), then restart FusionAuth so Java forgets old answers.',
    ],
    artifacts: [
      {
        id: 'config',
        title: DNSMASQ_FILE,
        format: 'dnsmasq',
        text: dnsmasqConfig(context),
        placement: DNSMASQ_FILE,
      },
      {
        id: 'apply',
        title: 'Check and apply',
        format: 'sh',
        text: 'sudo dnsmasq --test && sudo systemctl restart dnsmasq',
        placement: 'the dnsmasq server',
      },
    ],
    warnings: context.warnings,
    notes: [
      context.choice,
      'Only these exact names (and names under them) are blocked; the rest of fusionauth.io, ' +
        'such as documentation and downloads, still resolves.',
    ],
    verification: verification(
      shellMustFail(context.hosts, 'the FusionAuth host'),
      logFileCommand('/usr/local/fusionauth/logs/fusionauth-app.log'),
      context.inputs,
    ),
  };
}

/**
 * BIND answers NXDOMAIN for the phone-home names through a response policy zone (RPZ): in an
 * RPZ, "NAME CNAME ." means "say this name does not exist".
 */
import type { EgressGuide } from '../types.ts';
import type { EgressContext } from './context.ts';
import { logFileCommand, shellMustFail, verification } from './verification.ts';

export const RPZ_ZONE = 'fusionauth-phone-home.rpz';
export const RPZ_FILE = '/etc/bind/db.fusionauth-phone-home.rpz';

/** The two named.conf pieces: a line for the options block, and the zone itself. */
export function bindOptionsLine(): string {
  return `response-policy { zone "${RPZ_ZONE}"; };`;
}

export function bindZoneStanza(): string {
  return [
    `zone "${RPZ_ZONE}" {`,
    '    type primary;',
    `    file "${RPZ_FILE}";`,
    '    allow-query { none; };',
    '};',
  ].join('\n');
}

export function rpzZoneFile(context: EgressContext): string {
  return [
    '$TTL 300',
    '@ IN SOA localhost. hostmaster.localhost. ( 1 3600 600 86400 300 )',
    '  IN NS  localhost.',
    '; Usage Inspector: FusionAuth phone-home hosts do not resolve (NXDOMAIN).',
    ...context.hosts.map((host) => `${host.name} CNAME .`),
    '',
  ].join('\n');
}

export function buildBindRpzGuide(context: EgressContext): EgressGuide {
  return {
    id: 'egress-bind-rpz',
    platform: 'bind-rpz',
    title: 'BIND (response policy zone)',
    summary: 'A response policy zone makes BIND answer "no such domain" for the phone-home names.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      'Add the response-policy line inside the existing options { } block of named.conf (a ' +
        'second options block is an error; if you already have a response-policy, add the ' +
        'zone to its list).',
      'Add the zone stanza at the top level of named.conf, and save the zone file as ' +
        `${RPZ_FILE}.`,
      'Check both and reload BIND with the last command.',
      'Make sure the FusionAuth host resolves through this BIND, then restart FusionAuth so ' +
        'Java forgets old answers.',
    ],
    artifacts: [
      {
        id: 'options-line',
        title: 'Inside options { }',
        format: 'bind',
        text: bindOptionsLine(),
        placement: 'named.conf (or named.conf.options), inside options { }',
      },
      {
        id: 'zone-stanza',
        title: 'The zone',
        format: 'bind',
        text: bindZoneStanza(),
        placement: 'named.conf (or named.conf.local), top level',
      },
      {
        id: 'zone-file',
        title: RPZ_FILE,
        format: 'bind',
        text: rpzZoneFile(context),
        placement: RPZ_FILE,
      },
      {
        id: 'apply',
        title: 'Check and apply',
        format: 'sh',
        text:
          `sudo named-checkzone ${RPZ_ZONE} ${RPZ_FILE} && sudo named-checkconf && ` +
          'sudo rndc reload',
        placement: 'the BIND server',
      },
    ],
    warnings: context.warnings,
    notes: [
      context.choice,
      'type primary needs BIND 9.16 or later; older versions call it type master.',
    ],
    verification: verification(
      shellMustFail(context.hosts, 'the FusionAuth host'),
      logFileCommand('/usr/local/fusionauth/logs/fusionauth-app.log'),
      context.inputs,
    ),
  };
}

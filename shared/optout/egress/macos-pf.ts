/**
 * macOS pf: a table of the phone-home names (pf resolves them when the rules load) and one
 * quick block rule, in an anchor of their own so /etc/pf.conf only gains two lines.
 */
import type { EgressGuide } from '../types.ts';
import { type EgressContext, hostNames } from './context.ts';
import { logFileCommand, shellMustFail, verification } from './verification.ts';

export const PF_ANCHOR = 'usage-inspector.fusionauth';
export const PF_ANCHOR_FILE = `/etc/pf.anchors/${PF_ANCHOR}`;
export const PF_TABLE = 'fusionauth_phone_home';

export function pfAnchor(context: EgressContext): string {
  return [
    '# Usage Inspector: block traffic to FusionAuth phone-home hosts. pf resolves the names',
    '# when the rules load; refresh the table regularly, since the addresses change.',
    `table <${PF_TABLE}> persist { ${hostNames(context, ', ')} }`,
    `block return out quick to <${PF_TABLE}>`,
    '',
  ].join('\n');
}

export function pfConfLines(): string {
  return [`anchor "${PF_ANCHOR}"`, `load anchor "${PF_ANCHOR}" from "${PF_ANCHOR_FILE}"`, ''].join(
    '\n',
  );
}

export function buildMacosPfGuide(context: EgressContext): EgressGuide {
  const refresh = `sudo pfctl -a ${PF_ANCHOR} -t ${PF_TABLE} -T replace ${hostNames(context)}`;

  return {
    id: 'egress-macos-pf',
    platform: 'macos-pf',
    title: 'macOS pf',
    summary: 'A pf anchor that blocks the phone-home hosts by the addresses their names have.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      `Save the anchor as ${PF_ANCHOR_FILE}.`,
      'Append the two lines to /etc/pf.conf, after the existing anchor lines.',
      'Check, load and enable pf with the apply commands.',
      'Refresh the table regularly (a launchd job running the refresh command) so new ' +
        'addresses are blocked too.',
      'macOS updates may restore /etc/pf.conf: check the two lines after an update.',
    ],
    artifacts: [
      {
        id: 'anchor',
        title: PF_ANCHOR_FILE,
        format: 'pf',
        text: pfAnchor(context),
        placement: PF_ANCHOR_FILE,
      },
      {
        id: 'pf-conf',
        title: 'Lines for /etc/pf.conf',
        format: 'pf',
        text: pfConfLines(),
        placement: 'append to /etc/pf.conf',
      },
      {
        id: 'apply',
        title: 'Check, load and enable',
        format: 'sh',
        text: [
          'sudo pfctl -n -f /etc/pf.conf',
          'sudo pfctl -f /etc/pf.conf',
          'sudo pfctl -e',
          `sudo pfctl -a ${PF_ANCHOR} -t ${PF_TABLE} -T show`,
        ].join('\n'),
        placement: 'the FusionAuth host (macOS)',
      },
      { id: 'refresh', title: 'Refresh the addresses', format: 'sh', text: refresh },
    ],
    warnings: [
      ...context.warnings,
      'pf blocks addresses: other sites that share them are blocked too, and a changed ' +
        'address is only blocked after a refresh. Pair it with the hosts file.',
    ],
    notes: [context.choice, 'pfctl -e says "pf already enabled" when it was; that is fine.'],
    verification: verification(
      shellMustFail(context.hosts, 'the FusionAuth host'),
      logFileCommand('/usr/local/fusionauth/logs/fusionauth-app.log'),
      context.inputs,
    ),
  };
}

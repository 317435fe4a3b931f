/**
 * iptables matches the host name itself: the TLS ClientHello carries it in clear text (SNI),
 * so a string match on port 443 resets the connection before any data is sent. The rules go
 * into their own chain, loaded with --noflush so the rest of the firewall stays as it is.
 */
import type { EgressGuide } from '../types.ts';
import type { EgressContext } from './context.ts';
import { logFileCommand, shellMustFail, verification } from './verification.ts';

export const IPTABLES_CHAIN = 'FUSIONAUTH_PHONE_HOME';
export const IPTABLES_RULES_FILE = '/etc/iptables/fusionauth-phone-home.rules';

/** One file for both iptables-restore and ip6tables-restore. */
export function iptablesRules(context: EgressContext): string {
  return [
    '# Usage Inspector: reset TLS connections that name a FusionAuth phone-home host.',
    `# Load with --noflush: iptables-restore --noflush < ${IPTABLES_RULES_FILE}`,
    '*filter',
    `:${IPTABLES_CHAIN} - [0:0]`,
    ...context.hosts.map(
      (host) =>
        `-A ${IPTABLES_CHAIN} -p tcp --dport 443 -m string --algo bm --string "${host.name}" ` +
        `-m comment --comment "${host.id}" -j REJECT --reject-with tcp-reset`,
    ),
    'COMMIT',
    '',
  ].join('\n');
}

/** Sends host and forwarded (container) traffic through the chain, once, for v4 and v6. */
export function iptablesJumps(): string {
  return [
    'for tool in iptables ip6tables; do',
    '  for chain in OUTPUT FORWARD; do',
    `    "$tool" -C "$chain" -j ${IPTABLES_CHAIN} 2>/dev/null ||`,
    `      "$tool" -I "$chain" 1 -j ${IPTABLES_CHAIN}`,
    '  done',
    'done',
  ].join('\n');
}

export function iptablesApply(): string {
  return [
    `sudo install -D -m 0644 fusionauth-phone-home.rules ${IPTABLES_RULES_FILE}`,
    `sudo iptables-restore --test --noflush < ${IPTABLES_RULES_FILE}`,
    `sudo iptables-restore --noflush < ${IPTABLES_RULES_FILE}`,
    `sudo ip6tables-restore --noflush < ${IPTABLES_RULES_FILE}`,
  ].join('\n');
}

export function buildIptablesGuide(context: EgressContext): EgressGuide {
  return {
    id: 'egress-iptables',
    platform: 'iptables',
    title: 'iptables (Linux)',
    summary:
      'Reset any TLS connection whose ClientHello names a phone-home host, whatever its address.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      'Save the rules as fusionauth-phone-home.rules and run the apply commands as root.',
      'Then run the jump commands as root: they send local and forwarded traffic through the ' +
        'chain, and do nothing if that is already the case.',
      'Save the firewall so it survives a reboot (for example netfilter-persistent save on ' +
        'Debian and Ubuntu).',
    ],
    artifacts: [
      {
        id: 'rules',
        title: 'fusionauth-phone-home.rules',
        format: 'iptables',
        text: iptablesRules(context),
        placement: IPTABLES_RULES_FILE,
      },
      {
        id: 'apply',
        title: 'Check and load (IPv4 and IPv6)',
        format: 'sh',
        text: iptablesApply(),
        placement: 'the FusionAuth host (or the router in front of it)',
      },
      {
        id: 'jumps',
        title: 'Send traffic through the chain',
        format: 'sh',
        text: `sudo sh -c '\n${iptablesJumps()}\n'`,
        placement: 'the FusionAuth host (or the router in front of it)',
      },
    ],
    warnings: [
      ...context.warnings,
      "The match needs the name in one packet in clear text. It works for FusionAuth's " +
        'direct HTTPS calls (Java sends the name in the TLS handshake) but not through an ' +
        'egress proxy on another port, and would miss a handshake split across packets: pair ' +
        'it with a DNS block.',
    ],
    notes: [
      context.choice,
      'Every packet to port 443 is searched for the names, which costs some CPU on busy hosts.',
    ],
    verification: verification(
      shellMustFail(context.hosts, 'the FusionAuth host'),
      logFileCommand('/usr/local/fusionauth/logs/fusionauth-app.log'),
      context.inputs,
    ),
  };
}

/**
 * nftables cannot match a host name, so the ruleset rejects traffic to two address sets, and a
 * small script fills them from DNS. It runs from cron because the hosts' addresses change.
 * Both the output hook (FusionAuth on the host) and forward (containers, VMs) are covered.
 */
import type { EgressGuide } from '../types.ts';
import { type EgressContext, hostNames } from './context.ts';
import { logFileCommand, shellMustFail, verification } from './verification.ts';

export const NFT_TABLE = 'fusionauth_phone_home';
export const NFT_RULESET_FILE = '/etc/nftables.d/fusionauth-phone-home.nft';
export const NFT_REFRESH_SCRIPT = '/usr/local/sbin/refresh-fusionauth-phone-home';

function rejectRules(): string[] {
  return [
    '    ip daddr @blocked_v4 counter reject with icmpx type admin-prohibited',
    '    ip6 daddr @blocked_v6 counter reject with icmpx type admin-prohibited',
  ];
}

/** The ruleset; loading it again replaces the table (create, delete, define). */
export function nftRuleset(): string {
  return [
    '#!/usr/sbin/nft -f',
    '# Usage Inspector: reject traffic to the addresses of FusionAuth phone-home hosts.',
    `# ${NFT_REFRESH_SCRIPT} fills the sets.`,
    `table inet ${NFT_TABLE}`,
    `delete table inet ${NFT_TABLE}`,
    '',
    `table inet ${NFT_TABLE} {`,
    '  set blocked_v4 {',
    '    type ipv4_addr',
    '  }',
    '',
    '  set blocked_v6 {',
    '    type ipv6_addr',
    '  }',
    '',
    '  chain output {',
    '    type filter hook output priority filter; policy accept;',
    ...rejectRules(),
    '  }',
    '',
    '  chain forward {',
    '    type filter hook forward priority filter; policy accept;',
    ...rejectRules(),
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Resolves each host and adds its addresses. Sinkhole answers (0.0.0.0, ::, loopback,
 * v4-mapped) are skipped: they would block the machine itself, not FusionAuth's servers.
 */
export function nftRefreshScript(context: EgressContext): string {
  return [
    '#!/bin/sh',
    '# Usage Inspector: add the current addresses of FusionAuth phone-home hosts to the',
    `# nftables sets of table inet ${NFT_TABLE}. Addresses are only ever added.`,
    'set -eu',
    `for host in ${hostNames(context)}; do`,
    `  for address in $(getent ahostsv4 "$host" | awk '{ print $1 }' | sort -u); do`,
    '    case "$address" in 0.0.0.0 | 127.*) continue ;; esac',
    `    nft add element inet ${NFT_TABLE} blocked_v4 "{ $address }"`,
    '  done',
    `  for address in $(getent ahostsv6 "$host" | awk '{ print $1 }' | sort -u); do`,
    '    case "$address" in :: | ::1 | ::ffff:*) continue ;; esac',
    `    nft add element inet ${NFT_TABLE} blocked_v6 "{ $address }"`,
    '  done',
    'done',
    '',
  ].join('\n');
}

export function nftInstallCommands(): string {
  return [
    `sudo install -m 0755 refresh-fusionauth-phone-home ${NFT_REFRESH_SCRIPT}`,
    `sudo install -D -m 0644 fusionauth-phone-home.nft ${NFT_RULESET_FILE}`,
    `sudo nft -c -f ${NFT_RULESET_FILE} && sudo nft -f ${NFT_RULESET_FILE}`,
    `sudo ${NFT_REFRESH_SCRIPT}`,
    `echo '*/30 * * * * root ${NFT_REFRESH_SCRIPT}' | sudo tee /etc/cron.d/fusionauth-phone-home`,
    `sudo nft list table inet ${NFT_TABLE}`,
  ].join('\n');
}

export function buildNftablesGuide(context: EgressContext): EgressGuide {
  return {
    id: 'egress-nftables',
    platform: 'nftables',
    title: 'nftables (Linux)',
    summary:
      'Reject traffic to the current addresses of the phone-home hosts, refreshed every 30 ' +
      'minutes from DNS.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      'Save the ruleset as fusionauth-phone-home.nft and the script as ' +
        'refresh-fusionauth-phone-home, then run the install commands as root.',
      'The ruleset loads empty sets; the script fills them right after, and cron keeps adding ' +
        'new addresses.',
      `To survive a reboot, add include "${NFT_RULESET_FILE}" to /etc/nftables.conf, and run ` +
        'the script after nftables starts.',
      'Run the refresh before any DNS block on this same host: with the names sinkholed it ' +
        'finds no real address to add.',
    ],
    artifacts: [
      {
        id: 'ruleset',
        title: 'fusionauth-phone-home.nft',
        format: 'nftables',
        text: nftRuleset(),
        placement: NFT_RULESET_FILE,
      },
      {
        id: 'refresh-script',
        title: 'refresh-fusionauth-phone-home',
        format: 'sh',
        text: nftRefreshScript(context),
        placement: NFT_REFRESH_SCRIPT,
      },
      {
        id: 'install',
        title: 'Install, load, fill and schedule',
        format: 'sh',
        text: nftInstallCommands(),
        placement: 'the FusionAuth host (or the router in front of it)',
      },
    ],
    warnings: [
      ...context.warnings,
      'These hosts sit behind shared cloud addresses that change: blocking by address can ' +
        'also block other sites on the same addresses, and a new address is only blocked ' +
        'after the next refresh. Pair it with a DNS block for names.',
    ],
    notes: [
      context.choice,
      'Reject rather than drop: FusionAuth fails at once instead of waiting out its 4-second ' +
        'timeouts.',
      "dnsmasq's nftset= option can fill the same sets at resolution time instead of cron.",
    ],
    verification: verification(
      shellMustFail(context.hosts, 'the FusionAuth host'),
      logFileCommand('/usr/local/fusionauth/logs/fusionauth-app.log'),
      context.inputs,
    ),
  };
}

/**
 * The simplest block: the hosts file makes the names resolve to nowhere (0.0.0.0 and ::), on
 * Linux and macOS (/etc/hosts) and on Windows (drivers\etc\hosts).
 */
import { powershellQuote } from '../escape.ts';
import type { EgressGuide } from '../types.ts';
import { type EgressContext } from './context.ts';
import {
  logFileCommand,
  powershellLogCommand,
  powershellMustFail,
  shellMustFail,
  verification,
} from './verification.ts';

const MARKER = '# Usage Inspector: FusionAuth phone-home hosts resolve to nowhere.';

/** The lines themselves; IPv6 too, so no AAAA answer from DNS gets around them. */
export function hostsLines(context: EgressContext): string[] {
  return [MARKER, ...context.hosts.flatMap((host) => [`0.0.0.0 ${host.name}`, `:: ${host.name}`])];
}

const SINKHOLE_NOTE =
  'Connections to 0.0.0.0 go to the machine itself; even if something listens on port 443 ' +
  "there, FusionAuth's TLS check fails for these names, so nothing is sent.";

export function buildUnixHostsGuide(context: EgressContext): EgressGuide {
  const lines = hostsLines(context);

  return {
    id: 'egress-hosts',
    platform: 'hosts',
    title: 'Hosts file (Linux, macOS)',
    summary: 'Point the phone-home names at 0.0.0.0 and :: in /etc/hosts on the FusionAuth host.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      'Run the append command as root on the FusionAuth host (it starts with an empty line in ' +
        'case the file does not end with one).',
      'macOS: flush the resolver cache with the second command.',
      'Restart FusionAuth: Java may keep names it already resolved.',
      "Containers do not read the host's /etc/hosts: for Docker use the Docker tab " +
        "(extra_hosts), for Kubernetes the pod's hostAliases or the NetworkPolicy tab.",
    ],
    artifacts: [
      {
        id: 'hosts-lines',
        title: 'Lines for /etc/hosts',
        format: 'hosts',
        text: `${lines.join('\n')}\n`,
        placement: 'append to /etc/hosts',
      },
      {
        id: 'append',
        title: 'Append them',
        format: 'sh',
        text: `sudo tee -a /etc/hosts >/dev/null <<'EOF'\n\n${lines.join('\n')}\nEOF`,
        placement: 'the FusionAuth host',
      },
      {
        id: 'flush-macos',
        title: 'macOS: flush the DNS cache',
        format: 'sh',
        text: 'sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder',
        placement: 'the FusionAuth host (macOS)',
      },
    ],
    warnings: context.warnings,
    notes: [context.choice, SINKHOLE_NOTE],
    verification: verification(
      shellMustFail(context.hosts, 'the FusionAuth host'),
      logFileCommand('/usr/local/fusionauth/logs/fusionauth-app.log'),
      context.inputs,
    ),
  };
}

export function buildWindowsHostsGuide(context: EgressContext): EgressGuide {
  const lines = hostsLines(context);
  const values = ['', ...lines].map((line) => `  ${powershellQuote(line)}`).join(',\n');

  return {
    id: 'egress-hosts-windows',
    platform: 'hosts-windows',
    title: 'Hosts file (Windows)',
    summary:
      'Point the phone-home names at 0.0.0.0 and :: in ' +
      '%SystemRoot%\\System32\\drivers\\etc\\hosts.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      'Open PowerShell as Administrator on the FusionAuth host and run the command (it adds ' +
        'an empty line first in case the file does not end with one).',
      'Restart the FusionAuth service: Java may keep names it already resolved.',
    ],
    artifacts: [
      {
        id: 'hosts-lines',
        title: 'Lines for the hosts file',
        format: 'hosts',
        text: `${lines.join('\r\n')}\r\n`,
        placement: 'append to %SystemRoot%\\System32\\drivers\\etc\\hosts',
      },
      {
        id: 'append',
        title: 'Append them and flush the DNS cache',
        format: 'powershell',
        text:
          "$hostsFile = Join-Path $env:SystemRoot 'System32\\drivers\\etc\\hosts'\n" +
          `Add-Content -Path $hostsFile -Encoding ascii -Value @(\n${values}\n)\n` +
          'ipconfig /flushdns',
        placement: 'PowerShell as Administrator on the FusionAuth host',
      },
    ],
    warnings: context.warnings,
    notes: [context.choice, SINKHOLE_NOTE],
    verification: verification(
      powershellMustFail(context.hosts),
      powershellLogCommand(),
      context.inputs,
    ),
  };
}

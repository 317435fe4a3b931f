/**
 * Windows Defender Firewall blocks by address, not by name, so the script resolves the hosts
 * (ignoring the hosts file, which may already sinkhole them) and replaces one outbound rule.
 */
import { powershellQuote } from '../escape.ts';
import type { EgressGuide } from '../types.ts';
import type { EgressContext } from './context.ts';
import { powershellLogCommand, powershellMustFail, verification } from './verification.ts';

export const WINDOWS_RULE_NAME = 'Usage Inspector: FusionAuth phone-home';

export function windowsFirewallScript(context: EgressContext): string {
  const names = context.hosts.map((host) => powershellQuote(host.name)).join(', ');

  return [
    '# Usage Inspector: block outbound traffic to the current addresses of FusionAuth',
    '# phone-home hosts. Run as Administrator, and again regularly: the addresses change.',
    `$names = @(${names})`,
    '$addresses = foreach ($name in $names) {',
    "  foreach ($type in 'A', 'AAAA') {",
    '    Resolve-DnsName -Name $name -Type $type -DnsOnly -NoHostsFile ' +
      '-ErrorAction SilentlyContinue |',
    '      Where-Object { $_.IPAddress } | ForEach-Object { $_.IPAddress }',
    '  }',
    '}',
    '$addresses = @($addresses | Sort-Object -Unique)',
    'if ($addresses.Count -eq 0) {',
    "  throw 'No address resolved; nothing blocked. Check DNS and run again.'",
    '}',
    `$ruleName = ${powershellQuote(WINDOWS_RULE_NAME)}`,
    'Remove-NetFirewallRule -DisplayName $ruleName -ErrorAction SilentlyContinue',
    'New-NetFirewallRule -DisplayName $ruleName -Direction Outbound -Action Block ' +
      '-RemoteAddress $addresses -Profile Any | Out-Null',
    '"Blocked $($addresses.Count) addresses of $($names.Count) hosts."',
  ].join('\n');
}

export function buildWindowsFirewallGuide(context: EgressContext): EgressGuide {
  const rule = powershellQuote(WINDOWS_RULE_NAME);

  return {
    id: 'egress-windows-firewall',
    platform: 'windows-firewall',
    title: 'Windows Defender Firewall',
    summary: 'One outbound block rule for the current addresses of the phone-home hosts.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      'Save the script as Block-FusionAuthPhoneHome.ps1 and run it in PowerShell as ' +
        'Administrator on the FusionAuth host.',
      'Schedule it (Task Scheduler, every 30 minutes, highest privileges): each run ' +
        'replaces the rule with the addresses the names have now.',
      'Show the rule with the second command.',
    ],
    artifacts: [
      {
        id: 'script',
        title: 'Block-FusionAuthPhoneHome.ps1',
        format: 'powershell',
        text: windowsFirewallScript(context),
        placement: 'PowerShell as Administrator on the FusionAuth host',
      },
      {
        id: 'show',
        title: 'Show the rule and its addresses',
        format: 'powershell',
        text: `Get-NetFirewallRule -DisplayName ${rule} | Get-NetFirewallAddressFilter`,
        placement: 'PowerShell on the FusionAuth host',
      },
      {
        id: 'remove',
        title: 'Remove the rule (opting back in)',
        format: 'powershell',
        text: `Remove-NetFirewallRule -DisplayName ${rule}`,
        placement: 'PowerShell as Administrator on the FusionAuth host',
      },
    ],
    warnings: [
      ...context.warnings,
      'These hosts sit behind shared cloud addresses that change: the rule can also block ' +
        'other sites on the same addresses, and a new address is only blocked after the next ' +
        'run. Pair it with the hosts file (Hosts file, Windows tab).',
    ],
    notes: [context.choice],
    verification: verification(
      powershellMustFail(context.hosts),
      powershellLogCommand(),
      context.inputs,
    ),
  };
}

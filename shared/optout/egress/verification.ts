/**
 * How to prove a block works: a request from FusionAuth's place that must fail, what FusionAuth
 * logs when it cannot reach its stats server, and a later re-run of the inspector.
 */
import { posixQuote, powershellQuote } from '../escape.ts';
import type { PhoneHomeHost } from '../hosts.ts';
import type { Artifact, OptOutInputs, Verification } from '../types.ts';

/**
 * Matches the three WARN messages of the usage agent seen in the 1.69.2 code ("Unable to call
 * the current stats endpoint with head request", "Unable to fetch the current stats ...",
 * "Unable to call the stats endpoint"). Other versions may word them differently.
 */
export const STATS_LOG_PATTERN = 'Unable to (call|fetch) the (current )?stats';

export const LOG_CHECK =
  'FusionAuth logs a WARN line when its usage agent cannot reach usage-stats.fusionauth.io. ' +
  'In the 1.69.2 code these lines begin "Unable to call the current stats endpoint with ' +
  'head request", "Unable to fetch the current stats" or "Unable to call the stats ' +
  'endpoint"; other versions may word them differently, so look for WARN lines about the ' +
  'stats endpoint. The agent runs about every 8 hours (479 minutes), on the master node, ' +
  'and only while usage data is on or managed: with the flag off there is no such line at ' +
  'all, and with the flag on the line shows the block is doing the work. Failures to reach ' +
  'metrics.fusionauth.io are logged only at DEBUG level, so they leave no line by default.';

export const MUST_FAIL_EXPECTATION =
  'Every line must read "blocked". The curl exit code says how: 6 the name did not resolve ' +
  '(DNS block), 7 the connection was refused or rejected, 28 it timed out (dropped), 35 the ' +
  'TLS handshake was cut (name filter), 56 the proxy refused. "NOT BLOCKED" means the host ' +
  'is still reachable from there; the test request itself carries no FusionAuth data.';

/** Shell: try each host over HTTPS, as FusionAuth would, and say whether it got through. */
export function curlMustFail(
  hosts: readonly PhoneHomeHost[],
  options: { prefix?: string; curlOptions?: string } = {},
): string {
  const names = hosts.map((host) => host.name).join(' ');
  const curl = `${options.prefix ?? ''}curl -sS -o /dev/null -m 10${options.curlOptions ?? ''}`;

  return [
    `for host in ${names}; do`,
    `  if ${curl} "https://$host/"; then`,
    '    echo "NOT BLOCKED: $host answered"',
    '  else',
    '    echo "blocked: $host (curl exit $?)"',
    '  fi',
    'done',
  ].join('\n');
}

export function shellMustFail(hosts: readonly PhoneHomeHost[], where: string): Artifact {
  return {
    id: 'must-fail',
    title: 'This must fail for every blocked host',
    format: 'sh',
    text: curlMustFail(hosts),
    placement: where,
  };
}

export function powershellMustFail(hosts: readonly PhoneHomeHost[]): Artifact {
  const names = hosts.map((host) => powershellQuote(host.name)).join(', ');

  return {
    id: 'must-fail',
    title: 'This must fail for every blocked host',
    format: 'powershell',
    text: [
      `foreach ($name in @(${names})) {`,
      '  $test = Test-NetConnection -ComputerName $name -Port 443 -WarningAction SilentlyContinue',
      '  if ($test.TcpTestSucceeded) { "NOT BLOCKED: $name answered" } else { "blocked: $name" }',
      '}',
    ].join('\n'),
    placement: 'PowerShell on the FusionAuth host',
  };
}

/** grep for the agent's warnings in a log file, or in the output of a log command. */
export function logFileCommand(path: string): Artifact {
  return {
    id: 'log-check',
    title: "Look for the usage agent's warnings",
    format: 'sh',
    text:
      `# The log of a package install; adjust the path to your installation.\n` +
      `grep -E ${posixQuote(STATS_LOG_PATTERN)} ${posixQuote(path)}`,
    placement: 'the FusionAuth host',
  };
}

export function logPipeCommand(source: string, placement: string): Artifact {
  return {
    id: 'log-check',
    title: "Look for the usage agent's warnings",
    format: 'sh',
    text: `${source} 2>&1 | grep -E ${posixQuote(STATS_LOG_PATTERN)}`,
    placement,
  };
}

export function powershellLogCommand(): Artifact {
  return {
    id: 'log-check',
    title: "Look for the usage agent's warnings",
    format: 'powershell',
    text:
      '# Adjust the path to the logs folder of your FusionAuth installation.\n' +
      "Select-String -Path 'C:\\fusionauth\\logs\\*.log' " +
      `-Pattern ${powershellQuote(STATS_LOG_PATTERN)}`,
    placement: 'PowerShell on the FusionAuth host',
  };
}

export const DATABASE_URL_PLACEHOLDER = 'postgres://USER@HOST:5432/fusionauth';

export const INSPECTOR_CHECK =
  'Note the time you applied the block. After the next agent run (up to 8 hours) and the ' +
  'next daily collection (00:31), run the inspector again: usage-inspector history must show ' +
  'no usage_stats row marked sent with a collection time after that moment. If usage data ' +
  'is still on, new rows appear with sent = false: they are queued, not sent, and stay ' +
  'queued while the block holds. usage-inspector optout shows the same last-sent time, and ' +
  "the stat list's last-checked time stops moving (FusionAuth updates it only after " +
  'reaching its stats server).';

export function inspectorCommand(inputs: OptOutInputs): Artifact {
  const database = inputs.historyDatabaseUrl ?? DATABASE_URL_PLACEHOLDER;

  return {
    id: 'inspector-check',
    title: 'Later: no new row marked sent',
    format: 'sh',
    text:
      '# The password is not in the URL: set PGPASSWORD first.\n' +
      `usage-inspector history --db ${posixQuote(database)}\n` +
      `usage-inspector optout --db ${posixQuote(database)}`,
    placement: 'where you run the inspector',
  };
}

export function verification(
  mustFail: Artifact,
  logCommand: Artifact,
  inputs: OptOutInputs,
): Verification {
  return {
    mustFail,
    mustFailExpectation: MUST_FAIL_EXPECTATION,
    logCheck: LOG_CHECK,
    logCommand,
    inspectorCheck: INSPECTOR_CHECK,
    inspectorCommand: inspectorCommand(inputs),
  };
}

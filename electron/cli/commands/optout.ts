/**
 * `usage-inspector optout`: the instance's opt-out state, the commands that turn usage data
 * off (and back on), and with --platform the egress rules for one platform with their checks.
 * Nothing is run and nothing is written: everything is printed for the user to apply.
 */
import {
  buildEgressGuide,
  platformByName,
  PLATFORMS,
} from '../../../shared/optout/egress/platforms.ts';
import { buildHostTable } from '../../../shared/optout/host-table.ts';
import { checkInputs } from '../../../shared/optout/inputs.ts';
import { buildOptOutGuides } from '../../../shared/optout/opt-out-guides.ts';
import { PLATFORM_NAMES, type PlatformName } from '../../../shared/optout/types.ts';
import { readOptOutState } from '../../optout/read-state.ts';
import { DATABASE_OPTIONS, databaseTarget, parseCommandLine } from '../arguments.ts';
import { formatEgressGuide, formatGuide, formatHostTable } from '../optout/format-guide.ts';
import { formatState } from '../optout/format-state.ts';

function platformHelp(): string {
  return PLATFORM_NAMES.map((name) => `    ${name.padEnd(17)} ${PLATFORMS[name].description}`).join(
    '\n',
  );
}

const HELP = `usage: usage-inspector optout [--db URL | --demo] [options]

Shows whether this FusionAuth collects and sends usage data, and prints the commands that turn
it off and block the hosts it phones home to, with a way to check each worked. Read-only: it
runs none of the commands. Without --db it prints the commands with placeholders.

  --db URL              postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE (read-only)
  --demo                use the embedded demo database
  --config FILE         fusionauth.properties or an environment file; repeatable
                        (read for usage-data-managed, fusionauth-app.url and proxy.*)
  --fusionauth-url URL  FusionAuth's address, filled into the commands
  --api-key KEY         filled into the commands; better left out: the commands then read it
                        from a prompt, and it stays out of shell history
  --namespace NS        Kubernetes namespace of FusionAuth (default fusionauth)
  --pod-labels K=V,...  labels of the FusionAuth pods (default app.kubernetes.io/name=fusionauth)
  --block HOSTS         hosts the egress rules block: a comma-separated list of usage-stats,
                        metrics, license, reactor, or all (default: chosen from the licence)
  --cloud               this is FusionAuth Cloud (where usage data cannot be turned off)
  --platform NAME       also print the egress rules for one platform:
${platformHelp()}
  --json                print everything as JSON`;

export async function runOptout(args: string[]): Promise<number> {
  const { values } = parseCommandLine('optout', args, {
    ...DATABASE_OPTIONS,
    config: { type: 'string', multiple: true },
    'fusionauth-url': { type: 'string' },
    'api-key': { type: 'string' },
    namespace: { type: 'string' },
    'pod-labels': { type: 'string' },
    block: { type: 'string' },
    cloud: { type: 'boolean' },
    platform: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });

  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);

    return 0;
  }

  // Every argument is checked before the database is opened: a typo costs no connection.
  const target = databaseTarget('optout', values, false);
  const platform: PlatformName | null =
    values.platform === undefined ? null : platformByName(values.platform).name;
  const raw = {
    fusionAuthUrl: values['fusionauth-url'],
    apiKey: values['api-key'],
    namespace: values.namespace,
    podLabels: values['pod-labels'],
    block: values.block,
    cloud: values.cloud,
  };
  checkInputs(raw);

  const state = await readOptOutState({ target, configFiles: values.config ?? [] });
  const { inputs, warnings } = checkInputs(raw, state);

  const guides = buildOptOutGuides(state, inputs);
  const hostTable = buildHostTable(state, inputs);
  const egress =
    platform === null || inputs.cloud ? null : buildEgressGuide(platform, state, inputs);

  for (const warning of warnings) {
    process.stderr.write(`warning: ${warning}\n`);
  }

  if (values.json === true) {
    const report = { state, optOut: guides, hosts: hostTable, egress, platforms: PLATFORM_NAMES };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

    return 0;
  }

  const sections = [formatState(state), ...guides.map(formatGuide)];
  if (!inputs.cloud) {
    sections.push(formatHostTable(hostTable));
    sections.push(
      egress === null
        ? `Egress rules: add --platform NAME, one of ${PLATFORM_NAMES.join(', ')}.`
        : formatEgressGuide(egress),
    );
  }
  process.stdout.write(`${sections.join('\n\n')}\n`);

  return 0;
}

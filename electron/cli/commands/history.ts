/**
 * `usage-inspector history`: lists the payloads FusionAuth stored in usage_stats (when each was
 * collected, by which version, whether it was sent) and the inspector runs saved locally.
 */
import { listRuns } from '../../runs/read-runs.ts';
import { defaultRunsDirectory } from '../../runs/runs-directory.ts';
import { readUsageStats } from '../../usage-stats/read-usage-stats.ts';
import { DATABASE_OPTIONS, databaseTarget, parseCommandLine } from '../arguments.ts';
import { formatRuns, formatUsageStats } from '../format-history.ts';

const HELP = `usage: usage-inspector history (--db URL | --demo) [--json] [--runs-dir DIR]

Lists, read-only, every payload FusionAuth stored in its usage_stats table (collection time,
FusionAuth version, stats version, sent or queued, number of stats, failed stats), then the
inspector runs saved on this computer. Compare any of them with usage-inspector diff.

  --db URL            postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
  --demo              use the embedded demo database
  --runs-dir DIR      where saved runs are (default $USAGE_INSPECTOR_HOME/runs,
                      else ~/.usage-inspector/runs)
  --json              print the listing as JSON (payloads left out; their SHA-256 kept)`;

export async function runHistory(args: string[]): Promise<number> {
  const { values } = parseCommandLine('history', args, {
    ...DATABASE_OPTIONS,
    'runs-dir': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });

  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);

    return 0;
  }

  const target = databaseTarget('history', values)!;
  const history = await readUsageStats(target);
  const runs = await listRuns(values['runs-dir'] ?? defaultRunsDirectory());

  if (values.json === true) {
    const rows = history.rows.map(({ payload: _payload, ...row }) => row);
    process.stdout.write(
      `${JSON.stringify({ usageStats: { ...history, rows }, runs }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${formatUsageStats(history)}\n\n${formatRuns(runs)}\n`);
  }

  return 0;
}

/**
 * `usage-inspector collect`: compute the payload FusionAuth would send, and show it, write it
 * (--out, exactly as sent) or write everything known about it (--report).
 */
import { canonicalJson } from '../../../shared/payload/canonical.ts';
import { InspectorError } from '../../../shared/errors.ts';
import { collect } from '../../collector/collect.ts';
import { writeNewFile } from '../../files/write-new-file.ts';
import { defaultRunsDirectory } from '../../runs/runs-directory.ts';
import { saveRun } from '../../runs/save-run.ts';
import { DATABASE_OPTIONS, databaseTarget, parseCommandLine } from '../arguments.ts';
import { formatResultTable, formatSummary } from '../format-results.ts';
import { progressLine } from '../progress-line.ts';

const HELP = `usage: usage-inspector collect (--db URL | --demo) [options]

Computes, read-only, the usage payload FusionAuth would send home.

  --db URL            postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require]
                      (or leave the password out and set PGPASSWORD)
  --demo              use the embedded demo database (no server needed)
  --all               collect every known stat, not only FusionAuth's stat list
  --today YYYY-MM-DD  the date the 7-day window ends on (default: today)
  --timezone ZONE     the time zone FusionAuth runs in (default: UTC)
  --config FILE       fusionauth.properties or an environment file; repeatable
  --set KEY=VALUE     supply a value only the running FusionAuth knows; repeatable
  --statement-timeout MS   per-statement limit (default 30000)
  --out FILE          write the payload exactly as FusionAuth would send it
  --report FILE       write the payload, basic metrics, every stat's status and timing,
                      and the database facts as JSON
  --save              keep this run in the runs folder ($USAGE_INSPECTOR_HOME/runs or
                      ~/.usage-inspector/runs), for \`diff run:ID\` and \`history\`
  --runs-dir DIR      keep it in DIR instead
  --force             replace --out / --report files that already exist`;

export async function runCollect(args: string[]): Promise<number> {
  const { values } = parseCommandLine('collect', args, {
    ...DATABASE_OPTIONS,
    all: { type: 'boolean' },
    today: { type: 'string' },
    timezone: { type: 'string' },
    config: { type: 'string', multiple: true },
    set: { type: 'string', multiple: true },
    'statement-timeout': { type: 'string' },
    out: { type: 'string' },
    report: { type: 'string' },
    force: { type: 'boolean' },
    save: { type: 'boolean' },
    'runs-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });

  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);

    return 0;
  }

  const target = databaseTarget('collect', values)!;
  if (values.out !== undefined && values.out === values.report) {
    throw new InspectorError('usage', 'collect: --out and --report must name different files.');
  }

  const statementTimeoutMs = parseTimeout(values['statement-timeout']);
  const showProgress = process.stderr.isTTY === true;
  const report = await collect(target, {
    all: values.all ?? false,
    today: values.today,
    timezone: values.timezone,
    configFiles: values.config ?? [],
    set: values.set ?? [],
    statementTimeoutMs,
    onProgress: showProgress ? (progress) => progressLine(progress) : undefined,
  });
  if (showProgress) {
    progressLine(null);
  }

  for (const warning of report.warnings) {
    process.stderr.write(`warning: ${warning}\n`);
  }

  const overwrite = values.force === true;
  if (values.out !== undefined) {
    writeNewFile(values.out, `${JSON.stringify(report.payload, null, 2)}\n`, { overwrite });
  }
  if (values.report !== undefined) {
    writeNewFile(values.report, canonicalJson(report), { overwrite });
  }

  if (values.save === true || values['runs-dir'] !== undefined) {
    const directory = values['runs-dir'] ?? defaultRunsDirectory();
    const saved = await saveRun(report, directory);
    process.stderr.write(`Saved as run ${saved.id} in ${directory}.\n`);
  }

  if (values.out === undefined && values.report === undefined) {
    process.stdout.write(`${formatResultTable(report)}\n`);
  }
  process.stdout.write(`${formatSummary(report)}\n`);

  return 0;
}

function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) {
    return undefined;
  }

  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new InspectorError(
      'usage',
      `collect: --statement-timeout takes milliseconds, a whole number above 0 (got "${text}").`,
    );
  }

  return value;
}

/**
 * `usage-inspector report`: writes a privacy review record of the payload FusionAuth would
 * send (or of a payload file) as printable HTML, JSON evidence or PDF, optionally with the
 * reviewer's decision, which is saved next to the run it concerns.
 */
import { EVIDENCE_SCHEMA } from '../../../shared/report/evidence-schema.ts';
import { collect } from '../../collector/collect.ts';
import { readPayloadFile } from '../../payload/read-payload-file.ts';
import { assembleReport } from '../../report/assemble-report.ts';
import { requireChromium } from '../../report/chromium-pdf.ts';
import { exportReport } from '../../report/export-report.ts';
import { readDatabaseContext } from '../../report/read-database-context.ts';
import { recordReview } from '../../review/record-review.ts';
import { defaultRunsDirectory } from '../../runs/runs-directory.ts';
import { DATABASE_OPTIONS, parseCommandLine } from '../arguments.ts';
import { readReportArguments } from '../report/report-arguments.ts';
import { runVerify } from '../report/verify-command.ts';
import { checkReportPayload } from '../../../shared/report/report-privacy.ts';
import type { ReportSource } from '../../../shared/report/types.ts';

const HELP = `usage: usage-inspector report (--db URL | --demo | --payload FILE) --out FILE [...]

Writes a privacy review record: the summary, the privacy check, every metric with its
definition, value, timing and SQL, the changes since the last sent payload, the opt-out
state and the reviewer's decision. Nothing is written to the database or sent anywhere.

  --db URL            postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE (or set PGPASSWORD)
  --demo              use the embedded demo database
  --payload FILE      review a payload file instead (no database is read)
  --out FILE          FILE.html (printable, self-contained), FILE.json (evidence) or
                      FILE.pdf (needs headless Chromium at /usr/bin/chromium)
  --reviewer NAME     who reviewed the payload; needs --decision
  --decision D        approve or reject; needs --reviewer
  --comment TEXT      why, in a sentence or two (optional)
  --all               collect every known stat, not only FusionAuth's stat list
  --today YYYY-MM-DD  the date the 7-day window ends on (default: today)
  --timezone ZONE     the time zone FusionAuth runs in (default: UTC)
  --config FILE       fusionauth.properties or an environment file; repeatable
  --set KEY=VALUE     supply a value only the running FusionAuth knows; repeatable
  --runs-dir DIR      where runs and reviews are kept (default $USAGE_INSPECTOR_HOME/runs,
                      else ~/.usage-inspector/runs)
  --force             replace --out if it already exists
  --schema            print the JSON Schema of the evidence file
  --verify FILE       check an evidence file: its schema, its hash and its review

A review is saved in DIR/reviews, next to the run it concerns (a payload collected now is
saved as a run first). Every review is a new file; none replaces another.

Exit codes: 0 written (or verified), 1 --verify found problems, 2 usage error, existing
--out or unreadable payload, 3 cannot connect, 4 not a FusionAuth database.`;

export async function runReport(args: string[]): Promise<number> {
  const { values } = parseCommandLine('report', args, {
    ...DATABASE_OPTIONS,
    payload: { type: 'string' },
    out: { type: 'string' },
    reviewer: { type: 'string' },
    decision: { type: 'string' },
    comment: { type: 'string' },
    all: { type: 'boolean' },
    today: { type: 'string' },
    timezone: { type: 'string' },
    config: { type: 'string', multiple: true },
    set: { type: 'string', multiple: true },
    'runs-dir': { type: 'string' },
    force: { type: 'boolean' },
    schema: { type: 'boolean' },
    verify: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });

  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);

    return 0;
  }
  if (values.schema === true) {
    process.stdout.write(`${JSON.stringify(EVIDENCE_SCHEMA, null, 2)}\n`);

    return 0;
  }
  if (values.verify !== undefined) {
    return runVerify(values.verify);
  }

  const parsed = readReportArguments(values);
  if (parsed.format === 'pdf') {
    requireChromium();
  }

  const configFiles = values.config ?? [];
  const collection =
    parsed.target === null
      ? null
      : await collect(parsed.target, {
          all: values.all ?? false,
          today: values.today,
          timezone: values.timezone,
          configFiles,
          set: values.set ?? [],
        });
  const context =
    parsed.target === null ? null : await readDatabaseContext(parsed.target, { configFiles });
  const payload = collection?.payload ?? (await readPayloadFile(parsed.payloadFile as string));
  for (const warning of collection?.warnings ?? []) {
    process.stderr.write(`warning: ${warning}\n`);
  }

  const source: ReportSource =
    collection === null
      ? {
          kind: 'payload-file',
          label: `payload file ${parsed.payloadFile}`,
          database: null,
          runId: null,
        }
      : {
          kind: 'collection',
          label: `collected now from ${collection.database.location}`,
          database: collection.database.location,
          runId: null,
        };
  const privacy = checkReportPayload(payload, collection, context?.optOut ?? null);

  let review = null;
  if (parsed.review !== null) {
    const recorded = await recordReview({
      input: parsed.review,
      payload,
      privacy,
      database: source.database,
      source: source.label,
      fusionAuthVersion: collection?.database.fusionAuthVersion ?? null,
      runsDirectory: values['runs-dir'] ?? defaultRunsDirectory(),
      unsavedCollection: collection,
    });
    review = recorded.review;
    source.runId = recorded.runId;
    const run = recorded.runId === null ? '' : ` with run ${recorded.runId}`;
    process.stderr.write(`Review saved${run}: ${recorded.path}\n`);
  }

  const model = assembleReport({ payload, source, collection, context, privacy, review });
  const format = await exportReport(parsed.out, model, { overwrite: parsed.overwrite });

  process.stdout.write(`${describePrivacy(model.privacy)}\n`);
  process.stdout.write(
    `Wrote ${parsed.out} (${format}); payload SHA-256 ${model.payloadSha256}.\n`,
  );

  return 0;
}

function describePrivacy(privacy: { status: string; counts: { attention: number; info: number } }) {
  const verdict = privacy.status === 'pass' ? 'pass' : 'needs attention';

  return (
    `Privacy check: ${verdict} (${privacy.counts.attention} finding(s) needing attention, ` +
    `${privacy.counts.info} informational).`
  );
}

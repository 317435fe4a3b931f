/**
 * `usage-inspector diff OLD NEW`: compares two payloads from any source and says what was
 * added, removed and changed. With --fail-on it exits 1 when such a change occurs, so a
 * pipeline can stop a FusionAuth upgrade that adds stats nobody approved.
 */
import { diffPayloads, statsWithChange } from '../../../shared/diff/diff-payloads.ts';
import type { StatChange } from '../../../shared/diff/types.ts';
import { InspectorError } from '../../../shared/errors.ts';
import { defaultRunsDirectory } from '../../runs/runs-directory.ts';
import { loadPayloadSources } from '../../sources/load-source.ts';
import type { LoadedPayload } from '../../sources/payload-source.ts';
import { needsDatabase } from '../../sources/payload-source.ts';
import { DATABASE_OPTIONS, databaseTarget, parseCommandLine } from '../arguments.ts';
import { formatDiff } from '../format-diff.ts';
import { parseSourceSpec } from '../source-spec.ts';

const HELP = `usage: usage-inspector diff OLD NEW [--db URL | --demo] [options]

Compares two usage payloads stat by stat. OLD and NEW are each one of:
  FILE            a payload JSON file (as published, or captured from the wire);
                  write ./NAME for a file called last-sent, queued or current
  last-sent       the newest usage_stats row FusionAuth marked sent (needs --db/--demo)
  queued          the newest usage_stats row not sent yet (needs --db/--demo)
  row:INSTANT     the usage_stats row with that collection_instant (needs --db/--demo)
  run:ID          an inspector run saved earlier (usage-inspector history lists them)
  current         collect now, read-only, as FusionAuth would (needs --db/--demo)

  --db URL            postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
  --demo              use the embedded demo database
  --all               with current: collect every known stat, not only FusionAuth's list
  --runs-dir DIR      where saved runs are (default $USAGE_INSPECTOR_HOME/runs,
                      else ~/.usage-inspector/runs)
  --json              print the diff as JSON
  --fail-on KINDS     exit 1 when a stat was added, removed or changed
                      (comma-separated, e.g. --fail-on added,changed)

Exit codes: 0 compared (and no --fail-on kind occurred), 1 a --fail-on kind occurred,
2 bad arguments or unreadable payload, 3 cannot connect, 4 not a FusionAuth database.`;

const FAIL_ON_KINDS: readonly StatChange[] = ['added', 'removed', 'changed'];

export async function runDiff(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(
    'diff',
    args,
    {
      ...DATABASE_OPTIONS,
      all: { type: 'boolean' },
      'runs-dir': { type: 'string' },
      json: { type: 'boolean' },
      'fail-on': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );

  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);

    return 0;
  }

  if (positionals.length !== 2) {
    throw new InspectorError(
      'usage',
      `diff: give exactly two payloads to compare, OLD and NEW (got ${positionals.length}). ` +
        'Run usage-inspector diff --help.',
    );
  }

  const failOn = parseFailOn(values['fail-on']);
  const sources = positionals.map((text) => parseSourceSpec(text, { all: values.all ?? false }));
  const target = databaseTarget('diff', values, sources.some(needsDatabase));
  const [oldSide, newSide] = (await loadPayloadSources(sources, {
    target,
    runsDirectory: values['runs-dir'] ?? defaultRunsDirectory(),
  })) as [LoadedPayload, LoadedPayload];

  const diff = diffPayloads(oldSide.payload, newSide.payload);
  // A stat only the running FusionAuth knows is absent from a payload computed here; that is
  // not a change FusionAuth made, so it never trips --fail-on.
  const unknownOffline = unknownOfflineKeys([oldSide, newSide]);
  const triggered = statsWithChange(diff, failOn).filter(
    (difference) => !unknownOffline.includes(difference.key),
  );

  if (values.json === true) {
    const output = {
      old: describeSide(oldSide),
      new: describeSide(newSide),
      identical: oldSide.sha256 === newSide.sha256,
      failOn,
      failed: triggered.length > 0,
      unknownOffline,
      diff,
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatDiff(oldSide, newSide, diff)}\n`);
    if (unknownOffline.length > 0) {
      process.stdout.write(
        `\nNot known offline (only the running FusionAuth knows them; they never trip ` +
          `--fail-on): ${unknownOffline.join(', ')}.\n`,
      );
    }
    if (triggered.length > 0) {
      process.stderr.write(
        `usage-inspector: --fail-on ${failOn.join(',')}: ${triggered.length} stat(s) ` +
          `${failOn.join(' or ')}.\n`,
      );
    }
  }

  return triggered.length > 0 ? 1 : 0;
}

function unknownOfflineKeys(sides: LoadedPayload[]): string[] {
  const keys = sides.flatMap(
    (side) =>
      side.report?.results
        ?.filter((result) => result.status === 'unknown-offline')
        .map((result) => result.key) ?? [],
  );

  return [...new Set(keys)].sort();
}

function parseFailOn(text: string | undefined): StatChange[] {
  if (text === undefined) {
    return [];
  }

  const kinds = text.split(',').map((kind) => kind.trim());
  const wrong = kinds.filter((kind) => !FAIL_ON_KINDS.includes(kind as StatChange));
  if (wrong.length > 0 || kinds.length === 0) {
    throw new InspectorError(
      'usage',
      `diff: --fail-on takes ${FAIL_ON_KINDS.join(', ')} separated by commas ` + `(got "${text}").`,
    );
  }

  return [...new Set(kinds as StatChange[])];
}

function describeSide(side: LoadedPayload) {
  return { label: side.label, note: side.note, source: side.source, sha256: side.sha256 };
}

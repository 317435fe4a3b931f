/**
 * Loads one side of a comparison from what the renderer named. usage_stats sources and saved
 * runs go through the CLI's own source loader (same labels, same messages); "this run" is the
 * report this process kept; an opened file's text is checked here again, with the same size
 * limit and strict parser the renderer used, because the main side never trusts the renderer.
 */
import { escapeControlCharacters } from '../../../shared/diff/describe-change.ts';
import type {
  PayloadSide,
  PayloadSourceChoice,
  SourceReference,
} from '../../../shared/ipc/channels/diff.ts';
import { MAX_OPENED_FILE_BYTES } from '../../../shared/ipc/channels/diff.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import { canonicalJson } from '../../../shared/payload/canonical.ts';
import { parsePayload } from '../../../shared/payload/parse-payload.ts';
import type { UsagePayload } from '../../../shared/payload/types.ts';
import { payloadSha256 } from '../../payload/hash-payload.ts';
import { loadPayloadSource } from '../../sources/load-source.ts';
import type { PayloadSource } from '../../sources/payload-source.ts';
import { resolveTarget } from '../resolve-target.ts';
import { runsFolder } from '../runs/runs-folder.ts';
import type { ApiServices } from '../services.ts';
import type { UsageStatsReadings } from './usage-stats-readings.ts';

/** What loading a side needs: the services, and the usage_stats readings comparisons share. */
export interface SideContext {
  services: ApiServices;
  readings: UsageStatsReadings;
}

interface Loaded {
  payload: UsagePayload;
  label: string;
  note: string | null;
}

/** The side as the renderer sees it, and the payload itself for the diff. */
export interface LoadedSide {
  side: PayloadSide;
  payload: UsagePayload;
}

export async function loadSide(
  source: PayloadSourceChoice,
  target: ConnectionTarget,
  context: SideContext,
): Promise<LoadedSide> {
  const loaded = await loadPayload(source, target, context);

  return { side: describeSide(source, loaded), payload: loaded.payload };
}

function describeSide(source: PayloadSourceChoice, loaded: Loaded): PayloadSide {
  const { payload } = loaded;

  return {
    source: referenceTo(source),
    label: escapeControlCharacters(loaded.label),
    note: loaded.note,
    sha256: payloadSha256(payload),
    canonicalText: canonicalJson(payload),
    applicationVersion: payload.applicationVersion,
    collectionInstant: payload.collectionInstant,
    statCount: Object.keys(payload.stats).length,
    failedStatCount: payload.failedStats?.length ?? 0,
  };
}

async function loadPayload(
  source: PayloadSourceChoice,
  target: ConnectionTarget,
  { services, readings }: SideContext,
): Promise<Loaded> {
  switch (source.kind) {
    case 'file': {
      // Bytes, so the limit is the file's UTF-8 size, as it was in the renderer.
      const bytes = new TextEncoder().encode(source.text);
      const name = escapeControlCharacters(source.name);
      const payload = parsePayload(bytes, { source: name, maxBytes: MAX_OPENED_FILE_BYTES });

      return { payload, label: `file ${name}`, note: null };
    }

    case 'this-run': {
      const report = services.runs.report(source.runId);
      const collected = new Date(report.payload.collectionInstant).toISOString();
      const label = `this run: collected ${collected} from ${report.database.location}`;

      return { payload: report.payload, label, note: null };
    }

    case 'saved-run': {
      const run: PayloadSource = { kind: 'run', id: source.id };

      return loadPayloadSource(run, { target: null, runsDirectory: runsFolder(services) });
    }

    case 'last-sent':
    case 'queued':
    case 'usage-stats-row': {
      const database = await resolveTarget(target, services);
      const reading = readings.get(target, database);

      return loadPayloadSource(source, {
        target: database,
        runsDirectory: runsFolder(services),
        readUsageStats: async () => (await reading).history,
      });
    }
  }
}

function referenceTo(source: PayloadSourceChoice): SourceReference {
  return source.kind === 'file' ? { kind: 'file', name: source.name } : source;
}

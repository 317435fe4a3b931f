/**
 * Saves one run. The file is written under a temporary name, flushed, then hard-linked to its
 * final name: `link` fails if that name exists, so a run never replaces another one and a
 * crash never leaves half a run file behind.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import type { CollectionReport } from '../../shared/collection/types.ts';
import { InspectorError } from '../../shared/errors.ts';
import { canonicalJson } from '../../shared/payload/canonical.ts';
import { writeExclusively } from '../files/write-exclusive.ts';
import { fromRunFile, toRunFile } from './run-file.ts';
import { newRunId, runFileName } from './run-id.ts';
import type { SavedRunSummary } from './types.ts';

export interface SaveRunOptions {
  /** The save time; tests fix it. */
  now?: Date;
}

/** Ids are random within one second; a clash is retried with a fresh id this many times. */
const ID_ATTEMPTS = 5;

export async function saveRun(
  report: CollectionReport,
  directory: string,
  options: SaveRunOptions = {},
): Promise<SavedRunSummary> {
  const savedAt = options.now ?? new Date();
  await mkdir(directory, { recursive: true, mode: 0o700 }).catch((error: Error) => {
    throw new InspectorError(
      'file',
      `Cannot create the runs folder ${directory}: ${error.message}`,
    );
  });

  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt += 1) {
    const id = newRunId(savedAt);
    const file = toRunFile(report, id, savedAt);
    // The same checks a later load makes, before anything is written.
    const { summary } = fromRunFile(file, join(directory, runFileName(id)), id);
    const written = await writeExclusively(directory, runFileName(id), canonicalJson(file)).catch(
      (error: Error) => {
        throw new InspectorError('file', `Cannot save the run in ${directory}: ${error.message}`);
      },
    );
    if (written) {
      return summary;
    }
  }

  throw new InspectorError(
    'file',
    `Cannot find a free run id in ${directory} after ${ID_ATTEMPTS} attempts.`,
  );
}

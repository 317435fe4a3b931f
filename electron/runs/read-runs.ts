/**
 * Lists and loads saved runs. Every file is read with the payload size limit and the strict
 * parser; a damaged file is reported in the listing, never removed.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { InspectorError, isInspectorError } from '../../shared/errors.ts';
import { MAX_PAYLOAD_BYTES } from '../../shared/payload/limits.ts';
import { parseJsonInput } from '../../shared/payload/parse-payload.ts';
import { readBoundedFile } from '../payload/read-payload-file.ts';
import { fromRunFile } from './run-file.ts';
import { requireRunId, runFileName, runIdOfFile } from './run-id.ts';
import type { RunListing, SavedRun } from './types.ts';

export async function listRuns(directory: string): Promise<RunListing> {
  const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      // No run saved yet: the folder is made by the first save.
      return [];
    }
    throw new InspectorError('file', `Cannot read the runs folder ${directory}: ${error.message}`);
  });

  const listing: RunListing = { directory, runs: [], unreadable: [] };
  for (const name of names.sort()) {
    const id = runIdOfFile(name);
    if (id === null) {
      continue;
    }
    try {
      listing.runs.push((await readRun(directory, id)).summary);
    } catch (error) {
      if (!isInspectorError(error)) {
        throw error;
      }
      listing.unreadable.push({ file: join(directory, name), problem: error.message });
    }
  }

  // Ids start with the save time, so the reverse id order is newest first.
  listing.runs.sort((left, right) => (left.id < right.id ? 1 : left.id > right.id ? -1 : 0));

  return listing;
}

export async function loadRun(directory: string, id: string): Promise<SavedRun> {
  requireRunId(id);
  const exists = await stat(join(directory, runFileName(id))).then(
    () => true,
    () => false,
  );
  if (!exists) {
    throw new InspectorError(
      'not-found',
      `There is no saved run ${id} in ${directory} (usage-inspector history lists them).`,
      { id },
    );
  }

  return readRun(directory, id);
}

async function readRun(directory: string, id: string): Promise<SavedRun> {
  const path = join(directory, runFileName(id));
  const bytes = await readBoundedFile(path, MAX_PAYLOAD_BYTES);

  return fromRunFile(parseJsonInput(bytes, { source: path }), path, id);
}

/**
 * Deletes one saved run, and only when the user asked for that run by id. Nothing in the app
 * deletes runs on its own (no pruning by age or count).
 */
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';

import { InspectorError } from '../../shared/errors.ts';
import { runFileName } from './run-id.ts';

export async function deleteRun(directory: string, id: string): Promise<void> {
  const path = join(directory, runFileName(id));
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InspectorError('not-found', `There is no saved run ${id} in ${directory}.`, { id });
    }
    throw new InspectorError('file', `Cannot delete ${path}: ${(error as Error).message}`);
  }
}

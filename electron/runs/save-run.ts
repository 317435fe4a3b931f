/**
 * Saves one run. The file is written under a temporary name, flushed, then hard-linked to its
 * final name: `link` fails if that name exists, so a run never replaces another one and a
 * crash never leaves half a run file behind.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';

import type { CollectionReport } from '../../shared/collection/types.ts';
import { InspectorError } from '../../shared/errors.ts';
import { canonicalJson } from '../../shared/payload/canonical.ts';
import { fromRunFile, toRunFile } from './run-file.ts';
import { newRunId, runFileName } from './run-id.ts';
import type { SavedRunSummary } from './types.ts';

export interface SaveRunOptions {
  /** The save time; tests fix it. */
  now?: Date;
}

/** Ids are random within one second; a clash is retried with a fresh id this many times. */
const ID_ATTEMPTS = 5;

/** Filesystems without hard links (some network and FAT drives) answer with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

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
    if (await writeExclusively(directory, runFileName(id), canonicalJson(file))) {
      return summary;
    }
  }

  throw new InspectorError(
    'file',
    `Cannot find a free run id in ${directory} after ${ID_ATTEMPTS} attempts.`,
  );
}

/** true when written; false when the name was taken (and nothing was touched). */
async function writeExclusively(directory: string, name: string, content: string) {
  const target = join(directory, name);
  const temporary = join(
    directory,
    `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }

    await placeWithoutOverwriting(temporary, target);

    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return false;
    }
    throw new InspectorError(
      'file',
      `Cannot save the run to ${target}: ${(error as Error).message}`,
    );
  } finally {
    await rm(temporary, { force: true });
  }
}

async function placeWithoutOverwriting(temporary: string, target: string): Promise<void> {
  try {
    await link(temporary, target);
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) {
      throw error;
    }
    // Still never overwrites; only the all-or-nothing guarantee is lost on such drives.
    await copyFile(temporary, target, constants.COPYFILE_EXCL);
  }
}

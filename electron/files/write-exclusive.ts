/**
 * Writes a new file that must not replace anything: the content goes to a temporary name, is
 * flushed, then hard-linked to its final name. `link` fails when the name exists, so two
 * saves can never overwrite each other, and a crash never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Filesystems without hard links (some network and FAT drives) answer with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** true when written; false when the name was already taken (and nothing was touched). */
export async function writeExclusively(
  directory: string,
  name: string,
  content: string,
): Promise<boolean> {
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
    throw error;
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

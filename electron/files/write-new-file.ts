/**
 * Writes an output file without ever destroying something the user had: an existing file is
 * kept unless overwriting was asked for, and the text lands atomically (temp file + rename)
 * so a crash never leaves half a file.
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

import { InspectorError } from '../../shared/errors.ts';

export interface WriteOptions {
  /** Replace an existing file (--force). */
  overwrite?: boolean;
}

export function writeNewFile(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
) {
  if (existsSync(path) && options.overwrite !== true) {
    throw new InspectorError(
      'file',
      `${path} already exists; it was left untouched. Choose another name or add --force.`,
    );
  }

  // A device or pipe (/dev/stdout, a named pipe) is written in place: renaming over it would
  // replace the device itself.
  if (existsSync(path) && !statSync(path).isFile()) {
    try {
      writeFileSync(path, content);
    } catch (error) {
      throw new InspectorError('file', `Cannot write ${path}: ${(error as Error).message}`);
    }

    return;
  }

  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { mode: 0o600 });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InspectorError('file', `Cannot write ${path}: ${(error as Error).message}`);
  }
}

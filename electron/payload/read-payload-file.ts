/**
 * Opens a payload file the user named. The size and kind of file are checked before reading
 * (a 100 MB file, a FIFO or /dev/zero must neither hang nor fill memory), and at most the size
 * limit plus one byte is read even if the file grows meanwhile.
 */
import { open, stat } from 'node:fs/promises';

import { InspectorError } from '../../shared/errors.ts';
import { describeSize, MAX_PAYLOAD_BYTES } from '../../shared/payload/limits.ts';
import { parsePayload } from '../../shared/payload/parse-payload.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';

export async function readPayloadFile(path: string): Promise<UsagePayload> {
  const bytes = await readBoundedFile(path, MAX_PAYLOAD_BYTES);

  return parsePayload(bytes, { source: path });
}

/** The bytes of a regular file no larger than `limit`; typed errors for everything else. */
export async function readBoundedFile(path: string, limit: number): Promise<Uint8Array> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error);
  });
  if (info.isDirectory()) {
    throw new InspectorError('file', `${path} is a folder, not a payload file.`);
  }
  if (!info.isFile()) {
    throw new InspectorError(
      'file',
      `${path} is not a regular file (a device, pipe or socket); give a saved payload file.`,
    );
  }
  if (info.size > limit) {
    throw tooLarge(path, info.size, limit);
  }

  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error);
  });
  try {
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) {
        break;
      }
      length += bytesRead;
      if (length === buffer.length) {
        // The file grew past what stat said: read no further, and do not parse half of it.
        if (length > limit) {
          throw tooLarge(path, length, limit);
        }
        throw new InspectorError('file', `${path} changed while it was being read; try again.`);
      }
    }

    return buffer.subarray(0, length);
  } catch (error) {
    throw error instanceof InspectorError ? error : fileError(path, error as NodeJS.ErrnoException);
  } finally {
    await handle.close();
  }
}

function tooLarge(path: string, size: number, limit: number): InspectorError {
  return new InspectorError(
    'payload-invalid',
    `${path} is ${describeSize(size)}; payload files over ${describeSize(limit)} are refused ` +
      '(a FusionAuth usage payload is about 20 KB).',
    { source: path, size, limit },
  );
}

function fileError(path: string, error: NodeJS.ErrnoException): InspectorError {
  const reasons: Record<string, string> = {
    ENOENT: 'does not exist',
    EACCES: 'cannot be read (permission denied)',
    EISDIR: 'is a folder, not a file',
  };
  const reason = reasons[error.code ?? ''] ?? `cannot be read: ${error.message}`;

  return new InspectorError('file', `${path} ${reason}.`, { path });
}

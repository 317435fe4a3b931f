/**
 * Reads a payload file the reviewer picked, in the window, the same way in the desktop app
 * and in a browser: the size is checked before anything is read, then the bytes go through
 * the shared decoder and strict parser, so a file that is empty, binary, cut off, not JSON or
 * of the wrong types is refused at once with what is wrong and where. The main side checks
 * the text again when it is compared.
 */
import { InspectorError } from '../../../shared/errors.ts';
import { MAX_OPENED_FILE_BYTES, OPENED_FILE_TOO_LARGE } from '../../../shared/ipc/channels/diff.ts';
import { decodePayloadBytes } from '../../../shared/payload/decode-text.ts';
import { parsePayload } from '../../../shared/payload/parse-payload.ts';
import type { OpenedFile } from './source-choice.ts';

let openedFiles = 0;

/** The file's text, once it reads as a usage payload; throws InspectorError otherwise. */
export async function openPayloadFile(file: Blob & { name: string }): Promise<OpenedFile> {
  const name = file.name === '' ? 'the opened file' : file.name;
  if (file.size > MAX_OPENED_FILE_BYTES) {
    throw new InspectorError(
      'payload-invalid',
      // In bytes: just over the limit would round to the limit itself in KB.
      `${name} is ${file.size.toLocaleString('en-US')} bytes. ${OPENED_FILE_TOO_LARGE}`,
      { source: name, size: file.size, limit: MAX_OPENED_FILE_BYTES },
    );
  }

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new InspectorError('file', `${name} cannot be read; check it is still there.`);
  }

  const limits = { source: name, maxBytes: MAX_OPENED_FILE_BYTES };
  const text = decodePayloadBytes(bytes, limits);
  parsePayload(text, limits);
  openedFiles += 1;

  return { id: openedFiles, name, text };
}

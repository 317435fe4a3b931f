/**
 * Turns the bytes of a payload file into text, refusing what is not UTF-8 JSON text before any
 * parsing: too large, empty, binary (NUL bytes), UTF-16/32, or invalid UTF-8. A UTF-8 byte order
 * mark is accepted and dropped.
 */
import { InspectorError } from '../errors.ts';
import { describeSize, MAX_PAYLOAD_BYTES } from './limits.ts';

export interface DecodeOptions {
  source: string;
  maxBytes?: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodePayloadBytes(bytes: Uint8Array, options: DecodeOptions): string {
  refuseOversize(bytes.byteLength, options);
  if (bytes.byteLength === 0) {
    throw invalid(options.source, 'is empty (0 bytes); a usage payload is a JSON object');
  }

  const encoding = wideEncoding(bytes);
  if (encoding !== null) {
    throw invalid(options.source, `is ${encoding} text; save it as UTF-8 and try again`);
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw invalid(
      options.source,
      `contains a NUL byte at byte offset ${nul}: it is a binary file, not JSON text`,
      { offset: nul },
    );
  }

  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8Offset(body) + (body === bytes ? 0 : UTF8_BOM.length);
    throw invalid(
      options.source,
      `is not valid UTF-8 text: the byte at offset ${offset} cannot start or continue a ` +
        'character (binary data, or a file saved in another encoding)',
      { offset },
    );
  }
}

/** The same checks for text that is already a string (pasted text, IPC input). */
export function checkPayloadText(text: string, options: DecodeOptions): string {
  // A UTF-16 length never exceeds the UTF-8 byte length, so this refuses nothing that fits.
  refuseOversize(text.length, options);

  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw invalid(
      options.source,
      `contains a NUL character at offset ${nul}: it is binary data, not JSON text`,
      { offset: nul },
    );
  }

  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function refuseOversize(size: number, options: DecodeOptions): void {
  const limit = options.maxBytes ?? MAX_PAYLOAD_BYTES;
  if (size > limit) {
    throw invalid(
      options.source,
      `is ${describeSize(size)}; payloads over ${describeSize(limit)} are refused ` +
        '(a FusionAuth usage payload is about 20 KB)',
      { size, limit },
    );
  }
}

function wideEncoding(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return 'UTF-32';
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return 'UTF-16';
  }

  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF). Only called after the decoder refused the bytes, to say where.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    const [length, low, high] = sequenceShape(lead);
    if (length === 0) {
      return index;
    }

    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      const min = next === 1 ? low : 0x80;
      const max = next === 1 ? high : 0xbf;
      if (byte === undefined || byte < min || byte > max) {
        return index + next;
      }
    }
    index += length;
  }

  return bytes.length;
}

/** Sequence length and the allowed range of the second byte, by lead byte (0 = invalid). */
function sequenceShape(lead: number): [number, number, number] {
  if (lead < 0x80) {
    return [1, 0, 0];
  }
  if (lead >= 0xc2 && lead <= 0xdf) {
    return [2, 0x80, 0xbf];
  }
  if (lead === 0xe0) {
    return [3, 0xa0, 0xbf];
  }
  if (lead === 0xed) {
    return [3, 0x80, 0x9f];
  }
  if (lead >= 0xe1 && lead <= 0xef) {
    return [3, 0x80, 0xbf];
  }
  if (lead === 0xf0) {
    return [4, 0x90, 0xbf];
  }
  if (lead === 0xf4) {
    return [4, 0x80, 0x8f];
  }
  if (lead >= 0xf1 && lead <= 0xf3) {
    return [4, 0x80, 0xbf];
  }

  return [0, 0, 0];
}

function invalid(source: string, problem: string, details: Record<string, unknown> = {}) {
  return new InspectorError('payload-invalid', `${source} ${problem}.`, { source, ...details });
}

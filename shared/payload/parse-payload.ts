/**
 * Reads a usage payload from untrusted text or bytes: a file the user opens, a database column,
 * a saved run. Every way it can be wrong ends in one InspectorError('payload-invalid') whose
 * message names what is wrong and where; nothing else is ever thrown, and the work done is
 * bounded by the size and depth limits (security.md §A8, §B7).
 */
import { checkPayloadText, decodePayloadBytes } from './decode-text.ts';
import { MAX_JSON_DEPTH, MAX_PAYLOAD_BYTES } from './limits.ts';
import { parseJson } from './parse-json.ts';
import type { UsagePayload } from './types.ts';
import { validatePayload } from './validate-payload.ts';

export interface ParsePayloadOptions {
  /** Names the input in messages, e.g. the file path; default "the payload". */
  source?: string;
  maxBytes?: number;
  maxDepth?: number;
}

export function parsePayload(
  input: string | Uint8Array,
  options: ParsePayloadOptions = {},
): UsagePayload {
  const value = parseJsonInput(input, options);

  return validatePayload(value, options.source ?? 'the payload');
}

/** The size, encoding and syntax checks alone, for JSON that is not a payload (run files). */
export function parseJsonInput(input: string | Uint8Array, options: ParsePayloadOptions = {}) {
  const source = options.source ?? 'the payload';
  const limits = { source, maxBytes: options.maxBytes ?? MAX_PAYLOAD_BYTES };
  const text =
    typeof input === 'string' ? checkPayloadText(input, limits) : decodePayloadBytes(input, limits);

  return parseJson(text, { source, maxDepth: options.maxDepth ?? MAX_JSON_DEPTH });
}

/**
 * The fingerprint of a payload: SHA-256 of its canonical text (sorted keys, 2-space JSON, final
 * newline), so the same content gives the same hash whatever the key order or whitespace of
 * the file it came from. Node side only; the renderer receives hashes over IPC.
 */
import { createHash } from 'node:crypto';

import { canonicalJson } from '../../shared/payload/canonical.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';

/** Lowercase hex SHA-256 of the payload's canonical JSON, encoded as UTF-8. */
export function payloadSha256(payload: UsagePayload): string {
  return createHash('sha256').update(canonicalJson(payload), 'utf8').digest('hex');
}

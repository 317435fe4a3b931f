/**
 * Hard limits for payload text from outside (files, database columns, saved runs). A real
 * FusionAuth payload is about 20 KB and four levels deep, so these leave a wide margin while
 * keeping a hostile file from eating memory or time (security.md §B7).
 */

/** Files and texts above this size are refused before any parsing starts. */
export const MAX_PAYLOAD_BYTES = 50 * 1024 * 1024;

/** Objects and arrays nested deeper than this are refused while parsing. */
export const MAX_JSON_DEPTH = 64;

/** How many problems one error names in its details; the message names the first. */
export const MAX_REPORTED_PROBLEMS = 20;

/** "50 MB", "1.2 MB", "300 bytes": sizes as a reviewer reads them. */
export function describeSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  }

  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(1)} KB`;
  }

  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

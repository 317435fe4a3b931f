/**
 * A single self-overwriting progress line on stderr ("stat 12 of 191: tenantNumber"), shown
 * only when stderr is a terminal so logs and pipes stay clean.
 */
import type { CollectionProgress } from '../../shared/collection/types.ts';

export function progressLine(progress: CollectionProgress | null): void {
  if (progress === null) {
    process.stderr.write('\r\u001b[2K');

    return;
  }

  const text = `stat ${progress.index} of ${progress.total}: ${progress.key}`;
  process.stderr.write(`\r\u001b[2K${text.slice(0, (process.stderr.columns ?? 80) - 1)}`);
}

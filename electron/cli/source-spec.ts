/**
 * Reads the OLD and NEW arguments of `diff`: `last-sent`, `queued`, `current`, `run:ID`,
 * `row:INSTANT`, or else a payload file path (`./last-sent` for a file of that name).
 */
import { InspectorError } from '../../shared/errors.ts';
import { requireRunId } from '../runs/run-id.ts';
import type { PayloadSource } from '../sources/payload-source.ts';

export function parseSourceSpec(text: string, options: { all?: boolean } = {}): PayloadSource {
  if (text === 'last-sent' || text === 'queued') {
    return { kind: text };
  }
  if (text === 'current') {
    return { kind: 'current', all: options.all ?? false };
  }
  if (text.startsWith('run:')) {
    return { kind: 'run', id: requireRunId(text.slice('run:'.length)) };
  }
  if (text.startsWith('row:')) {
    const instant = text.slice('row:'.length);
    if (!/^[0-9]+$/.test(instant) || !Number.isSafeInteger(Number(instant))) {
      throw new InspectorError(
        'usage',
        `diff: "${text}" should be row:COLLECTION_INSTANT, the epoch milliseconds that ` +
          'usage-inspector history shows.',
      );
    }

    return { kind: 'usage-stats-row', collectionInstant: Number(instant) };
  }
  if (text === '') {
    throw new InspectorError('usage', 'diff: an empty argument is not a payload source.');
  }

  return { kind: 'file', path: text };
}

/**
 * Run ids: the UTC save time plus six random hex digits, e.g. 20261203-121800-3f9a2c. They sort
 * by time, are safe as file names on every platform, and the strict pattern keeps an id given
 * on the command line (`run:../../x`) from naming any file outside the runs folder.
 */
import { randomBytes } from 'node:crypto';

import { InspectorError } from '../../shared/errors.ts';

const RUN_ID = /^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$/;

export function newRunId(savedAt: Date): string {
  const stamp = savedAt.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

export function isRunId(text: string): boolean {
  return RUN_ID.test(text);
}

export function requireRunId(text: string): string {
  if (!isRunId(text)) {
    throw new InspectorError(
      'usage',
      `"${text}" is not a run id; ids look like 20261203-121800-3f9a2c ` +
        '(usage-inspector history lists the saved runs).',
    );
  }

  return text;
}

export function runFileName(id: string): string {
  return `${requireRunId(id)}.json`;
}

/** The id a file name stands for, or null for any other file in the folder. */
export function runIdOfFile(name: string): string | null {
  const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';

  return isRunId(id) ? id : null;
}

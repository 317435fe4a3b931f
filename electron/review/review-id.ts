/**
 * Review ids name the time and the payload: 20261203-121800-3f9a2c-9f2b1c0d4e5a6b7c is a
 * review saved at 12:18:00 UTC on 3 December 2026 of the payload whose SHA-256 starts with
 * 9f2b1c0d4e5a6b7c. They sort by time, and the strict pattern keeps an id from outside
 * (IPC, the command line) from naming any file outside the reviews folder.
 */
import { randomBytes } from 'node:crypto';

import { InspectorError } from '../../shared/errors.ts';

const REVIEW_ID = /^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}-[0-9a-f]{16}$/;

export function newReviewId(reviewedAt: Date, payloadSha256: string): string {
  const stamp = reviewedAt.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

  return `${stamp}-${randomBytes(3).toString('hex')}-${payloadSha256.slice(0, 16)}`;
}

export function isReviewId(text: string): boolean {
  return REVIEW_ID.test(text);
}

export function requireReviewId(text: string): string {
  if (!isReviewId(text)) {
    throw new InspectorError(
      'usage',
      `"${text}" is not a review id; ids look like 20261203-121800-3f9a2c-9f2b1c0d4e5a6b7c.`,
    );
  }

  return text;
}

export function reviewFileName(id: string): string {
  return `${requireReviewId(id)}.json`;
}

/** The id a file name stands for, or null for any other file in the folder. */
export function reviewIdOfFile(name: string): string | null {
  const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';

  return isReviewId(id) ? id : null;
}

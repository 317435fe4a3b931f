/**
 * Lists and loads saved reviews, newest first. A damaged file is listed with its problem,
 * never removed: an audit trail loses nothing by being read.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { InspectorError, isInspectorError } from '../../shared/errors.ts';
import { parseJsonInput } from '../../shared/payload/parse-payload.ts';
import type { ReviewRecord } from '../../shared/review/types.ts';
import { readBoundedFile } from '../payload/read-payload-file.ts';
import { fromReviewFile } from './review-file.ts';
import { requireReviewId, reviewFileName, reviewIdOfFile } from './review-id.ts';
import { reviewsDirectory } from './reviews-directory.ts';

/** A review is a few hundred bytes plus its comment; anything far larger is not one. */
const MAX_REVIEW_BYTES = 1024 * 1024;

export interface ReviewFilter {
  payloadSha256?: string;
  runId?: string;
}

export interface ReviewListing {
  directory: string;
  /** Newest first. */
  reviews: ReviewRecord[];
  unreadable: { file: string; problem: string }[];
}

export async function listReviews(
  runsDirectory: string,
  filter: ReviewFilter = {},
): Promise<ReviewListing> {
  const directory = reviewsDirectory(runsDirectory);
  const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      return [];
    }
    throw new InspectorError(
      'file',
      `Cannot read the reviews folder ${directory}: ${error.message}`,
    );
  });

  const listing: ReviewListing = { directory, reviews: [], unreadable: [] };
  for (const name of names) {
    const id = reviewIdOfFile(name);
    if (id === null) {
      continue;
    }
    try {
      listing.reviews.push(await readReview(directory, id));
    } catch (error) {
      if (!isInspectorError(error)) {
        throw error;
      }
      listing.unreadable.push({ file: join(directory, name), problem: error.message });
    }
  }

  listing.reviews = listing.reviews
    .filter((review) => matches(review, filter))
    .sort((left, right) => newestFirst(left, right));

  return listing;
}

export async function loadReview(runsDirectory: string, id: string): Promise<ReviewRecord> {
  requireReviewId(id);
  const directory = reviewsDirectory(runsDirectory);
  const exists = await stat(join(directory, reviewFileName(id))).then(
    () => true,
    () => false,
  );
  if (!exists) {
    throw new InspectorError('not-found', `There is no saved review ${id} in ${directory}.`, {
      id,
    });
  }

  return readReview(directory, id);
}

async function readReview(directory: string, id: string): Promise<ReviewRecord> {
  const path = join(directory, reviewFileName(id));
  const bytes = await readBoundedFile(path, MAX_REVIEW_BYTES);

  return fromReviewFile(parseJsonInput(bytes, { source: path }), path, id);
}

function matches(review: ReviewRecord, filter: ReviewFilter): boolean {
  const hashMatches =
    filter.payloadSha256 === undefined || review.payloadSha256 === filter.payloadSha256;
  const runMatches = filter.runId === undefined || review.runId === filter.runId;

  return hashMatches && runMatches;
}

/** By review time, then id, so reviews saved in the same millisecond keep a stable order. */
function newestFirst(left: ReviewRecord, right: ReviewRecord): number {
  if (left.reviewedAt !== right.reviewedAt) {
    return left.reviewedAt < right.reviewedAt ? 1 : -1;
  }

  return left.id < right.id ? 1 : left.id > right.id ? -1 : 0;
}

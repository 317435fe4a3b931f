/**
 * Reviews live in a `reviews` folder inside the runs folder, so a review is kept with the run
 * it signs off and travels with it when the data folder is copied. The runs listing only reads
 * files named like run ids, so the folder never shows up as a damaged run.
 */
import { join } from 'node:path';

export function reviewsDirectory(runsDirectory: string): string {
  return join(runsDirectory, 'reviews');
}

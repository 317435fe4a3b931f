/**
 * Running the collector. The renderer picks the run id, so progress events that arrive
 * before the run's answer can already be matched to it, and so it can cancel it.
 */
import { z } from 'zod';

import type { CollectionProgress, CollectionReport } from '../../collection/types.ts';
import { carries, defineChannel, defineEvent } from '../define.ts';
import { connectionTargetSchema } from '../target-schema.ts';

export const runIdSchema = z.uuid('The run id must be a UUID.');

export const collectionOptionsSchema = z.strictObject({
  /** Every known stat, not only FusionAuth's stat list (the CLI's --all). */
  all: z.boolean(),
  /** The day the 7-day activity window ends on; the collector's default is today. */
  today: z.iso.date('Give the date as YYYY-MM-DD.').optional(),
  /** The zone FusionAuth runs in; the collector's default is UTC. */
  timezone: z.string().trim().min(1).max(64).optional(),
});

export type CollectionOptionsInput = z.infer<typeof collectionOptionsSchema>;

export interface RunProgress extends CollectionProgress {
  runId: string;
}

export const collectionChannels = {
  runCollection: defineChannel(
    z.strictObject({
      runId: runIdSchema,
      target: connectionTargetSchema,
      options: collectionOptionsSchema,
    }),
    carries<CollectionReport>(),
  ),
  cancelCollection: defineChannel(
    z.strictObject({ runId: runIdSchema }),
    carries<{ cancelled: boolean }>(),
  ),
};

export const collectionEvents = {
  collectionProgress: defineEvent(carries<RunProgress>()),
};

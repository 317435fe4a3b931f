/**
 * Saving the payload of a finished run. The renderer names the run, not the text, so only
 * what the collector produced can be written to disk.
 */
import { z } from 'zod';

import { carries, defineChannel } from '../define.ts';
import { runIdSchema } from './collection.ts';

export const PAYLOAD_FORMATS = ['indented', 'compact'] as const;

export type PayloadFormat = (typeof PAYLOAD_FORMATS)[number];

export type PayloadSaveResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  /** No file dialog (serve mode): the browser downloads the text itself. */
  | { status: 'download'; fileName: string; text: string };

export const payloadChannels = {
  savePayload: defineChannel(
    z.strictObject({ runId: runIdSchema, format: z.enum(PAYLOAD_FORMATS) }),
    carries<PayloadSaveResult>(),
  ),
};

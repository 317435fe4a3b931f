/**
 * The "Opt out & block" view's one call: read the opt-out state of the connected database.
 * Only the state crosses; the commands are built in the renderer from it (the generators
 * are pure), so what the user types there, an API key included, never leaves the window.
 */
import { z } from 'zod';

import type { OptOutState } from '../../optout/types.ts';
import { carries, defineChannel } from '../define.ts';
import { connectionTargetSchema } from '../target-schema.ts';

export const optOutChannels = {
  readOptOutState: defineChannel(
    z.strictObject({ target: connectionTargetSchema }),
    carries<OptOutState>(),
  ),
};

/**
 * Testing a connection before collecting: reach the server, check it is FusionAuth, read
 * who it is. Everything happens in a read-only transaction that is rolled back.
 */
import { z } from 'zod';

import { carries, defineChannel } from '../define.ts';
import { connectionTargetSchema } from '../target-schema.ts';

export interface ConnectionCheck {
  /** host:port/database, or "embedded demo database"; never credentials. */
  location: string;
  fusionAuthVersion: string;
  serverVersion: string;
  instanceId: string;
  /** Wall-clock time of the whole check, connection included. */
  elapsedMs: number;
}

export const connectionChannels = {
  testConnection: defineChannel(
    z.strictObject({ target: connectionTargetSchema }),
    carries<ConnectionCheck>(),
  ),
};

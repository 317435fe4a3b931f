/**
 * A connection that passed its test: what to send with every run, and what to show.
 */
import type { ConnectionCheck } from '../../../shared/ipc/channels/connection.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';

export interface ActiveConnection {
  target: ConnectionTarget;
  check: ConnectionCheck;
}

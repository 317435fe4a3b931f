/**
 * One connection test at a time, from whichever part of the connect screen started it: a
 * saved profile, the demo or the form. "Connect" moves on when the test passes; "Test
 * connection" only reports.
 */
import { useState } from 'react';

import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import { useChannelMutation } from '../api/queries.ts';
import type { ActiveConnection } from './active-connection.ts';

export interface Attempt {
  /** What is being tried, for the result line ("the demo database", "profile Staging"). */
  label: string;
  /** Connect when it works, instead of only reporting. */
  proceed: boolean;
}

export function useConnectionAttempt(onConnected: (connection: ActiveConnection) => void) {
  const test = useChannelMutation('testConnection');
  const [attempt, setAttempt] = useState<Attempt | null>(null);

  function tryTarget(target: ConnectionTarget, next: Attempt): void {
    setAttempt(next);
    test.mutate(
      { target },
      {
        onSuccess: (check) => {
          if (next.proceed) {
            onConnected({ target, check });
          }
        },
      },
    );
  }

  return { test, attempt, tryTarget };
}

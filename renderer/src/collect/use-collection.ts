/**
 * Runs the collection for the connected database and keeps what the screen shows: the
 * progress of the current run and the report of the last run that finished. A run that is
 * cancelled or fails leaves the last report in place.
 */
import { useEffect, useRef, useState } from 'react';

import type { CollectionReport } from '../../../shared/collection/types.ts';
import type {
  CollectionOptionsInput,
  RunProgress,
} from '../../../shared/ipc/channels/collection.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import { useChannelMutation } from '../api/queries.ts';
import { useTransport } from '../api/transport-context.tsx';

export interface FinishedRun {
  runId: string;
  report: CollectionReport;
  finishedAt: Date;
}

export function useCollection(target: ConnectionTarget) {
  const transport = useTransport();
  const run = useChannelMutation('runCollection');
  const cancel = useChannelMutation('cancelCollection');
  const activeRun = useRef<string | null>(null);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [latest, setLatest] = useState<FinishedRun | null>(null);

  useEffect(
    () =>
      transport.subscribe('collectionProgress', (event) => {
        if (event.runId === activeRun.current) {
          setProgress(event);
        }
      }),
    [transport],
  );

  function start(options: CollectionOptionsInput): void {
    const runId = crypto.randomUUID();
    activeRun.current = runId;
    setProgress(null);
    cancel.reset();
    run.mutate(
      { runId, target, options },
      {
        onSuccess: (report) => setLatest({ runId, report, finishedAt: new Date() }),
        onSettled: () => {
          activeRun.current = null;
        },
      },
    );
  }

  function stop(): void {
    if (activeRun.current !== null) {
      cancel.mutate({ runId: activeRun.current });
    }
  }

  return {
    running: run.isPending,
    cancelling: run.isPending && (cancel.isPending || cancel.data?.cancelled === true),
    progress,
    latest,
    error: run.isError ? run.error : null,
    start,
    stop,
  };
}

export type Collection = ReturnType<typeof useCollection>;

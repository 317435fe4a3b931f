/**
 * The react-query options of the Diff and History views. Both read the same history (keyed by
 * the database and the run just collected), and a comparison is keyed by its two choices, so
 * switching back to an earlier pair shows it again without asking the main side.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import type { HistoryListing } from '../../../shared/ipc/channels/diff.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import { useTransport } from '../api/transport-context.tsx';
import type { Transport } from '../transport/transport.ts';
import { choiceKey, type SourceChoice, toPayloadSource } from './source-choice.ts';

/** The target as a key part; it stays in this window's memory like the target itself. */
function targetKey(target: ConnectionTarget): string {
  return JSON.stringify(target);
}

export const diffQueryKeys = {
  history: ['history'] as const,
  comparisons: ['comparison'] as const,
};

export function historyQuery(transport: Transport, target: ConnectionTarget, thisRunId: string) {
  return queryOptions({
    queryKey: [...diffQueryKeys.history, targetKey(target), thisRunId] as const,
    queryFn: () => transport.call('listHistory', { target, thisRunId }),
    // The main side keeps the reading; asking again is cheap but never needed on its own.
    staleTime: Infinity,
  });
}

export function comparisonQuery(
  transport: Transport,
  target: ConnectionTarget,
  left: SourceChoice,
  right: SourceChoice,
) {
  return queryOptions({
    queryKey: [
      ...diffQueryKeys.comparisons,
      targetKey(target),
      choiceKey(left),
      choiceKey(right),
    ] as const,
    queryFn: () =>
      transport.call('comparePayloads', {
        target,
        left: toPayloadSource(left),
        right: toPayloadSource(right),
      }),
    staleTime: Infinity,
  });
}

/**
 * Reads usage_stats again (FusionAuth may have sent a queued row since), then drops every
 * comparison made from the earlier reading.
 */
export function useRereadHistory(target: ConnectionTarget, thisRunId: string) {
  const transport = useTransport();
  const client = useQueryClient();

  return useMutation({
    mutationFn: () => transport.call('listHistory', { target, thisRunId, reread: true }),
    onSuccess: async (listing: HistoryListing) => {
      client.setQueryData(historyQuery(transport, target, thisRunId).queryKey, listing);
      await client.invalidateQueries({ queryKey: diffQueryKeys.comparisons });
    },
  });
}

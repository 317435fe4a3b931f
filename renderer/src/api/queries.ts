/**
 * Every call the renderer makes, as react-query options or mutation hooks, so keys, types
 * and cache updates live in one place.
 */
import {
  queryOptions,
  useMutation,
  useQueryClient,
  type UseMutationResult,
} from '@tanstack/react-query';

import type { InspectorError } from '../../../shared/errors.ts';
import type { ArgsOf, ChannelName, ResultOf } from '../../../shared/ipc/contract.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import type { Transport } from '../transport/transport.ts';
import { useTransport } from './transport-context.tsx';

// Every call goes through a transport that rejects only with InspectorError.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: InspectorError;
  }
}

export const queryKeys = {
  appInfo: ['appInfo'] as const,
  profiles: ['profiles'] as const,
  optOutState: (target: ConnectionTarget) => ['optOutState', target] as const,
  runPrivacy: (runId: string) => ['runPrivacy', runId] as const,
  runReviews: (runId: string) => ['runReviews', runId] as const,
  pdfExport: ['pdfExportAvailability'] as const,
};

export function appInfoQuery(transport: Transport) {
  return queryOptions({
    queryKey: queryKeys.appInfo,
    queryFn: () => transport.call('appInfo', {}),
    staleTime: Infinity,
  });
}

export function profilesQuery(transport: Transport) {
  return queryOptions({
    queryKey: queryKeys.profiles,
    queryFn: () => transport.call('listProfiles', {}),
  });
}

/** Read when the view is first opened, and again only when the reviewer asks. */
export function optOutStateQuery(transport: Transport, target: ConnectionTarget) {
  return queryOptions({
    queryKey: queryKeys.optOutState(target),
    queryFn: () => transport.call('readOptOutState', { target }),
    staleTime: Infinity,
  });
}

/** A run's payload never changes, so neither does its check. */
export function runPrivacyQuery(transport: Transport, runId: string) {
  return queryOptions({
    queryKey: queryKeys.runPrivacy(runId),
    queryFn: () => transport.call('checkRunPrivacy', { runId }),
    staleTime: Infinity,
  });
}

/** Reread after every save; saving a review invalidates it. */
export function runReviewsQuery(transport: Transport, runId: string) {
  return queryOptions({
    queryKey: queryKeys.runReviews(runId),
    queryFn: () => transport.call('listRunReviews', { runId }),
  });
}

export function pdfExportQuery(transport: Transport) {
  return queryOptions({
    queryKey: queryKeys.pdfExport,
    queryFn: () => transport.call('pdfExportAvailability', {}),
    staleTime: Infinity,
  });
}

export type ChannelMutation<Name extends ChannelName> = UseMutationResult<
  ResultOf<Name>,
  InspectorError,
  ArgsOf<Name>
>;

/** A mutation for one channel; `invalidates` names the queries its success makes stale. */
export function useChannelMutation<Name extends ChannelName>(
  channel: Name,
  invalidates: readonly (readonly string[])[] = [],
): ChannelMutation<Name> {
  const transport = useTransport();
  const client = useQueryClient();

  return useMutation<ResultOf<Name>, InspectorError, ArgsOf<Name>>({
    mutationFn: (args) => transport.call(channel, args),
    onSuccess: async () => {
      await Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

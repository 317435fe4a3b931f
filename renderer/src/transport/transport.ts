/**
 * How the renderer reaches the handlers: `call` sends one request and resolves with its
 * result or rejects with an InspectorError; `subscribe` listens to one kind of event.
 */
import type {
  ArgsOf,
  ChannelName,
  EventName,
  EventPayloadOf,
  ResultOf,
} from '../../../shared/ipc/contract.ts';
import { InspectorError } from '../../../shared/errors.ts';
import type { Envelope } from '../../../shared/ipc/envelope.ts';

export interface Transport {
  call<Name extends ChannelName>(channel: Name, args: ArgsOf<Name>): Promise<ResultOf<Name>>;
  subscribe<Name extends EventName>(
    event: Name,
    listener: (payload: EventPayloadOf<Name>) => void,
  ): () => void;
}

/** The result of an envelope, or its error rebuilt as the typed InspectorError. */
export function unwrap<Result>(envelope: Envelope<Result>): Result {
  if (envelope.ok) {
    return envelope.value;
  }

  throw InspectorError.fromSerialized(envelope.error);
}

/** Any failure to reach the other side, as the error the UI knows how to show. */
export function transportFailure(what: string, error: unknown): InspectorError {
  const reason = error instanceof Error ? error.message : String(error);

  return new InspectorError('internal', `${what}: ${reason}`);
}

/**
 * The shape of a main-side handler: a plain async function of the validated argument and
 * the caller's context. No Electron or HTTP types appear here, so every handler runs and is
 * tested under plain Node.
 */
import type {
  ChannelName,
  EventName,
  EventPayloadOf,
  ParsedArgsOf,
  ResultOf,
} from '../../shared/ipc/contract.ts';

/** The caller of one request: where its events go. */
export interface RequestContext {
  emit<Name extends EventName>(event: Name, payload: EventPayloadOf<Name>): void;
}

export type Handler<Name extends ChannelName> = (
  args: ParsedArgsOf<Name>,
  context: RequestContext,
) => Promise<ResultOf<Name>>;

/** Handlers for some of the channels; each area's file provides one of these. */
export type HandlersFor<Names extends ChannelName> = { [Name in Names]: Handler<Name> };

/** Handlers for every channel: what the dispatcher needs. */
export type AllHandlers = HandlersFor<ChannelName>;

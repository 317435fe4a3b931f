/**
 * The single entry point for requests from any renderer: check the channel and the
 * argument against the contract, run the handler, and answer with an envelope. Electron's
 * IPC bridge and the HTTP server both call this after their own sender checks.
 */
import { parseRequest } from '../../shared/ipc/contract.ts';
import { type Envelope, failure, success } from '../../shared/ipc/envelope.ts';
import type { AllHandlers, Handler, RequestContext } from './handler-types.ts';
import { serializeError } from './serialize-error.ts';

export type Dispatch = (
  channel: unknown,
  args: unknown,
  context: RequestContext,
) => Promise<Envelope<unknown>>;

export function createDispatcher(handlers: AllHandlers): Dispatch {
  return async (channel, args, context) => {
    try {
      const request = parseRequest(channel, args);
      // The contract ties each name to its handler's argument type; TypeScript cannot follow
      // that through a union of names, so the lookup is widened here, after validation.
      const handler = handlers[request.channel] as Handler<typeof request.channel>;

      return success(await handler(request.args as never, context));
    } catch (error) {
      return failure(serializeError(error, typeof channel === 'string' ? channel : 'request'));
    }
  };
}

/**
 * The desktop transport: window.inspector, the preload's one method per channel.
 */
import type { InspectorApi } from '../../../shared/ipc/contract.ts';
import type { Envelope } from '../../../shared/ipc/envelope.ts';
import type { Transport } from './transport.ts';
import { unwrap } from './transport.ts';

export function ipcTransport(api: InspectorApi): Transport {
  return {
    async call(channel, args) {
      // Each method takes its own channel's argument; the union of all of them cannot be
      // called directly, so it is narrowed to this channel's signature.
      const method = api[channel] as unknown as (input: typeof args) => Promise<Envelope<never>>;

      return unwrap(await method(args));
    },
    subscribe(event, listener) {
      const name = `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as keyof InspectorApi;
      const subscribe = api[name] as unknown as (callback: typeof listener) => () => void;

      return subscribe(listener);
    },
  };
}

/**
 * The serve-mode transport: POST /api/<channel> with the run's token, and one event stream
 * (GET /api/events, read with fetch so the token can travel in a header as everywhere else).
 */
import type { EventName } from '../../../shared/ipc/contract.ts';
import type { Envelope } from '../../../shared/ipc/envelope.ts';
import { type Transport, transportFailure, unwrap } from './transport.ts';

const TOKEN_HEADER = 'X-Inspector-Token';
/** How long to wait before reopening a dropped event stream. */
const RECONNECT_MS = 1000;

type Listener = (payload: never) => void;

export function httpTransport(token: string): Transport {
  const listeners = new Map<EventName, Set<Listener>>();
  let streaming = false;

  async function call(channel: string, args: unknown): Promise<never> {
    let response: Response;
    try {
      response = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(args),
      });
    } catch (error) {
      throw transportFailure('The inspector server cannot be reached (was it stopped?)', error);
    }

    let envelope: Envelope<never>;
    try {
      envelope = (await response.json()) as Envelope<never>;
    } catch (error) {
      throw transportFailure(
        `The inspector server sent an unreadable answer (${response.status})`,
        error,
      );
    }

    return unwrap(envelope);
  }

  function deliver(text: string): void {
    const message = JSON.parse(text) as { event: EventName; payload: never };
    for (const listener of listeners.get(message.event) ?? []) {
      listener(message.payload);
    }
  }

  async function stream(): Promise<void> {
    let reopen = true;
    try {
      const response = await fetch('./api/events', { headers: { [TOKEN_HEADER]: token } });
      if (!response.ok || response.body === null) {
        // Refused (a wrong token): the API calls will say so; retrying would not help.
        reopen = false;

        return;
      }

      await readEvents(response.body, deliver);
    } finally {
      // The stream ends when the server stops or the machine sleeps; try again quietly.
      if (reopen) {
        setTimeout(() => void stream().catch(() => undefined), RECONNECT_MS);
      }
    }
  }

  return {
    call: call as Transport['call'],
    subscribe(event, listener) {
      if (!streaming) {
        streaming = true;
        void stream().catch(() => undefined);
      }

      const set = listeners.get(event) ?? new Set();
      set.add(listener as Listener);
      listeners.set(event, set);

      return () => set.delete(listener as Listener);
    },
  };
}

/** Reads `data:` lines of a server-sent event stream and passes each payload on. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  onData: (text: string) => void,
): Promise<void> {
  // DOM typings describe TextDecoderStream's input more loosely than pipeThrough accepts.
  const decoder = new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>;
  const reader = body.pipeThrough(decoder).getReader();
  let buffer = '';

  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }

    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      for (const line of block.split('\n')) {
        if (line.startsWith('data: ')) {
          onData(line.slice('data: '.length));
        }
      }
      end = buffer.indexOf('\n\n');
    }
  }
}

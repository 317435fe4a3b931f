/**
 * Server-sent events for `serve`: every open stream gets every event (one user, one page;
 * the run id inside lets the page match progress to its run).
 */
import type { ServerResponse } from 'node:http';

import type { EventName, EventPayloadOf } from '../../shared/ipc/contract.ts';

/** Comment lines keep proxies and the browser from timing an idle stream out. */
const KEEP_ALIVE_MS = 15_000;

export class EventStreams {
  readonly #clients = new Set<ServerResponse>();
  #keepAlive: NodeJS.Timeout | undefined;

  open(response: ServerResponse): void {
    response.statusCode = 200;
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Connection', 'keep-alive');
    response.flushHeaders();
    response.write(': connected\n\n');

    this.#clients.add(response);
    response.on('close', () => this.#clients.delete(response));
    this.#keepAlive ??= setInterval(() => this.#writeAll(': keep-alive\n\n'), KEEP_ALIVE_MS);
    this.#keepAlive.unref();
  }

  emit<Name extends EventName>(event: Name, payload: EventPayloadOf<Name>): void {
    this.#writeAll(`data: ${JSON.stringify({ event, payload })}\n\n`);
  }

  closeAll(): void {
    clearInterval(this.#keepAlive);
    for (const client of this.#clients) {
      client.end();
    }
    this.#clients.clear();
  }

  #writeAll(text: string): void {
    for (const client of this.#clients) {
      client.write(text);
    }
  }
}

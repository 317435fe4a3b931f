/**
 * `serve`'s loopback HTTP server: the built renderer, and the same handlers the desktop app
 * uses at POST /api/<channel> (body: the channel's argument; answer: its envelope), with
 * events at GET /api/events. Bound to 127.0.0.1 only; every request passes the guard first.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { InspectorError } from '../../shared/errors.ts';
import { failure } from '../../shared/ipc/envelope.ts';
import type { Dispatch } from '../api/dispatch.ts';
import type { RequestContext } from '../api/handler-types.ts';
import { findRendererFile } from '../api/renderer-files.ts';
import { serializeError } from '../api/serialize-error.ts';
import { EventStreams } from './event-stream.ts';
import { readJsonBody } from './read-body.ts';
import { checkRequest, TOKEN_HEADER, TOKEN_QUERY } from './request-guard.ts';
import { sendJson, sendText, setSecurityHeaders } from './response-headers.ts';

export interface ServeOptions {
  /** 0 picks a free port. */
  port: number;
  token: string;
  rendererRoot: string;
  /** Builds the dispatcher once the event streams exist, so handlers can emit to them. */
  createDispatch: () => Dispatch;
}

export interface RunningServer {
  /** The address to open, token included. */
  url: string;
  port: number;
  events: EventStreams;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';
const EVENTS_PATH = '/api/events';

export async function startHttpServer(options: ServeOptions): Promise<RunningServer> {
  const events = new EventStreams();
  const dispatch = options.createDispatch();
  const context: RequestContext = { emit: (event, payload) => events.emit(event, payload) };
  let port = options.port;

  const server = createServer((request, response) => {
    setSecurityHeaders(response);
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        sendJson(response, 500, failure(serializeError(error, 'request')));
      } else {
        response.end();
      }
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    const isApi = url.pathname.startsWith(API_PREFIX);
    const file = isApi ? null : findRendererFile(options.rendererRoot, url.pathname);
    const isPage = file?.path.endsWith('index.html') ?? false;

    const token = isApi
      ? headerValue(request, TOKEN_HEADER)
      : (url.searchParams.get(TOKEN_QUERY) ?? undefined);
    const verdict = checkRequest(
      {
        host: request.headers.host,
        origin: request.headers.origin,
        token,
        needsToken: isApi || isPage,
      },
      { port, token: options.token },
    );
    if (!verdict.allowed) {
      if (isApi) {
        sendJson(response, verdict.status, failure({ code: 'usage', message: verdict.reason }));
      } else {
        sendText(response, verdict.status, verdict.reason);
      }

      return;
    }

    if (isApi) {
      await handleApi(request, response, url.pathname);

      return;
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Only GET is allowed here.');

      return;
    }

    if (file === null) {
      sendText(response, 404, 'Not found.');

      return;
    }

    response.statusCode = 200;
    response.setHeader('Content-Type', file.contentType);
    createReadStream(file.path).pipe(response);
  }

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): Promise<void> {
    if (path === EVENTS_PATH) {
      if (request.method !== 'GET') {
        sendJson(response, 405, failure({ code: 'usage', message: 'Use GET for events.' }));

        return;
      }

      events.open(response);

      return;
    }

    if (request.method !== 'POST') {
      sendJson(response, 405, failure({ code: 'usage', message: 'API calls use POST.' }));

      return;
    }

    let args: unknown;
    try {
      args = await readJsonBody(request);
    } catch (error) {
      sendJson(response, 400, failure(serializeError(error, 'request')));

      return;
    }

    const channel = decodeURIComponent(path.slice(API_PREFIX.length));
    // Failures are answers too (status 200): the envelope carries the error for the UI.
    sendJson(response, 200, await dispatch(channel, args, context));
  }

  await listen(server, options.port);
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${encodeURIComponent(options.token)}`,
    port,
    events,
    async close() {
      events.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];

  return Array.isArray(value) ? value[0] : value;
}

async function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new InspectorError(
              'usage',
              `Port ${port} is already in use. Choose another with --port, or leave --port out.`,
            )
          : new InspectorError('internal', `Cannot listen on 127.0.0.1:${port}: ${error.message}`),
      );
    });
    // Loopback only: the inspector is never reachable from another machine.
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

/**
 * Who may talk to `usage-inspector serve`: only a page this server gave out, on this
 * machine. Every request must name 127.0.0.1 or localhost on our port as its Host (this
 * defeats DNS rebinding); a browser's Origin, when sent, must be that same address (this
 * defeats other web pages); and the API and the page itself need the per-run token that
 * was printed on the terminal.
 */
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-inspector-token';
export const TOKEN_QUERY = 'token';

export interface GuardSettings {
  port: number;
  token: string;
}

export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  /** The token the request carried (header for the API, query for the page), if any. */
  token: string | undefined;
  needsToken: boolean;
}

export type GuardVerdict =
  { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function checkRequest(facts: RequestFacts, settings: GuardSettings): GuardVerdict {
  const hosts = allowedOrigins(settings.port).map((origin) => origin.slice('http://'.length));
  if (facts.host === undefined || !hosts.includes(facts.host.toLowerCase())) {
    return refuse(403, 'This server answers only requests addressed to 127.0.0.1 on its port.');
  }

  if (facts.origin !== undefined && !allowedOrigins(settings.port).includes(facts.origin)) {
    return refuse(403, 'Requests from other web pages are refused.');
  }

  if (facts.needsToken && !tokenMatches(facts.token, settings.token)) {
    return refuse(
      401,
      'The access token is missing or wrong. Open the URL printed by usage-inspector serve.',
    );
  }

  return { allowed: true };
}

function refuse(status: 401 | 403, reason: string): GuardVerdict {
  return { allowed: false, status, reason };
}

/** Constant-time comparison, so the token cannot be guessed one character at a time. */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) {
    return false;
  }

  const left = Buffer.from(given);
  const right = Buffer.from(expected);

  return left.length === right.length && timingSafeEqual(left, right);
}

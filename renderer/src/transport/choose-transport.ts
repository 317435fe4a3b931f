/**
 * Picks the transport once, at start: the desktop app's preload puts `window.inspector` on
 * the page; without it the page was opened from `usage-inspector serve` with a token.
 */
import type { InspectorApi } from '../../../shared/ipc/contract.ts';
import { httpTransport } from './http-transport.ts';
import { ipcTransport } from './ipc-transport.ts';
import type { Transport } from './transport.ts';

declare global {
  interface Window {
    /** Present only in the desktop app (electron/preload.cts). */
    readonly inspector?: InspectorApi;
  }
}

export type TransportChoice = { transport: Transport } | { problem: string };

export function chooseTransport(): TransportChoice {
  if (window.inspector !== undefined) {
    return { transport: ipcTransport(window.inspector) };
  }

  const token = new URLSearchParams(window.location.search).get('token');
  if (token === null || token === '') {
    return {
      problem:
        'This page needs the address printed by "usage-inspector serve", token included. ' +
        'Copy the whole address from the terminal.',
    };
  }

  return { transport: httpTransport(token) };
}

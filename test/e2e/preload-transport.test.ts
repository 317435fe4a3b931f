/**
 * The renderer as the desktop app runs it: with a `window.inspector` shaped exactly like
 * the preload's (one method per channel answering envelopes, one subscription per event)
 * the renderer must use it instead of HTTP. Electron cannot run here, so the stand-in
 * forwards each method to `serve`; what is tested is the renderer's side of the bridge.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { channels, events } from '../../shared/ipc/contract.ts';
import { InspectorPage } from './support/inspector-page.ts';
import { startDemoSession } from './support/serve-session.ts';
import { whyNotDemo } from './support/skip-reasons.ts';

/** Runs in the page before the app: builds window.inspector from the names given. */
const INSTALL_BRIDGE = `(${String(
  (setup: { token: string; channels: string[]; events: string[] }) => {
    const calls: string[] = [];
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const api: Record<string, unknown> = { calls };

    for (const channel of setup.channels) {
      api[channel] = async (args: unknown) => {
        calls.push(channel);
        const response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Inspector-Token': setup.token,
            'X-Test-Bridge': '1',
          },
          body: JSON.stringify(args),
        });

        return response.json();
      };
    }

    for (const event of setup.events) {
      const name = `on${event.charAt(0).toUpperCase()}${event.slice(1)}`;
      api[name] = (listener: (payload: unknown) => void) => {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);

        return () => set.delete(listener);
      };
    }

    void (async () => {
      const response = await fetch('/api/events', {
        headers: { 'X-Inspector-Token': setup.token, 'X-Test-Bridge': '1' },
      });
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          return;
        }
        buffer += value;
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          if (block.startsWith('data: ')) {
            const message = JSON.parse(block.slice(6)) as { event: string; payload: unknown };
            for (const listener of listeners.get(message.event) ?? []) {
              listener(message.payload);
            }
          }
        }
      }
    })();

    Object.defineProperty(globalThis, 'inspector', { value: Object.freeze(api) });
  },
)})`;

test('the renderer uses window.inspector when the preload provides it', async (t) => {
  const reason = whyNotDemo();
  if (reason !== null) {
    t.skip(reason);

    return;
  }

  const { serve, browser } = await startDemoSession(t, 'inspector-e2e-bridge-');

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(
    `${INSTALL_BRIDGE}(${JSON.stringify({
      token: serve.token,
      channels: Object.keys(channels),
      events: Object.keys(events),
    })})`,
  );
  const ui = new InspectorPage(page, serve.origin);
  const apiRequests: Array<Promise<{ url: string; bridged: boolean }>> = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) {
      apiRequests.push(
        request
          .allHeaders()
          .then((headers) => ({ url: request.url(), bridged: headers['x-test-bridge'] === '1' })),
      );
    }
  });
  await page.goto(serve.url);

  await ui.openDemo();
  await ui.setCollectOptions({ all: true });
  await ui.collect();

  assert.ok((await ui.rows().count()) >= 180);
  // Every call the renderer made went through the bridge, none straight to HTTP.
  const calls = await ui.inPage<string[]>('window.inspector.calls');
  // The Review view checks each new run as soon as it arrives; the others wait for their tab.
  assert.deepEqual([...new Set(calls)].sort(), [
    'appInfo',
    'checkRunPrivacy',
    'listProfiles',
    'listRunReviews',
    'pdfExportAvailability',
    'runCollection',
    'testConnection',
  ]);
  assert.ok(apiRequests.length > 0);
  const seen = await Promise.all(apiRequests);
  assert.deepEqual(
    seen.filter((request) => !request.bridged),
    [],
  );
  assert.deepEqual(ui.pageErrors, []);
});

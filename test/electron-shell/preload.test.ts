/**
 * The preload against a stubbed contextBridge and ipcRenderer: it exposes exactly one
 * method per contract channel and one subscription per event under window.inspector, calls
 * go out on the one invoke channel, and listeners get the payload only, never the event.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { runInNewContext } from 'node:vm';

import ts from 'typescript';

import { channels, EVENT_CHANNEL, events, INVOKE_CHANNEL } from '../../shared/ipc/contract.ts';

interface Exposed {
  name: string;
  api: Record<string, (...args: unknown[]) => unknown>;
}

type Listener = (...args: unknown[]) => void;

function loadPreload() {
  const source = readFileSync(new URL('../../electron/preload.cts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });

  const exposed: Exposed[] = [];
  const invocations: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const electron = {
    contextBridge: {
      exposeInMainWorld: (name: string, api: Exposed['api']) => exposed.push({ name, api }),
    },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        invocations.push(args);

        return { ok: true, value: null };
      },
      on: (channel: string, listener: Listener) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
      },
      removeListener: (channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  const required: string[] = [];
  const module = { exports: {} };
  runInNewContext(outputText, {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name !== 'electron') {
        throw new Error(`the preload required ${name}`);
      }

      return electron;
    },
  });

  const fire = (...args: unknown[]): void => {
    for (const listener of listeners.get(EVENT_CHANNEL) ?? []) {
      listener({ sender: 'the ipcRenderer itself' }, ...args);
    }
  };

  return { exposed, invocations, listeners, required, fire };
}

describe('the preload', () => {
  test('exposes one object, window.inspector, and requires nothing but electron', () => {
    const preload = loadPreload();

    assert.deepEqual(
      preload.exposed.map((entry) => entry.name),
      ['inspector'],
    );
    assert.deepEqual(preload.required, ['electron']);
  });

  test('has exactly one method per channel and one subscription per event', () => {
    const [entry] = loadPreload().exposed;
    const expected = [
      ...Object.keys(channels),
      ...Object.keys(events).map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`),
    ].sort();

    assert.deepEqual(Object.keys(entry!.api).sort(), expected);
  });

  test('each method invokes its own channel name on the single invoke channel', async () => {
    const preload = loadPreload();
    const api = preload.exposed[0]!.api;

    await api['cancelCollection']!({ runId: 'x' });
    await api['appInfo']!({});

    assert.deepEqual(preload.invocations, [
      [INVOKE_CHANNEL, 'cancelCollection', { runId: 'x' }],
      [INVOKE_CHANNEL, 'appInfo', {}],
    ]);
  });

  test('a listener gets only its own event payload, never the IPC event object', () => {
    const preload = loadPreload();
    const received: unknown[][] = [];
    const unsubscribe = preload.exposed[0]!.api['onCollectionProgress']!((...args: unknown[]) =>
      received.push(args),
    ) as () => void;

    preload.fire('collectionProgress', { runId: 'r', index: 1, total: 2, key: 'tenantNumber' });
    preload.fire('somethingElse', { secret: true });
    unsubscribe();
    preload.fire('collectionProgress', { runId: 'r', index: 2, total: 2, key: 'late' });

    assert.deepEqual(received, [[{ runId: 'r', index: 1, total: 2, key: 'tenantNumber' }]]);
    assert.equal(preload.listeners.get(EVENT_CHANNEL)?.size, 0);
  });
});

/**
 * The preload: exactly one method per contract channel on window.inspector, plus one
 * subscription per event, and nothing else. A sandboxed preload cannot load other files,
 * so the names are listed here; `satisfies` makes a missing or unknown name a compile
 * error. Listeners receive only the event's payload, never Electron's event object.
 */
// A sandboxed preload cannot be an ES module, so this file is CommonJS and imports that way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import electron = require('electron');

import type {
  ChannelName,
  EVENT_CHANNEL as EventChannel,
  EventName,
  INVOKE_CHANNEL as InvokeChannel,
  InspectorApi,
} from '../shared/ipc/contract.ts';

const { contextBridge, ipcRenderer } = electron;

const INVOKE: typeof InvokeChannel = 'inspector:invoke';
const EVENT: typeof EventChannel = 'inspector:event';

const CHANNELS = {
  appInfo: true,
  testConnection: true,
  runCollection: true,
  cancelCollection: true,
  listProfiles: true,
  saveProfile: true,
  deleteProfile: true,
  savePayload: true,
  listHistory: true,
  loadPayload: true,
  comparePayloads: true,
  deleteSavedRun: true,
  readOptOutState: true,
  checkRunPrivacy: true,
  listRunReviews: true,
  saveRunReview: true,
  exportRunReport: true,
  pdfExportAvailability: true,
} as const satisfies Record<ChannelName, true>;

const EVENTS = {
  collectionProgress: true,
} as const satisfies Record<EventName, true>;

function subscriptionName(event: string): string {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}`;
}

const api: Record<string, unknown> = {};

for (const channel of Object.keys(CHANNELS)) {
  api[channel] = (args: unknown) => ipcRenderer.invoke(INVOKE, channel, args);
}

for (const event of Object.keys(EVENTS)) {
  api[subscriptionName(event)] = (listener: (payload: unknown) => void) => {
    const forward = (_event: electron.IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) {
        listener(payload);
      }
    };
    ipcRenderer.on(EVENT, forward);

    return () => {
      ipcRenderer.removeListener(EVENT, forward);
    };
  };
}

contextBridge.exposeInMainWorld('inspector', api as unknown as InspectorApi);

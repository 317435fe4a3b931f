/**
 * What the renderer asks first: which shell it runs in and what the user started it with.
 */
import { z } from 'zod';

import { carries, defineChannel } from '../define.ts';

export interface AppInfo {
  /** `desktop`: the Electron app; `serve`: a browser talking to `usage-inspector serve`. */
  mode: 'desktop' | 'serve';
  inspectorVersion: string;
  /** What the command line named, so the connect screen can offer it first. */
  startup: { kind: 'none' } | { kind: 'demo' } | { kind: 'profile'; profileId: string };
}

export const appChannels = {
  appInfo: defineChannel(z.strictObject({}), carries<AppInfo>()),
};

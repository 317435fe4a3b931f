/**
 * The one IPC contract: every channel the renderer may call and every event it may receive.
 * Electron's preload, the main-side dispatcher, the HTTP API of `serve` and the renderer all
 * take their names and types from here.
 *
 * To add an area (diff, history, opt-out, review): write shared/ipc/channels/<area>.ts and
 * spread it below, then add its handlers in electron/api/handlers/<area>.ts and list them in
 * electron/api/handlers/index.ts. The preload's method list will not compile until the new
 * names are there too.
 */
import type { z } from 'zod';

import { InspectorError } from '../errors.ts';
import { appChannels } from './channels/app.ts';
import { collectionChannels, collectionEvents } from './channels/collection.ts';
import { connectionChannels } from './channels/connection.ts';
import { diffChannels } from './channels/diff.ts';
import { optOutChannels } from './channels/optout.ts';
import { payloadChannels } from './channels/payload.ts';
import { profileChannels } from './channels/profiles.ts';
import { reviewChannels } from './channels/review.ts';
import type { CarriedBy } from './define.ts';
import type { Envelope } from './envelope.ts';

export const channels = {
  ...appChannels,
  ...connectionChannels,
  ...collectionChannels,
  ...profileChannels,
  ...payloadChannels,
  ...diffChannels,
  ...optOutChannels,
  ...reviewChannels,
};

export const events = {
  ...collectionEvents,
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type EventName = keyof typeof events;

/** What the caller passes (before zod fills defaults or trims). */
export type ArgsOf<Name extends ChannelName> = z.input<Channels[Name]['args']>;
/** What a handler receives, after validation. */
export type ParsedArgsOf<Name extends ChannelName> = z.output<Channels[Name]['args']>;
export type ResultOf<Name extends ChannelName> = CarriedBy<Channels[Name]['result']>;
export type EventPayloadOf<Name extends EventName> = CarriedBy<(typeof events)[Name]['payload']>;

/** The method each channel gets on `window.inspector`, one per channel. */
export type ChannelMethods = {
  [Name in ChannelName]: (args: ArgsOf<Name>) => Promise<Envelope<ResultOf<Name>>>;
};

/** `onCollectionProgress(listener)` and so on; each returns the function that unsubscribes. */
export type EventSubscriptions = {
  [Name in EventName as `on${Capitalize<Name>}`]: (
    listener: (payload: EventPayloadOf<Name>) => void,
  ) => () => void;
};

export type InspectorApi = ChannelMethods & EventSubscriptions;

/** The one Electron IPC channel requests travel on; the channel name is its first argument. */
export const INVOKE_CHANNEL = 'inspector:invoke';
/** The one Electron IPC channel events travel on; the event name is its first argument. */
export const EVENT_CHANNEL = 'inspector:event';

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

export interface ParsedRequest<Name extends ChannelName = ChannelName> {
  channel: Name;
  args: ParsedArgsOf<Name>;
}

/**
 * Checks a request from the renderer: a known channel and an argument its schema accepts.
 * The error names the fields that are wrong but never repeats their values (a password
 * field must not come back in a message).
 */
export function parseRequest(channel: unknown, args: unknown): ParsedRequest {
  if (!isChannelName(channel)) {
    const shown = typeof channel === 'string' ? `"${channel.slice(0, 64)}"` : typeof channel;
    throw new InspectorError('usage', `There is no channel ${shown}.`);
  }

  const parsed = channels[channel].args.safeParse(args);
  if (!parsed.success) {
    throw new InspectorError(
      'usage',
      `Invalid arguments for ${channel}: ${describeIssues(parsed.error.issues)}`,
      { channel, fields: parsed.error.issues.map((issue) => issue.path.join('.')) },
    );
  }

  return { channel, args: parsed.data } as ParsedRequest;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length === 0 ? 'the argument' : issue.path.join('.');

      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Every channel's handler, gathered from the per-area files. The one place a new area's
 * handlers are added; the type makes a missing or misspelled channel a compile error.
 */
import type { AllHandlers } from '../handler-types.ts';
import type { ApiServices } from '../services.ts';
import { appHandlers } from './app.ts';
import { collectionHandlers } from './collection.ts';
import { connectionHandlers } from './connection.ts';
import { diffHandlers } from './diff.ts';
import { optOutHandlers } from './optout.ts';
import { payloadHandlers } from './payload.ts';
import { profileHandlers } from './profiles.ts';
import { reviewHandlers } from './review.ts';

export function createHandlers(services: ApiServices): AllHandlers {
  return {
    ...appHandlers(services),
    ...connectionHandlers(services),
    ...collectionHandlers(services),
    ...profileHandlers(services),
    ...payloadHandlers(services),
    ...diffHandlers(services),
    ...optOutHandlers(services),
    ...reviewHandlers(services),
  };
}

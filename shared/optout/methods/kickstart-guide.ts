/**
 * Opting out from the very first boot: a Kickstart request entry (fusionauth.md §1.5).
 * Kickstart has no usage-data setting of its own; an ordinary PATCH request does the job.
 */
import { SYSTEM_CONFIGURATION_PATH, usageDataPatchBody } from '../system-configuration-api.ts';
import type { Guide, OptOutState } from '../types.ts';
import { managedWarnings } from './method-warnings.ts';

export function kickstartRequest() {
  return {
    method: 'PATCH',
    url: SYSTEM_CONFIGURATION_PATH,
    body: usageDataPatchBody(false),
  };
}

/** A complete Kickstart file: a global key from the environment, and the opt-out request. */
export function kickstartFile() {
  return {
    variables: { apiKey: '#{ENV.FUSIONAUTH_API_KEY}' },
    apiKeys: [{ key: '#{apiKey}' }],
    requests: [kickstartRequest()],
  };
}

export function buildKickstartGuide(state: OptOutState): Guide {
  return {
    id: 'kickstart',
    title: 'Kickstart',
    summary:
      'A PATCH request entry in the Kickstart file, so a new instance never starts collecting.',
    steps: [
      'New file: use the whole file below. Existing file: add the request entry to its ' +
        '"requests" array, first, so a timeout in a later request cannot leave it unapplied.',
      'Point FusionAuth at the file with FUSIONAUTH_APP_KICKSTART_FILE (property ' +
        'fusionauth-app.kickstart.file) and set FUSIONAUTH_API_KEY in its environment.',
      'After the first boot, check the stored value with the API GET: Kickstart requests run ' +
        'in order with 5-second default timeouts, and a timeout part-way leaves the later ' +
        'requests unapplied.',
    ],
    artifacts: [
      {
        id: 'kickstart-file',
        title: 'kickstart.json',
        format: 'json',
        text: JSON.stringify(kickstartFile(), null, 2),
        placement: 'the file FUSIONAUTH_APP_KICKSTART_FILE names',
      },
      {
        id: 'kickstart-request',
        title: 'The request entry alone, for an existing requests array',
        format: 'json',
        text: JSON.stringify(kickstartRequest(), null, 2),
      },
    ],
    warnings: [
      ...managedWarnings(state),
      ...(state.setupComplete === true
        ? [
            'Kickstart only runs on an empty instance (no API keys, users or tenants); this ' +
              'one is already set up, so use the API instead.',
          ]
        : []),
    ],
    notes: [
      'The first Kickstart key must be global; Kickstart runs every request with it.',
      'A fresh install starts with usage data on, so without this entry a kickstarted ' +
        'instance sends it (it never shows the setup wizard).',
    ],
  };
}

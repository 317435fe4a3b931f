/**
 * When fusionauth-app.usage-data-managed=true, every opt-out method is refused: this tab comes
 * first and says what to change (fusionauth.md §1.6).
 */
import type { Guide, OptOutState } from '../types.ts';

export function buildManagedGuide(state: OptOutState): Guide {
  const origin = state.managed.origin ?? 'the configuration';

  return {
    id: 'managed',
    title: 'Managed mode is on',
    summary:
      'fusionauth-app.usage-data-managed=true forces usage data collection on; the API, the ' +
      'admin UI and the wizard cannot turn it off while it is set.',
    steps: [
      `Remove the setting from ${origin} (environment name FUSIONAUTH_APP_USAGE_DATA_MANAGED), ` +
        'or set it to false, and check that no other environment variable or -D option sets it.',
      'Restart FusionAuth so it reads its configuration again.',
      'Then opt out with the API and verify with the GET.',
    ],
    artifacts: [],
    warnings: [
      'The property is undocumented. The API refusing opt-out while it is set is observed in ' +
        'the 1.69.2 code; that removing it makes opting out possible again is inferred.',
    ],
    notes: ['This is the mechanism FusionAuth Cloud uses; there it cannot be changed.'],
  };
}

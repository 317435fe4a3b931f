/**
 * FusionAuth Cloud: there is nothing to switch off (fusionauth.md §1.7).
 */
import type { Guide } from '../types.ts';

export function buildCloudGuide(): Guide {
  return {
    id: 'cloud',
    title: 'FusionAuth Cloud',
    summary: 'On FusionAuth Cloud usage data collection cannot be disabled.',
    steps: [
      'The setup wizard checkbox is disabled, and the admin UI shows an explanation instead ' +
        'of the "Enable usage data collection" switch.',
      'Egress blocking does not apply either: FusionAuth runs the servers, not you.',
      'To keep usage data in your hands, run FusionAuth self-hosted and opt out there.',
    ],
    artifacts: [],
    warnings: [],
    notes: ['Stated in the collected-metrics documentation and the 1.55.1 release notes.'],
  };
}

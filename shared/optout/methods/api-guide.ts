/**
 * The primary way to opt out on a self-hosted instance: PATCH the system configuration, then
 * GET it back to see the stored value.
 */
import { fusionAuthUrlWarnings } from '../escape.ts';
import { PATCH_RESPONSES } from '../system-configuration-api.ts';
import type { Guide, OptOutInputs, OptOutState } from '../types.ts';
import { curlPatch, curlSetup, curlVerify } from './curl-commands.ts';
import { managedWarnings, versionWarnings } from './method-warnings.ts';
import { powershellPatch, powershellVerify } from './powershell-commands.ts';

export function buildApiGuide(state: OptOutState, inputs: OptOutInputs): Guide {
  const setup = curlSetup(inputs);
  const artifacts = [
    ...(setup === null ? [] : [setup]),
    curlPatch(inputs, false),
    curlVerify(inputs),
    powershellPatch(inputs, false),
    powershellVerify(inputs),
  ];

  return {
    id: 'api',
    title: 'System Configuration API',
    summary:
      'PATCH /api/system-configuration with usageDataConfiguration.enabled=false, then GET ' +
      'it back. Works on every self-hosted version from 1.55, and is the way that works on ' +
      '1.55.1, whose admin UI cannot save.',
    steps: [
      'Use a global API key (not assigned to a tenant) that may call GET and PATCH on ' +
        '/api/system-configuration; the "Least-privilege API key" tab shows one.',
      setup === null
        ? 'Run the PATCH command.'
        : 'Run the setup lines, then the PATCH command, in the same shell.',
      PATCH_RESPONSES,
      'Run the check: it must print "enabled": false.',
    ],
    artifacts,
    warnings: [
      ...managedWarnings(state),
      ...versionWarnings(state),
      ...(inputs.fusionAuthUrl === null ? [] : fusionAuthUrlWarnings(inputs.fusionAuthUrl)),
      ...(inputs.apiKey === null
        ? []
        : [
            'The API key is written into these commands. Anyone who sees the screen, the ' +
              'shell history or the process list while curl runs can read it; delete the ' +
              'key once the opt-out is verified.',
          ]),
    ],
    notes: [
      'PUT would replace the whole system configuration (and needs reportTimezone), so the ' +
        'commands use PATCH, which merges the body into the stored configuration.',
      ...(inputs.fusionAuthUrlOrigin === undefined
        ? []
        : [`The URL comes from fusionauth-app.url in ${inputs.fusionAuthUrlOrigin}.`]),
      'No jq? Pipe the check into python3 -m json.tool and look for usageDataConfiguration.',
    ],
  };
}

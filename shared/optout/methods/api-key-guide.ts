/**
 * The smallest API key that can opt out: global (no tenant), allowed only GET and PATCH on
 * /api/system-configuration (fusionauth.md §1.2).
 */
import { LEAST_PRIVILEGE_PERMISSIONS } from '../system-configuration-api.ts';
import type { Guide, OptOutState } from '../types.ts';

export function buildApiKeyGuide(state: OptOutState): Guide {
  const expiring = state.versionCaveats.some((caveat) => caveat.id === 'expiring-keys');
  const hidden = state.versionCaveats.some((caveat) => caveat.id === 'non-retrievable-keys');
  const unknownVersion = state.fusionAuthVersion === null;

  return {
    id: 'api-key',
    title: 'Least-privilege API key',
    summary:
      'A global key limited to GET and PATCH on /api/system-configuration: enough to opt out ' +
      'and check, nothing else.',
    steps: [
      'Create a new API key in the FusionAuth admin UI (its API Keys settings page).',
      'Leave the tenant unset: the System Configuration API only accepts global keys.',
      'Under endpoint permissions allow /api/system-configuration with GET and PATCH only. ' +
        'A key with no endpoint permissions at all can call every API, so never leave them empty.',
      ...(expiring || unknownVersion
        ? ['Give it an expiration a day or so ahead (FusionAuth 1.55.1 and later).']
        : []),
      ...(hidden || unknownVersion
        ? ['Make it non-retrievable (FusionAuth 1.56.0 and later).']
        : []),
      'Delete the key once the opt-out is verified.',
    ],
    artifacts: [
      {
        id: 'permissions',
        title: "The key's permissions, as the API Key API and Kickstart take them",
        format: 'json',
        text: JSON.stringify({ permissions: LEAST_PRIVILEGE_PERMISSIONS }, null, 2),
      },
    ],
    warnings: [],
    notes: [
      'A call with the wrong method or endpoint is answered 401, the same as a wrong key.',
      'Add PUT only if you really replace the configuration with PUT; these commands do not.',
    ],
  };
}

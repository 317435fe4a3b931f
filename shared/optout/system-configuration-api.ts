/**
 * The one API call that turns usage data off or on: PATCH /api/system-configuration with
 * usageDataConfiguration.enabled (fusionauth.md §1.1, §1.2). PATCH, not PUT: PUT replaces the
 * whole configuration and would need every field, reportTimezone included.
 */

export const SYSTEM_CONFIGURATION_PATH = '/api/system-configuration';

export interface UsageDataPatchBody {
  systemConfiguration: { usageDataConfiguration: { enabled: boolean } };
}

export function usageDataPatchBody(enabled: boolean): UsageDataPatchBody {
  return { systemConfiguration: { usageDataConfiguration: { enabled } } };
}

/** Endpoint permissions of a key that can only read and patch the system configuration. */
export const LEAST_PRIVILEGE_PERMISSIONS = {
  endpoints: { [SYSTEM_CONFIGURATION_PATH]: ['GET', 'PATCH'] },
} as const;

/** The shell expression for the endpoint: the typed URL quoted, or the variable. */
export const URL_VARIABLE = 'FUSIONAUTH_URL';
export const API_KEY_VARIABLE = 'FUSIONAUTH_API_KEY';

/** The placeholder shown when no URL was typed; example.com is reserved for examples. */
export const URL_PLACEHOLDER = 'https://fusionauth.example.com';

/** What each answer of the PATCH means, for the guides. */
export const PATCH_RESPONSES =
  '200 returns the whole system configuration with the new value. 401 means the key is ' +
  'wrong, is tenant-scoped, or lacks PATCH on /api/system-configuration. 400 with the field ' +
  'systemConfiguration.usageDataConfiguration.enabled and code [invalid] means FusionAuth ' +
  'runs with fusionauth-app.usage-data-managed=true and refuses to opt out.';

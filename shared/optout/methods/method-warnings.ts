/**
 * Warnings every opt-out method repeats, because each tab must stand on its own: managed mode
 * defeats all of them, and some versions have no flag or a broken admin page.
 */
import type { OptOutState } from '../types.ts';

export function managedWarnings(state: OptOutState): string[] {
  if (!state.managed.forced) {
    return [];
  }

  return [
    `fusionauth-app.usage-data-managed is true (${state.managed.origin ?? 'configuration'}): ` +
      'FusionAuth forces collection on and refuses enabled=false with a 400 error. Remove ' +
      'the setting and restart FusionAuth before opting out (the property is undocumented; ' +
      'that removing it restores the opt-out is inferred).',
  ];
}

export function versionWarnings(state: OptOutState): string[] {
  return state.versionCaveats
    .filter((caveat) => caveat.severity === 'warning')
    .map((caveat) => caveat.text);
}

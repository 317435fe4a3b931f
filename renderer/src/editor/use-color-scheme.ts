/**
 * The system's light or dark preference, kept up to date while the app is open.
 */
import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

const query = window.matchMedia('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void): () => void {
  query.addEventListener('change', onChange);

  return () => query.removeEventListener('change', onChange);
}

export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, () => (query.matches ? 'dark' : 'light'));
}

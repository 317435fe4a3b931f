/**
 * Where the desktop app's own content lives: app://inspector/. Node's URL gives custom
 * schemes an opaque origin ("null"), so the check compares scheme and host itself, on a
 * parsed URL (a startsWith check would let app://inspector.evil through).
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'inspector';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function isAppUrl(text: string | null | undefined): boolean {
  if (typeof text !== 'string') {
    return false;
  }

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }

  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

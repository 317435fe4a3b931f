/**
 * The window never leaves the app: navigation is allowed only within app://inspector/ (a
 * reload), and no new window is ever opened, whatever the link. Electron's security
 * checklist, items 13 and 14.
 */
import { isAppUrl } from './app-origin.ts';

export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** The answer for setWindowOpenHandler: always deny; the app has no second window. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * The answer for permission requests and checks: no, except writing text to the clipboard,
 * which the payload view's Copy button needs and which reads nothing.
 */
export function permissionDecision(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

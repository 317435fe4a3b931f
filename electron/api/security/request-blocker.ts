/**
 * The renderer may load nothing but the app's own files: every other request (http, https,
 * ws, file, ftp, another app:// host) is cancelled. The database is reached from the main
 * process with Node sockets, which never pass through here. security.md A2.16-17.
 */
import { isAppUrl } from './app-origin.ts';

export function isAllowedRendererRequest(url: string): boolean {
  return isAppUrl(url);
}

/** The answer for session.webRequest.onBeforeRequest. */
export function requestDecision(details: { url: string }): { cancel: boolean } {
  return { cancel: !isAllowedRendererRequest(details.url) };
}

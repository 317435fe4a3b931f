/**
 * Whether an IPC message may be handled: it must come from the main frame of a page the
 * app itself served. Iframes, other origins and frames that have gone away (Electron gives
 * a null senderFrame then) are refused. Electron's security checklist, item 17.
 */
import { isAppUrl } from './app-origin.ts';

export interface SenderFrame {
  url: string;
  /** False for an iframe or any other child frame. */
  isMainFrame: boolean;
}

export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.isMainFrame && isAppUrl(frame.url);
}

/**
 * Locks down a session before any page loads in it: every permission denied (but clipboard
 * writes), every request that is not the app's own content cancelled, no spellchecker and
 * no dictionary downloads. security.md A1.3, A2.16, A2.18.
 */
import type { Session } from 'electron';

import { APP_ENTRY_URL } from '../api/security/app-origin.ts';
import { permissionDecision } from '../api/security/navigation.ts';
import { requestDecision } from '../api/security/request-blocker.ts';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  session.setDevicePermissionHandler(() => false);

  // Only the last listener attached counts, so this is the one and only.
  session.webRequest.onBeforeRequest((details, callback) => callback(requestDecision(details)));

  session.setSpellCheckerEnabled(false);
  // Points Chromium's hunspell download at the app itself, where nothing answers.
  session.setSpellCheckerDictionaryDownloadURL(new URL('dictionaries/', APP_ENTRY_URL).href);
}

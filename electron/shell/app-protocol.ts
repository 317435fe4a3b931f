/**
 * app:// — how the desktop app serves its renderer instead of file:// (Electron's checklist
 * item 18). Registered as a standard, secure scheme so 'self' in the CSP means the app.
 */
import { protocol, type Session } from 'electron';

import { appProtocolResponse } from '../api/app-protocol-response.ts';
import { APP_SCHEME } from '../api/security/app-origin.ts';

/**
 * Must run before the app is ready, and only once. Not `corsEnabled`: the page and its
 * modules and workers share one origin, and that privilege would let other origins read it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer in this session; other sessions would need their own. */
export function serveRenderer(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererRoot, request));
}

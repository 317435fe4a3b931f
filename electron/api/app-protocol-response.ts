/**
 * The answer to one app:// request in the desktop app: a file of the built renderer with
 * the app's CSP, or 404. Written against the web Response type, so it runs under Node.
 */
import { readFile } from 'node:fs/promises';

import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy.ts';
import { findRendererFile } from './renderer-files.ts';
import { isAppUrl } from './security/app-origin.ts';

export async function appProtocolResponse(
  rendererRoot: string,
  request: { url: string; method: string },
): Promise<Response> {
  if (request.method !== 'GET' || !isAppUrl(request.url)) {
    return notFound();
  }

  const file = findRendererFile(rendererRoot, new URL(request.url).pathname);
  if (file === null) {
    return notFound();
  }

  return new Response(await readFile(file.path), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

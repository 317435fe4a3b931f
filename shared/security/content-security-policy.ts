/**
 * The renderer's Content-Security-Policy, one text for every way the UI is served: the
 * desktop app's app:// protocol, `serve`'s HTTP responses, and the <meta> tag Vite writes
 * into index.html. Nothing may load from anywhere but the app itself.
 */

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  // Relaxed for Monaco: it adds <style> elements at run time and positions every line,
  // cursor and widget with inline style attributes. No script can be injected this way.
  ['style-src', "'self' 'unsafe-inline'"],
  // Monaco's icon font (codicons) is bundled and served by the app.
  ['font-src', "'self'"],
  ['img-src', "'self'"],
  // Relaxed for Monaco: its editor and JSON workers run as module workers, loaded from the
  // app's own bundled files.
  ['worker-src', "'self'"],
  // serve mode calls its own /api on the same origin; the desktop app calls nothing (its
  // request blocker would cancel it anyway).
  ['connect-src', "'self'"],
  ['manifest-src', "'none'"],
  ['media-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** Directives that only work as an HTTP header; a <meta> tag must leave them out. */
const HEADER_ONLY: ReadonlyArray<readonly [string, string]> = [['frame-ancestors', "'none'"]];

function policyText(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** For the Content-Security-Policy response header. */
export const CONTENT_SECURITY_POLICY = policyText([...DIRECTIVES, ...HEADER_ONLY]);

/** For the <meta http-equiv="Content-Security-Policy"> tag of index.html. */
export const META_CONTENT_SECURITY_POLICY = policyText(DIRECTIVES);

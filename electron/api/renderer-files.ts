/**
 * Finds the built renderer file a request asks for, for the desktop app's app:// protocol
 * and for `serve` alike. Only files inside the renderer folder can be served: the path is
 * decoded, normalised and checked to stay inside it.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';

import { InspectorError } from '../../shared/errors.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface RendererFile {
  path: string;
  contentType: string;
}

/** The file for a URL path such as "/" or "/assets/index-abc.js", or null for none. */
export function findRendererFile(root: string, urlPath: string): RendererFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }

  if (decoded.includes('\0') || decoded.includes('\\')) {
    return null;
  }

  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const base = resolve(root);
  const path = resolve(join(base, wanted));
  const inside = relative(base, path);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) {
    return null;
  }

  const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
  if (contentType === undefined || !existsSync(path) || !statSync(path).isFile()) {
    return null;
  }

  return { path, contentType };
}

/** Fails clearly when the renderer has not been built. */
export function requireBuiltRenderer(root: string): void {
  if (!existsSync(join(root, 'index.html'))) {
    throw new InspectorError(
      'file',
      `The user interface is not built (${root} has no index.html). Run: npm run build:renderer`,
    );
  }
}

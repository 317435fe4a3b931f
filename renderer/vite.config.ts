/**
 * Builds the renderer into dist/renderer: the same files the desktop app serves from app://
 * and `usage-inspector serve` serves over loopback HTTP. Everything, Monaco and its workers
 * included, is bundled locally; the built app loads nothing from anywhere else.
 */
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

import { META_CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy.ts';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));

/** Writes the CSP into index.html, from the one definition the servers also send. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'usage-inspector-csp',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: rendererRoot,
  // Relative URLs work under app://inspector/ and under http://127.0.0.1:PORT/ alike.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Monaco is large; one chunk for it keeps the app's own code easy to find.
    chunkSizeWarningLimit: 5000,
    // No source maps in the shipped app: smaller, and nothing points at a dev server.
    sourcemap: false,
  },
  worker: { format: 'es' },
});

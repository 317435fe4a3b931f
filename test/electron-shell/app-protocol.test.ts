/**
 * What app:// serves in the desktop app, and the CSP every way of serving the renderer
 * uses: only the built renderer's files, never a path outside it, never another host.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { appProtocolResponse } from '../../electron/api/app-protocol-response.ts';
import { findRendererFile } from '../../electron/api/renderer-files.ts';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../shared/security/content-security-policy.ts';

let base: string;
let root: string;

before(() => {
  base = mkdtempSync(join(tmpdir(), 'inspector-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'index.js'), 'export {}');
  writeFileSync(join(root, 'assets', 'notes.txt'), 'not a renderer file type');
  writeFileSync(join(base, 'secret.html'), 'outside');
});

after(() => rmSync(base, { recursive: true, force: true }));

describe('findRendererFile', () => {
  test('maps / to index.html and finds assets with their content type', () => {
    assert.equal(findRendererFile(root, '/')?.path, join(root, 'index.html'));
    assert.equal(
      findRendererFile(root, '/assets/index.js')?.contentType,
      'text/javascript; charset=utf-8',
    );
  });

  test('never leaves the renderer folder, and serves no unknown file types', () => {
    for (const path of [
      '/../secret.html',
      '/assets/../../secret.html',
      '/%2e%2e/secret.html',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.html',
      '/..\\secret.html',
      '/assets/notes.txt',
      '/assets/missing.js',
      '/assets',
      '/%E0%A4%A',
      '/index.html%00.js',
    ]) {
      assert.equal(findRendererFile(root, path), null, path);
    }
  });
});

describe('appProtocolResponse', () => {
  test('serves app://inspector/ files with the CSP header', async () => {
    const response = await appProtocolResponse(root, {
      url: 'app://inspector/index.html',
      method: 'GET',
    });

    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.equal(await response.text(), '<!doctype html>');
  });

  test('answers 404 for other hosts, other methods and paths outside', async () => {
    const requests = [
      { url: 'app://evil/index.html', method: 'GET' },
      { url: 'app://inspector/index.html', method: 'POST' },
      { url: 'app://inspector/../secret.html', method: 'GET' },
      { url: 'app://inspector/%2e%2e/secret.html', method: 'GET' },
    ];
    for (const request of requests) {
      const response = await appProtocolResponse(root, request);
      assert.equal(response.status, 404, JSON.stringify(request));
      assert.doesNotMatch(await response.text(), /outside/);
    }
  });
});

describe('the content security policy', () => {
  test('allows the app itself only: no remote hosts, no eval, no inline script', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY]) {
      assert.match(policy, /default-src 'none'/);
      assert.match(policy, /script-src 'self'(;|$)/);
      assert.match(policy, /connect-src 'self'/);
      assert.doesNotMatch(policy, /unsafe-eval|https?:|\*|data:|blob:/);
      assert.doesNotMatch(policy.replace(/style-src [^;]*/, ''), /unsafe-inline/);
    }
  });

  test('the header adds frame-ancestors, which a meta tag cannot carry', () => {
    assert.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
    assert.doesNotMatch(META_CONTENT_SECURITY_POLICY, /frame-ancestors/);
  });
});

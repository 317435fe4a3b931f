/**
 * The desktop shell's guards as plain functions: which IPC senders are trusted, where the
 * window may navigate, that new windows are always denied, which renderer requests may
 * leave, which permissions are granted, and which command-line switches are refused.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { APP_ENTRY_URL, isAppUrl } from '../../electron/api/security/app-origin.ts';
import { forbiddenSwitches } from '../../electron/api/security/command-line-switches.ts';
import {
  isAllowedNavigation,
  permissionDecision,
  windowOpenDecision,
} from '../../electron/api/security/navigation.ts';
import {
  isAllowedRendererRequest,
  requestDecision,
} from '../../electron/api/security/request-blocker.ts';
import { isTrustedSender } from '../../electron/api/security/sender.ts';
import { secureWebPreferences } from '../../electron/api/security/web-preferences.ts';

/** URLs that must never count as the app, whatever check uses them. */
const HOSTILE_URLS = [
  'https://example.com/',
  'http://127.0.0.1:8080/index.html',
  'file:///etc/passwd',
  'app://inspector.evil.example/index.html',
  'app://evil.example/inspector/index.html',
  'app://inspector:8080/index.html',
  'app://user:pass@inspector/index.html',
  'apps://inspector/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://example.com/1234',
  'ws://127.0.0.1:9222/devtools',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  'about:blank',
  '',
  'not a url',
];

describe('the app origin', () => {
  test('app://inspector/ paths are the app', () => {
    for (const url of [APP_ENTRY_URL, 'app://inspector/assets/index-abc.js', 'app://inspector/']) {
      assert.equal(isAppUrl(url), true, url);
    }
  });

  test('lookalikes and other schemes are not', () => {
    for (const url of HOSTILE_URLS) {
      assert.equal(isAppUrl(url), false, url);
    }
    assert.equal(isAppUrl(null), false);
    assert.equal(isAppUrl(undefined), false);
  });
});

describe('the IPC sender check', () => {
  test('trusts the main frame of the app page', () => {
    assert.equal(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: true }), true);
  });

  test('refuses iframes, even on the app origin', () => {
    assert.equal(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: false }), false);
  });

  test('refuses a frame that has gone away and any other origin', () => {
    assert.equal(isTrustedSender(null), false);
    assert.equal(isTrustedSender(undefined), false);
    for (const url of HOSTILE_URLS) {
      assert.equal(isTrustedSender({ url, isMainFrame: true }), false, url);
    }
  });
});

describe('navigation and new windows', () => {
  test('navigation stays inside app://inspector/', () => {
    assert.equal(isAllowedNavigation(APP_ENTRY_URL), true);
    for (const url of HOSTILE_URLS) {
      assert.equal(isAllowedNavigation(url), false, url);
    }
  });

  test('every new window is denied, whatever it asks for', () => {
    assert.deepEqual(windowOpenDecision(), { action: 'deny' });
  });
});

describe('the request blocker', () => {
  test('lets the app load its own files', () => {
    assert.deepEqual(requestDecision({ url: 'app://inspector/assets/editor.worker.js' }), {
      cancel: false,
    });
  });

  test('cancels everything else, the network above all', () => {
    const outside = [
      ...HOSTILE_URLS,
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'https://usage-stats.fusionauth.io/api/stats/ingest',
      'https://cdn.jsdelivr.net/npm/monaco-editor/min/vs/loader.js',
      'http://localhost:5173/@vite/client',
    ];
    for (const url of outside) {
      assert.equal(isAllowedRendererRequest(url), false, url);
      assert.deepEqual(requestDecision({ url }), { cancel: true }, url);
    }
  });
});

describe('permissions', () => {
  test('only clipboard writes are granted', () => {
    assert.equal(permissionDecision('clipboard-sanitized-write'), true);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fileSystem',
      'hid',
      'serial',
      'usb',
      'unknown',
    ]) {
      assert.equal(permissionDecision(permission), false, permission);
    }
  });
});

describe('command-line switches', () => {
  test('debugging and inspector switches are found, with or without a value', () => {
    assert.deepEqual(
      forbiddenSwitches([
        '/opt/Usage Inspector/usage-inspector',
        '--remote-debugging-port=9222',
        '--inspect',
        '--inspect-brk=0.0.0.0:9229',
        '--js-flags=--allow-natives-syntax',
        '--no-sandbox-is-not-listed',
      ]),
      [
        '--remote-debugging-port=9222',
        '--inspect',
        '--inspect-brk=0.0.0.0:9229',
        '--js-flags=--allow-natives-syntax',
      ],
    );
  });

  test('ordinary arguments pass', () => {
    assert.deepEqual(forbiddenSwitches(['usage-inspector', '--lang=de', 'inspect']), []);
  });
});

describe('web preferences', () => {
  test('the window is isolated, sandboxed and without Node', () => {
    const preferences = secureWebPreferences('/app/preload.cjs', true);

    assert.equal(preferences.contextIsolation, true);
    assert.equal(preferences.sandbox, true);
    assert.equal(preferences.nodeIntegration, false);
    assert.equal(preferences.nodeIntegrationInWorker, false);
    assert.equal(preferences.nodeIntegrationInSubFrames, false);
    assert.equal(preferences.webSecurity, true);
    assert.equal(preferences.allowRunningInsecureContent, false);
    assert.equal(preferences.experimentalFeatures, false);
    assert.equal(preferences.webviewTag, false);
    assert.equal(preferences.spellcheck, false);
    assert.equal(preferences.preload, '/app/preload.cjs');
    assert.equal(preferences.enableBlinkFeatures, undefined);
  });

  test('developer tools exist only outside the packaged app', () => {
    assert.equal(secureWebPreferences('p', true).devTools, false);
    assert.equal(secureWebPreferences('p', false).devTools, true);
  });
});

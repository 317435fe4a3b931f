/**
 * Who may talk to `usage-inspector serve`: the guard as a function, then the real server on
 * a random port, probed with requests that lack the token or come from another Host or
 * Origin.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { createDispatcher } from '../../electron/api/dispatch.ts';
import type { AllHandlers } from '../../electron/api/handler-types.ts';
import { startHttpServer, type RunningServer } from '../../electron/serve/http-server.ts';
import { checkRequest, tokenMatches } from '../../electron/serve/request-guard.ts';

const TOKEN = 'per-run-token-0123456789abcdef';

describe('checkRequest', () => {
  const settings = { port: 4100, token: TOKEN };
  const good = { host: '127.0.0.1:4100', origin: undefined, token: TOKEN, needsToken: true };

  test('allows our own host, with the token', () => {
    assert.deepEqual(checkRequest(good, settings), { allowed: true });
    assert.deepEqual(checkRequest({ ...good, host: 'localhost:4100' }, settings), {
      allowed: true,
    });
    assert.deepEqual(checkRequest({ ...good, origin: 'http://127.0.0.1:4100' }, settings), {
      allowed: true,
    });
  });

  test('refuses another Host (DNS rebinding), another port, or none', () => {
    for (const host of [
      'evil.example:4100',
      '127.0.0.1:4101',
      '127.0.0.1',
      '0.0.0.0:4100',
      undefined,
    ]) {
      const verdict = checkRequest({ ...good, host }, settings);
      assert.equal(verdict.allowed, false, String(host));
      assert.equal(!verdict.allowed && verdict.status, 403);
    }
  });

  test('refuses a request from another web page', () => {
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1:4101',
      'null',
      'http://127.0.0.1',
    ]) {
      const verdict = checkRequest({ ...good, origin }, settings);
      assert.equal(verdict.allowed, false, origin);
      assert.equal(!verdict.allowed && verdict.status, 403);
    }
  });

  test('refuses a missing or wrong token where one is needed', () => {
    for (const token of [undefined, '', 'per-run-token', `${TOKEN}x`, TOKEN.toUpperCase()]) {
      const verdict = checkRequest({ ...good, token }, settings);
      assert.equal(verdict.allowed, false, String(token));
      assert.equal(!verdict.allowed && verdict.status, 401);
    }
    assert.deepEqual(checkRequest({ ...good, token: undefined, needsToken: false }, settings), {
      allowed: true,
    });
  });

  test('token comparison is exact', () => {
    assert.equal(tokenMatches(TOKEN, TOKEN), true);
    assert.equal(tokenMatches(TOKEN.slice(1), TOKEN), false);
    assert.equal(tokenMatches(undefined, TOKEN), false);
  });
});

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

describe('the serve HTTP server', () => {
  let root: string;
  let server: RunningServer;
  const calls: unknown[] = [];

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'inspector-serve-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>UI</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, '..', 'outside-secret.txt'), 'secret');

    const handlers = {
      cancelCollection: async (args: unknown) => {
        calls.push(args);

        return { cancelled: false };
      },
    } as unknown as AllHandlers;
    server = await startHttpServer({
      port: 0,
      token: TOKEN,
      rendererRoot: root,
      createDispatch: () => createDispatcher(handlers),
    });
  });

  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(join(root, '..', 'outside-secret.txt'), { force: true });
  });

  const host = (): Record<string, string> => ({ Host: `127.0.0.1:${server.port}` });
  const api = (extra: Record<string, string> = {}): Record<string, string> => ({
    ...host(),
    'Content-Type': 'application/json',
    'X-Inspector-Token': TOKEN,
    ...extra,
  });
  const runId = '3f0c1a52-7d7e-4a43-9d55-0b6a1d1f3e21';

  test('prints a loopback URL with the token', () => {
    assert.match(server.url, new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=`));
    assert.ok(server.url.endsWith(TOKEN));
  });

  test('serves the page only with the token, and with the app CSP', async () => {
    const without = await send(server.port, '/', { headers: host() });
    const wrong = await send(server.port, '/?token=nope', { headers: host() });
    const right = await send(server.port, `/?token=${TOKEN}`, { headers: host() });

    assert.equal(without.status, 401);
    assert.equal(wrong.status, 401);
    assert.equal(right.status, 200);
    assert.match(right.body, /<title>UI<\/title>/);
    assert.match(String(right.headers['content-security-policy']), /default-src 'none'/);
    assert.equal(right.headers['referrer-policy'], 'no-referrer');
  });

  test('serves assets without the token but never outside the renderer folder', async () => {
    assert.equal((await send(server.port, '/assets/app.js', { headers: host() })).status, 200);
    for (const path of [
      '/../outside-secret.txt',
      '/%2e%2e/outside-secret.txt',
      '/assets/..%2f..%2foutside-secret.txt',
    ]) {
      const answer = await send(server.port, path, { headers: host() });
      assert.equal(answer.status, 404, path);
      assert.doesNotMatch(answer.body, /secret/);
    }
  });

  test('answers API calls that carry the token', async () => {
    const answer = await send(server.port, '/api/cancelCollection', {
      method: 'POST',
      headers: api(),
      body: JSON.stringify({ runId }),
    });

    assert.equal(answer.status, 200);
    assert.deepEqual(JSON.parse(answer.body), { ok: true, value: { cancelled: false } });
  });

  test('refuses API calls without the token, from another Host or another Origin', async () => {
    const before = calls.length;
    const body = JSON.stringify({ runId });
    const noToken = { ...api() };
    delete noToken['X-Inspector-Token'];

    const attempts = [
      { headers: noToken, status: 401 },
      { headers: api({ 'X-Inspector-Token': 'guess' }), status: 401 },
      { headers: api({ Host: `evil.example:${server.port}` }), status: 403 },
      { headers: api({ Origin: 'https://evil.example' }), status: 403 },
    ];
    for (const attempt of attempts) {
      const answer = await send(server.port, '/api/cancelCollection', {
        method: 'POST',
        headers: attempt.headers,
        body,
      });
      assert.equal(answer.status, attempt.status, JSON.stringify(attempt.headers));
      assert.equal(JSON.parse(answer.body).ok, false);
    }

    const page = await send(server.port, `/?token=${TOKEN}`, {
      headers: { Host: `evil.example:${server.port}` },
    });
    assert.equal(page.status, 403);
    assert.equal(calls.length, before, 'no refused request reached a handler');
  });

  test('bad bodies and unknown channels get a clear usage error', async () => {
    const notJson = await send(server.port, '/api/cancelCollection', {
      method: 'POST',
      headers: api(),
      body: '{"runId":',
    });
    const wrongType = await send(server.port, '/api/cancelCollection', {
      method: 'POST',
      headers: api({ 'Content-Type': 'text/plain' }),
      body: JSON.stringify({ runId }),
    });
    const unknown = await send(server.port, '/api/runShell', {
      method: 'POST',
      headers: api(),
      body: '{}',
    });
    const get = await send(server.port, '/api/cancelCollection', { headers: api() });

    assert.equal(notJson.status, 400);
    assert.match(JSON.parse(notJson.body).error.message, /not valid JSON/);
    assert.equal(wrongType.status, 400);
    assert.deepEqual(JSON.parse(unknown.body).error.code, 'usage');
    assert.match(JSON.parse(unknown.body).error.message, /no channel "runShell"/);
    assert.equal(get.status, 405);
  });
});

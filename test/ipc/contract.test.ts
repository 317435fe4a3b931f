/**
 * The IPC contract and its dispatcher: unknown channels and bad arguments are refused with
 * a usage error before any handler runs, and errors cross as {code, message, details}.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { InspectorError } from '../../shared/errors.ts';
import { channels, isChannelName, parseRequest } from '../../shared/ipc/contract.ts';
import { createDispatcher } from '../../electron/api/dispatch.ts';
import type { AllHandlers, RequestContext } from '../../electron/api/handler-types.ts';

const RUN_ID = '3f0c1a52-7d7e-4a43-9d55-0b6a1d1f3e21';
const noEvents: RequestContext = { emit: () => undefined };

function usageError(run: () => unknown): InspectorError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof InspectorError, 'expected an InspectorError');
    assert.equal(error.code, 'usage');

    return error;
  }

  assert.fail('expected the request to be refused');
}

describe('parseRequest', () => {
  test('accepts a well-formed request and returns the parsed argument', () => {
    const request = parseRequest('runCollection', {
      runId: RUN_ID,
      target: { kind: 'url', url: 'postgres://inspector@db.example:5432/fusionauth' },
      options: { all: true, today: '2025-10-16', timezone: 'Europe/Berlin' },
    });

    assert.equal(request.channel, 'runCollection');
    assert.deepEqual(request.args, {
      runId: RUN_ID,
      target: { kind: 'url', url: 'postgres://inspector@db.example:5432/fusionauth' },
      options: { all: true, today: '2025-10-16', timezone: 'Europe/Berlin' },
    });
  });

  test('refuses channels the contract does not have, whatever their type', () => {
    for (const channel of ['shell.openExternal', '__proto__', 'toString', '', 42, null, {}]) {
      const error = usageError(() => parseRequest(channel, {}));
      assert.match(error.message, /There is no channel/);
    }
  });

  test('refuses missing, extra and wrongly typed fields, naming the field', () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['testConnection', {}, /target/],
      ['testConnection', { target: { kind: 'ftp' } }, /target/],
      ['testConnection', { target: { kind: 'demo', extra: 1 } }, /extra|target/],
      ['cancelCollection', { runId: 'not-a-uuid' }, /runId/],
      ['runCollection', { runId: RUN_ID, target: { kind: 'demo' } }, /options/],
      [
        'runCollection',
        { runId: RUN_ID, target: { kind: 'demo' }, options: { all: 'yes' } },
        /options\.all/,
      ],
      [
        'runCollection',
        { runId: RUN_ID, target: { kind: 'demo' }, options: { all: true, today: '16/10/2025' } },
        /options\.today/,
      ],
      ['deleteProfile', { id: '' }, /id/],
      ['savePayload', { runId: RUN_ID, format: 'yaml' }, /format/],
      ['appInfo', { anything: true }, /anything|argument/],
      ['appInfo', 'text', /argument/],
    ];

    for (const [channel, args, field] of cases) {
      const error = usageError(() => parseRequest(channel, args));
      assert.match(error.message, field, `${channel} ${JSON.stringify(args)}`);
      assert.match(error.message, new RegExp(`Invalid arguments for ${channel}`));
    }
  });

  test('a refused password field is named but its value never repeated', () => {
    const secret = 'correct horse battery staple';
    const error = usageError(() =>
      parseRequest('testConnection', {
        target: {
          kind: 'fields',
          fields: {
            host: '',
            port: 99999,
            database: 'db',
            user: 'u',
            password: secret,
            sslMode: 'x',
          },
        },
      }),
    );

    assert.doesNotMatch(error.message, /horse/);
    assert.doesNotMatch(JSON.stringify(error.toJSON()), /horse/);
    assert.match(error.message, /target\.fields\.port/);
  });

  test('isChannelName knows exactly the contract channels', () => {
    assert.ok(Object.keys(channels).every(isChannelName));
    assert.equal(isChannelName('hasOwnProperty'), false);
  });
});

describe('the dispatcher', () => {
  /**
   * A handler for every channel the contract has (other areas add theirs), each recording
   * its call; two of them fail, one with a typed error and one with a bug.
   */
  function handlersRecording(calls: string[]): AllHandlers {
    const record = (name: string, value: unknown) => async (): Promise<never> => {
      calls.push(name);

      return value as never;
    };
    const handlers: Record<string, unknown> = Object.fromEntries(
      Object.keys(channels).map((name) => [name, record(name, {})]),
    );

    handlers['cancelCollection'] = record('cancelCollection', { cancelled: false });
    handlers['testConnection'] = async () => {
      calls.push('testConnection');
      throw new InspectorError('auth', 'The server refused user "x".', { location: 'h:1/d' });
    };
    handlers['runCollection'] = async () => {
      calls.push('runCollection');
      throw new TypeError('cannot read properties of undefined');
    };

    return handlers as AllHandlers;
  }

  test('answers a valid request with the handler result', async () => {
    const calls: string[] = [];
    const dispatch = createDispatcher(handlersRecording(calls));

    const answer = await dispatch('cancelCollection', { runId: RUN_ID }, noEvents);

    assert.deepEqual(answer, { ok: true, value: { cancelled: false } });
    assert.deepEqual(calls, ['cancelCollection']);
  });

  test('never runs a handler for an unknown channel or bad arguments', async () => {
    const calls: string[] = [];
    const dispatch = createDispatcher(handlersRecording(calls));

    const unknown = await dispatch('dropDatabase', {}, noEvents);
    const bad = await dispatch('deleteProfile', { id: 7 }, noEvents);

    assert.equal(unknown.ok, false);
    assert.equal(bad.ok, false);
    assert.equal(!unknown.ok && unknown.error.code, 'usage');
    assert.equal(!bad.ok && bad.error.code, 'usage');
    assert.deepEqual(calls, []);
  });

  test('typed errors keep their code, message and details', async () => {
    const dispatch = createDispatcher(handlersRecording([]));

    const answer = await dispatch('testConnection', { target: { kind: 'demo' } }, noEvents);

    assert.deepEqual(answer, {
      ok: false,
      error: {
        code: 'auth',
        message: 'The server refused user "x".',
        details: { location: 'h:1/d' },
      },
    });
  });

  test('other errors become "internal", with the message and without a stack', async () => {
    const dispatch = createDispatcher(handlersRecording([]));

    const answer = await dispatch(
      'runCollection',
      { runId: RUN_ID, target: { kind: 'demo' }, options: { all: false } },
      noEvents,
    );

    assert.equal(answer.ok, false);
    assert.ok(!answer.ok);
    assert.equal(answer.error.code, 'internal');
    assert.match(answer.error.message, /runCollection failed unexpectedly/);
    assert.doesNotMatch(JSON.stringify(answer), /at .*\.ts:\d+/);
  });

  test('the renderer rebuilds the typed error from the envelope', () => {
    const rebuilt = InspectorError.fromSerialized({ code: 'connect', message: 'No route.' });

    assert.ok(rebuilt instanceof InspectorError);
    assert.equal(rebuilt.code, 'connect');
  });
});

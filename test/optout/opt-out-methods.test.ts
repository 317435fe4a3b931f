/**
 * The opt-out artifacts, checked mechanically: the JSON bodies parse and carry
 * usageDataConfiguration.enabled=false at the right path, the curl commands hand curl exactly
 * the intended arguments (run through sh with curl replaced by a recorder), Kickstart and
 * Terraform have the request and block where they belong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { buildOptOutGuides } from '../../shared/optout/opt-out-guides.ts';
import type { Artifact, Guide, OptOutInputs, OptOutState } from '../../shared/optout/types.ts';
import { inputsFor, run, shellSyntaxError, stateFor } from './helpers.ts';

function guide(guides: Guide[], id: string): Guide {
  const found = guides.find((candidate) => candidate.id === id);
  assert.ok(found, `no guide ${id} among ${guides.map((g) => g.id).join(', ')}`);

  return found;
}

function artifact(from: Guide, id: string): Artifact {
  const found = from.artifacts.find((candidate) => candidate.id === id);
  assert.ok(found, `no artifact ${id} in ${from.id}`);

  return found;
}

/** Runs shell text with curl (and jq) replaced by functions that record their arguments. */
function curlArguments(script: string, environment: Record<string, string> = {}): string[][] {
  const recorder =
    'curl() { printf "%s\\0" "$@" >&2; printf "\\1" >&2; }\n' +
    'jq() { cat >/dev/null; }\n' +
    Object.entries(environment)
      .map(([name, value]) => `${name}='${value}'\n`)
      .join('');
  const result = run('sh', ['-c', recorder + script]);
  assert.equal(result.status, 0, result.stderr);

  return result.stderr
    .split('\u0001')
    .slice(0, -1)
    .map((call) => call.split('\u0000').slice(0, -1));
}

function bodyOf(args: string[]): unknown {
  const index = args.indexOf('-d');
  assert.ok(index >= 0, `no -d in ${args.join(' ')}`);

  return JSON.parse(args[index + 1] ?? '');
}

const UNKNOWN = stateFor({});
const HOSTILE_KEY = `it's"$(id)\`x\`\\`;

describe('System Configuration API', () => {
  test('with typed values, curl receives the URL, the key and the body exactly', () => {
    const inputs = inputsFor({
      fusionAuthUrl: 'https://auth.example.com/fa$x/',
      apiKey: HOSTILE_KEY,
    });
    const api = guide(buildOptOutGuides(UNKNOWN, inputs), 'api');
    assert.equal(
      api.artifacts.some((a) => a.id === 'setup'),
      false,
    );

    const [patch] = curlArguments(artifact(api, 'patch').text);
    assert.ok(patch);
    assert.deepEqual(patch.slice(0, 4), [
      '-sS',
      '-X',
      'PATCH',
      'https://auth.example.com/fa$x/api/system-configuration',
    ]);
    assert.ok(patch.includes(`Authorization: ${HOSTILE_KEY}`));
    assert.ok(patch.includes('Content-Type: application/json'));
    assert.deepEqual(bodyOf(patch), {
      systemConfiguration: { usageDataConfiguration: { enabled: false } },
    });

    const [verify] = curlArguments(artifact(api, 'verify').text);
    assert.deepEqual(verify, [
      '-sS',
      'https://auth.example.com/fa$x/api/system-configuration',
      '-H',
      `Authorization: ${HOSTILE_KEY}`,
    ]);
  });

  test('without typed values, the commands use variables the setup lines set', () => {
    const api = guide(buildOptOutGuides(UNKNOWN, inputsFor()), 'api');
    const setup = artifact(api, 'setup').text;
    assert.match(setup, /^FUSIONAUTH_URL='https:\/\/fusionauth\.example\.com'$/m);
    assert.match(setup, /stty -echo; IFS= read -r FUSIONAUTH_API_KEY/);
    assert.equal(shellSyntaxError(setup), null);

    const [patch] = curlArguments(artifact(api, 'patch').text, {
      FUSIONAUTH_URL: 'https://x.example',
      FUSIONAUTH_API_KEY: 'k1',
    });
    assert.ok(patch?.includes('https://x.example/api/system-configuration'));
    assert.ok(patch?.includes('Authorization: k1'));
  });

  test('PowerShell commands carry the key quoted and the same body', () => {
    const inputs = inputsFor({ fusionAuthUrl: 'https://auth.example.com', apiKey: "it's" });
    const patch = artifact(guide(buildOptOutGuides(UNKNOWN, inputs), 'api'), 'patch-powershell');
    assert.match(patch.text, /^\$apiKey = 'it''s'$/m);
    const body = /^\$body = '(.*)'$/m.exec(patch.text)?.[1];
    assert.deepEqual(JSON.parse(body ?? ''), {
      systemConfiguration: { usageDataConfiguration: { enabled: false } },
    });
    assert.match(patch.text, /-Method Patch -Uri \$endpoint/);
  });

  test('opting back in sends enabled=true', () => {
    const optIn = guide(buildOptOutGuides(UNKNOWN, inputsFor()), 'opt-in');
    const [patch] = curlArguments(artifact(optIn, 'opt-in-patch').text, {
      FUSIONAUTH_URL: 'https://x.example',
      FUSIONAUTH_API_KEY: 'k',
    });
    assert.deepEqual(bodyOf(patch ?? []), {
      systemConfiguration: { usageDataConfiguration: { enabled: true } },
    });
    assert.match(artifact(optIn, 'opt-in-terraform').text, /enabled = true/);
  });

  test('every shell artifact of every method parses with sh -n', () => {
    const inputs = inputsFor({ fusionAuthUrl: 'https://a.example', apiKey: HOSTILE_KEY });
    for (const each of buildOptOutGuides(UNKNOWN, inputs)) {
      for (const item of each.artifacts.filter((a) => a.format === 'sh')) {
        assert.equal(shellSyntaxError(item.text), null, `${each.id}/${item.id}`);
      }
    }
  });
});

describe('least-privilege key, Kickstart, Terraform', () => {
  const guides = buildOptOutGuides(
    stateFor({ version: '1.60.2', reportTimezone: 'Europe/Berlin' }),
    inputsFor(),
  );

  test('the key may only GET and PATCH /api/system-configuration', () => {
    const permissions = JSON.parse(artifact(guide(guides, 'api-key'), 'permissions').text);
    assert.deepEqual(permissions, {
      permissions: { endpoints: { '/api/system-configuration': ['GET', 'PATCH'] } },
    });
  });

  test('the Kickstart file is JSON with the PATCH in requests[]', () => {
    const kickstart = guide(guides, 'kickstart');
    const file = JSON.parse(artifact(kickstart, 'kickstart-file').text);
    assert.equal(file.apiKeys[0].key, '#{apiKey}');
    assert.equal(file.variables.apiKey, '#{ENV.FUSIONAUTH_API_KEY}');
    assert.equal(file.requests.length, 1);
    assert.deepEqual(file.requests[0], {
      method: 'PATCH',
      url: '/api/system-configuration',
      body: { systemConfiguration: { usageDataConfiguration: { enabled: false } } },
    });
    assert.deepEqual(JSON.parse(artifact(kickstart, 'kickstart-request').text), file.requests[0]);
  });

  test('the Terraform block has usage_data_configuration inside the resource', () => {
    const hcl = artifact(guide(guides, 'terraform'), 'terraform').text;
    assert.match(hcl, /^resource "fusionauth_system_configuration" "this" \{\n/);
    assert.match(hcl, /\n {2}report_timezone = "Europe\/Berlin"\n/);
    assert.match(hcl, /\n {2}usage_data_configuration \{\n {4}enabled = false\n {2}\}\n\}\n$/);
    assert.equal(
      [...hcl].filter((c) => c === '{').length,
      [...hcl].filter((c) => c === '}').length,
    );
  });

  test('a hostile stored time zone stays inside its HCL string', () => {
    const state = stateFor({ version: '1.60.2', reportTimezone: 'X"}\nresource "evil" {${x}' });
    const hcl = artifact(
      guide(buildOptOutGuides(state, inputsFor()), 'terraform'),
      'terraform',
    ).text;
    assert.match(hcl, /report_timezone = "X\\"}\\nresource \\"evil\\" {\$\$\{x}"\n/);
    assert.doesNotMatch(hcl, /^resource "evil"/m);
  });
});

describe('what the state changes', () => {
  function ids(state: OptOutState, inputs: OptOutInputs = inputsFor()): string[] {
    return buildOptOutGuides(state, inputs).map((g) => g.id);
  }

  test('FusionAuth Cloud: one guide saying it cannot be disabled', () => {
    const guides = buildOptOutGuides(UNKNOWN, inputsFor({ cloud: true }));
    assert.deepEqual(
      guides.map((g) => g.id),
      ['cloud'],
    );
    assert.match(guides[0]?.summary ?? '', /cannot be disabled/);
  });

  test('managed mode comes first and every method warns', () => {
    const state = stateFor({ version: '1.60.2', managed: true });
    assert.equal(ids(state)[0], 'managed');
    const api = guide(buildOptOutGuides(state, inputsFor()), 'api');
    assert.ok(
      api.warnings.some((w) => /usage-data-managed is true \(fusionauth\.properties:3\)/.test(w)),
    );
  });

  test('1.55.1 warns that the admin UI cannot save, in the API and admin UI tabs', () => {
    const guides = buildOptOutGuides(stateFor({ version: '1.55.1' }), inputsFor());
    for (const id of ['api', 'admin-ui']) {
      assert.ok(
        guide(guides, id).warnings.some((w) => /1\.55\.1 cannot save System settings/.test(w)),
      );
    }
    const none = buildOptOutGuides(stateFor({ version: '1.56.0' }), inputsFor());
    assert.equal(guide(none, 'admin-ui').warnings.length, 0);
  });

  test('a pre-1.55 version warns that there is no flag yet', () => {
    const api = guide(buildOptOutGuides(stateFor({ version: '1.51.0' }), inputsFor()), 'api');
    assert.ok(api.warnings.some((w) => /predates usage data collection/.test(w)));
  });
});

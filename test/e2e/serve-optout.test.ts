/**
 * End to end: the "Opt out & block" view on `usage-inspector serve --demo`. The state shows
 * with what is read and what is inferred; typed values land in the commands, escaped; a bad
 * namespace is refused next to its field; Copy puts exactly the generated text on the
 * clipboard (and a refused clipboard leaves the text selected); the API key never leaves the
 * page. The expected texts come from the same generators, run here on the demo's state. Then
 * the same view on a real FusionAuth 1.60.2 database, which goes away under it.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { parseAllDocuments } from 'yaml';

import { readOptOutState } from '../../electron/optout/read-state.ts';
import { buildEgressGuide } from '../../shared/optout/egress/platforms.ts';
import { posixQuote } from '../../shared/optout/escape.ts';
import { checkInputs, type RawInputs } from '../../shared/optout/inputs.ts';
import { buildOptOutGuides } from '../../shared/optout/opt-out-guides.ts';
import type { Artifact, Guide, OptOutState, PlatformName } from '../../shared/optout/types.ts';
import { SCREENSHOTS } from './support/chromium.ts';
import { loadedFixtureDatabase } from './support/fixture-database.ts';
import { InspectorPage } from './support/inspector-page.ts';
import { OptOutPage } from './support/optout-page.ts';
import { startDemoSession, startServeSession } from './support/serve-session.ts';
import { whyNotDemo, whyNotWithFixtures } from './support/skip-reasons.ts';

/** A key with every character a shell cares about: it must arrive as one quoted word. */
const API_KEY = `k3y'with"quotes$(rm -rf)`;
const URL_TYPED = 'https://Auth.Example.com/fusionauth/';

function artifactIn(guides: readonly Guide[], guideId: string, artifactId: string): Artifact {
  const artifact = guides
    .find((guide) => guide.id === guideId)
    ?.artifacts.find((candidate) => candidate.id === artifactId);
  assert.ok(artifact !== undefined, `${guideId} has an artifact ${artifactId}`);

  return artifact;
}

function expectedMethodText(state: OptOutState, raw: RawInputs, artifactId: string): string {
  const { inputs } = checkInputs(raw, state);

  return artifactIn(buildOptOutGuides(state, inputs), 'api', artifactId).text;
}

function expectedEgressText(
  state: OptOutState,
  raw: RawInputs,
  platform: PlatformName,
  artifactId: string,
): string {
  const { inputs } = checkInputs(raw, state);
  const guide = buildEgressGuide(platform, state, inputs);

  return artifactIn([guide], guide.id, artifactId).text;
}

test('the Opt out & block view on the embedded demo database', async (t) => {
  const reason = whyNotDemo();
  if (reason !== null) {
    t.skip(reason);

    return;
  }

  const state = await readOptOutState({ target: { kind: 'demo' } });
  const { serve, browser } = await startDemoSession(t, 'inspector-e2e-optout-');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: serve.origin });
  const page = await context.newPage();
  const ui = new InspectorPage(page, serve.origin);
  const optout = new OptOutPage(page);
  const requests: Array<{ url: string; body: string }> = [];
  page.on('request', (request) =>
    requests.push({ url: request.url(), body: request.postData() ?? '' }),
  );
  const stateReads = () =>
    requests.filter((request) => request.url.includes('/api/readOptOutState')).length;
  await page.goto(serve.url);

  await t.test('the view shows the state, marking what is read and what inferred', async () => {
    await page.locator('.demo-panel.profile-highlighted').waitFor();
    await ui.openDemo();
    await ui.collect();
    await optout.open();

    const flag = await optout.fact('usage-data');
    const wouldCollect = await optout.fact('would-collect');
    const licence = await optout.fact('licence');
    const changed = await optout.fact('changed');
    const lastSent = await optout.fact('last-sent');

    assert.deepEqual([flag.answer, flag.basis], ['On', 'Read']);
    assert.match(flag.text, /366 days/);
    assert.deepEqual([wouldCollect.answer, wouldCollect.basis], ['Yes', 'Inferred']);
    assert.deepEqual([licence.answer, licence.basis], ['Not licensed', 'Read']);
    // The demo's configuration row was saved after its creation: possible, never certain.
    assert.deepEqual([changed.answer, changed.basis], ['Possibly', 'Inferred']);
    assert.equal(lastSent.basis, 'Inferred');
    assert.match(lastSent.answer, /^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    assert.equal(
      await page.locator('.host-table tbody tr').count(),
      4,
      'the four hosts are listed',
    );
    await ui.screenshot(join(SCREENSHOTS, 'optout.png'));
  });

  await t.test('the API tab shows the curl PATCH with the placeholders', async () => {
    await optout.chooseMethod('API (curl, PowerShell)');

    assert.equal(
      await optout.artifactText('method', 'patch'),
      expectedMethodText(state, {}, 'patch'),
    );
    assert.match(await optout.artifactText('method', 'setup'), /FUSIONAUTH_URL=/);
  });

  await t.test(
    'a refused URL says why next to the field; the commands keep the placeholder',
    async () => {
      await optout.type('fusionAuthUrl', "https://auth.example.com/it's");

      assert.match(await optout.problem('fusionAuthUrl'), /quote character/);
      assert.match(
        (await page.locator('#optout-method-panel .message-info').textContent()) ?? '',
        /refused above: FusionAuth URL\. .*placeholder URL/,
      );
      assert.equal(
        await optout.artifactText('method', 'patch'),
        expectedMethodText(state, {}, 'patch'),
      );
    },
  );

  await t.test(
    'typed values are filled in, escaped, and Copy gives exactly that text',
    async () => {
      await optout.type('fusionAuthUrl', URL_TYPED);
      await optout.type('apiKey', API_KEY);
      const expected = expectedMethodText(
        state,
        { fusionAuthUrl: URL_TYPED, apiKey: API_KEY },
        'patch',
      );

      assert.equal(await optout.problemCount('fusionAuthUrl'), 0);
      assert.equal(await optout.artifactText('method', 'patch'), expected);
      assert.equal(await optout.copy('method', 'patch'), 'Copied');
      const copied = await ui.clipboardText();

      assert.equal(copied, expected);
      assert.ok(copied.includes(posixQuote(`Authorization: ${API_KEY}`)), 'the key is one word');
      assert.ok(copied.includes("'https://auth.example.com/fusionauth/api/system-configuration'"));
      // Every value is typed in, so there is nothing to set up first.
      assert.equal(await optout.artifact('method', 'setup').count(), 0);
    },
  );

  await t.test(
    'the Kubernetes tab refuses a namespace with capitals next to its field',
    async () => {
      await optout.choosePlatform('Kubernetes');
      await optout.type('namespace', 'FusionAuth');

      assert.match(await optout.problem('namespace'), /capital letters.*"fusionauth"/);
      assert.equal(await optout.field('namespace').getAttribute('aria-invalid'), 'true');
      assert.match(
        (await page.locator('#optout-platform-panel .message-info').textContent()) ?? '',
        /refused above: Kubernetes namespace\. .*default namespace fusionauth\./,
      );
      assert.equal(
        await optout.artifactText('platform', 'network-policy'),
        expectedEgressText(state, {}, 'kubernetes', 'network-policy'),
      );
    },
  );

  await t.test('the Kubernetes tab fills in the namespace and labels', async () => {
    await optout.type('namespace', 'team-auth');
    await optout.type('podLabels', 'app=fusionauth,tier=identity');
    // What was typed stays when another platform is looked at in between.
    await optout.choosePlatform('Docker');
    await optout.choosePlatform('Kubernetes');
    const raw = { namespace: 'team-auth', podLabels: 'app=fusionauth,tier=identity' };
    const expected = expectedEgressText(state, raw, 'kubernetes', 'network-policy');
    const shown = await optout.artifactText('platform', 'network-policy');

    assert.equal(await optout.field('namespace').inputValue(), 'team-auth');
    assert.equal(await optout.problemCount('namespace'), 0);
    assert.equal(await page.locator('#optout-platform-panel .message-info').count(), 0);
    assert.equal(shown, expected);
    const policies = parseAllDocuments(shown).map((document) => document.toJS());
    for (const policy of policies) {
      assert.equal(policy.kind, 'NetworkPolicy');
      assert.equal(policy.metadata.namespace, 'team-auth');
      assert.deepEqual(policy.spec.podSelector.matchLabels, {
        app: 'fusionauth',
        tier: 'identity',
      });
    }
    assert.match(await optout.artifactText('platform', 'must-fail'), /-n 'team-auth'/);
    assert.equal(await optout.copy('platform', 'network-policy'), 'Copied');
    assert.equal(await ui.clipboardText(), expected);

    await optout.scrollTo('[role="tablist"][aria-label="Platforms to block egress on"]');
    await ui.screenshot(join(SCREENSHOTS, 'optout-kubernetes.png'));
  });

  await t.test('unticking a host takes it out of the rules', async () => {
    await page.getByRole('checkbox', { name: 'Block reactor.fusionauth.io' }).uncheck();
    await optout.choosePlatform('hosts (Linux, macOS)');
    const lines = await optout.artifactText('platform', 'hosts-lines');

    assert.doesNotMatch(lines, /reactor/);
    assert.match(lines, /usage-stats\.fusionauth\.io/);
    await page.getByRole('button', { name: 'Use the recommended hosts' }).click();
    assert.match(await optout.artifactText('platform', 'hosts-lines'), /reactor/);
  });

  await t.test('a refused clipboard says so and leaves the text selected', async () => {
    await page.evaluate(
      "navigator.clipboard.writeText = () => Promise.reject(new Error('denied by the test'))",
    );
    const text = await optout.artifactText('platform', 'hosts-lines');

    assert.equal(await optout.copy('platform', 'hosts-lines'), 'Copy failed');
    assert.match(
      (await optout.artifact('platform', 'hosts-lines').getByRole('alert').textContent()) ?? '',
      /denied by the test.*selected/,
    );
    // A selection's text leaves out the line break that ends a <pre>; nothing else differs.
    assert.equal(await ui.inPage('window.getSelection().toString()'), text.replace(/\n$/, ''));
  });

  await t.test('at 1024×700 the view scrolls down, not sideways', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const widths = await ui.inPage<{ page: number; window: number; view: number; box: number }>(
      `({ page: document.documentElement.scrollWidth, window: window.innerWidth,
          view: document.querySelector('.optout-view').scrollWidth,
          box: document.querySelector('.optout-view').clientWidth })`,
    );

    assert.ok(widths.page <= widths.window, `page ${widths.page}px in ${widths.window}px`);
    assert.ok(widths.view <= widths.box, `view ${widths.view}px in ${widths.box}px`);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await t.test('Read again reads the state again and keeps what was typed', async () => {
    const before = stateReads();
    await page.getByRole('button', { name: 'Read again' }).click();
    await page.getByRole('button', { name: 'Read again', disabled: false }).waitFor();

    assert.equal(stateReads(), before + 1);
    assert.equal(await optout.field('apiKey').inputValue(), API_KEY);
  });

  await t.test('nothing typed left the page, and nothing went elsewhere', () => {
    assert.ok(stateReads() >= 1, 'the state was read through the API');
    assert.deepEqual(
      requests.filter(({ body }) => body.includes('k3y') || body.includes('team-auth')),
      [],
    );
    assert.deepEqual(ui.foreignRequests, []);
    assert.deepEqual(ui.pageErrors, []);
  });
});

test('the Opt out & block view on a FusionAuth 1.60.2 database', async (t) => {
  const reason = await whyNotWithFixtures();
  if (reason !== null) {
    t.skip(reason);

    return;
  }

  const database = await loadedFixtureDatabase('inspector_e2e_optout');
  const { serve, browser } = await startServeSession(t, {
    profilesPrefix: 'inspector-e2e-optout-pg-',
    source: ['--db', database.url],
    moreArgs: (profilesDir) => {
      const properties = join(profilesDir, 'fusionauth.properties');
      writeFileSync(
        properties,
        'fusionauth-app.runtime-mode=production\nfusionauth-app.url=https://login.example.org\n',
      );

      return ['--config', properties];
    },
    teardown: database.drop,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const ui = new InspectorPage(page, serve.origin);
  const optout = new OptOutPage(page);
  await page.goto(serve.url);

  await t.test('the state is the one stored in this database', async () => {
    await ui.connectWithProfile('Given on the command line');
    await ui.collect();
    await optout.open();

    const flag = await optout.fact('usage-data');
    const changed = await optout.fact('changed');
    const collected = await optout.fact('last-collected');
    const wouldCollect = await optout.fact('would-collect');

    assert.deepEqual([flag.answer, flag.basis], ['On', 'Read']);
    // Never saved since it was created: nobody changed the flag through FusionAuth.
    assert.deepEqual([changed.answer, changed.basis], ['No', 'Inferred']);
    assert.deepEqual([collected.answer, collected.basis], ['Never', 'Read']);
    // No stat list was ever fetched, so nothing would be collected today.
    assert.deepEqual([wouldCollect.answer, wouldCollect.basis], ['No', 'Inferred']);
    assert.match(
      (await page.getByTestId('optout-state').textContent()) ?? '',
      /current_usage_stats is empty/,
    );
  });

  await t.test('serve --config is read: runtime mode and fusionauth-app.url', async () => {
    const configuration = await optout.fact('configuration');

    assert.deepEqual([configuration.answer, configuration.basis], ['1 file', 'Read']);
    assert.match(configuration.text, /Runtime mode production/);
    assert.equal(
      await optout.field('fusionAuthUrl').getAttribute('placeholder'),
      'https://login.example.org',
    );
    assert.match(
      await optout.artifactText('method', 'patch'),
      /'https:\/\/login\.example\.org\/api\/system-configuration'/,
    );
  });

  await t.test('the later check names this database, without a password', async () => {
    await optout.choosePlatform('nftables');
    const check = await optout.artifactText('platform', 'inspector-check');

    assert.ok(
      check.includes(`'postgres://postgres@127.0.0.1:5432/${database.name}'`),
      `the check names the database: ${check}`,
    );
  });

  await t.test('a database that went away is a clear message with a way to try again', async () => {
    await optout.choosePlatform('Kubernetes');
    await optout.type('namespace', 'kept-namespace');
    await database.drop();
    await page.getByRole('button', { name: 'Read again' }).click();

    const alert = page.locator('.optout-problem [role="alert"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    assert.match(text, /The opt-out state cannot be read again; below is the state as last/);
    assert.match(text, new RegExp(database.name));
    assert.doesNotMatch(text, /at .*\.(ts|js):\d+/, 'no stack trace');
    assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 1);
    // The last state and what was typed stay.
    assert.equal((await optout.fact('usage-data')).answer, 'On');
    assert.equal(await optout.field('namespace').inputValue(), 'kept-namespace');
    assert.deepEqual(ui.pageErrors, []);
    await ui.inPage("document.querySelector('.optout-view').scrollTo(0, 0)");
    await ui.screenshot(join(SCREENSHOTS, 'optout-error.png'));
  });
});

/**
 * The inspector's screens as a tester drives them: named steps over Playwright locators,
 * so the scenarios read as what a reviewer does.
 */
import assert from 'node:assert/strict';

import type { Page } from 'playwright-core';

/** Monaco renders spaces as no-break spaces. */
function normalise(text: string | null): string {
  return (text ?? '').replaceAll('\u00a0', ' ');
}

export class InspectorPage {
  readonly page: Page;
  /** Requests to anything but the serve origin: there must be none. */
  readonly foreignRequests: string[] = [];
  readonly pageErrors: string[] = [];

  constructor(page: Page, origin: string) {
    this.page = page;
    page.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/`)) {
        this.foreignRequests.push(request.url());
      }
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
  }

  async connectWithForm(fields: Record<string, string>): Promise<void> {
    const form = this.page.locator('.connect-form');
    for (const [name, value] of Object.entries(fields)) {
      await form.locator(`[name="${name}"]`).fill(value);
    }
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
  }

  async connectWithProfile(name: string): Promise<void> {
    await this.page
      .locator('.profile', { hasText: name })
      .getByRole('button', { name: 'Connect' })
      .click();
    await this.page.getByRole('heading', { name: 'Ready to collect' }).waitFor();
  }

  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open the demo database' }).click();
    await this.page.getByRole('heading', { name: 'Ready to collect' }).waitFor();
  }

  async setCollectOptions(options: { today?: string; timezone?: string; all?: boolean }) {
    if (options.today !== undefined) {
      await this.page.locator('input[name="today"]').fill(options.today);
    }
    if (options.timezone !== undefined) {
      await this.page.locator('input[name="timezone"]').fill(options.timezone);
    }
    if (options.all !== undefined) {
      await this.page.locator('input[name="all"]').setChecked(options.all);
    }
  }

  async startCollect(): Promise<void> {
    await this.page.getByRole('button', { name: /^Collect/ }).click();
  }

  /** Waits for the run to end (the Cancel button gives way to Collect again). */
  async waitForRunEnd(): Promise<void> {
    await this.page.getByRole('button', { name: 'Collect again' }).waitFor();
  }

  async collect(): Promise<void> {
    await this.startCollect();
    await this.page.getByRole('tab', { name: 'Payload' }).waitFor();
    await this.waitForRunEnd();
  }

  rows() {
    return this.page.locator('.metrics-table tbody tr');
  }

  /** Types into the search box and waits until the table shows the matches only. */
  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search stat keys' }).fill(text);
    await this.waitForShownCount(text === '' ? 'all' : 'some');
  }

  /** Empties the search box and waits until the table shows every row again. */
  async clearSearch(): Promise<void> {
    await this.search('');
  }

  /**
   * The table filters a moment after typing (deferred rendering); this waits for it. Locator
   * waits are used throughout, because the app's CSP forbids the eval a polled string needs.
   */
  private async waitForShownCount(expected: 'all' | 'some'): Promise<void> {
    const everything = /^(\d+) of \1$/;
    const count = this.page.getByTestId('shown-count');
    await (
      expected === 'all'
        ? count.filter({ hasText: everything })
        : count.filter({ hasNotText: everything })
    ).waitFor();
  }

  async shownCount(): Promise<string> {
    return (await this.page.getByTestId('shown-count').textContent()) ?? '';
  }

  /** Uses the keyboard, as the table promises: '/', type, Enter selects the first match. */
  async searchAndSelect(key: string): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 5 } });
    await this.page.keyboard.press('/');
    assert.equal(
      await this.inPage("document.activeElement === document.querySelector('input.search')"),
      true,
      "'/' focuses the search box",
    );
    await this.page.keyboard.type(key);
    await this.page.keyboard.press('Enter');
    await this.page.locator(`[data-testid="metric-detail"][data-key="${key}"]`).waitFor();
  }

  async filterStatus(label: string): Promise<void> {
    await this.page.locator('.status-filter').getByRole('button', { name: label }).click();
  }

  /** The text Monaco renders for the detail's SQL, once it has rendered. */
  async detailSqlText(): Promise<string> {
    const lines = this.page.locator('.sql-view .monaco-editor .view-lines');
    await lines.filter({ hasText: /\S/ }).waitFor();
    // Monaco colours the visible lines a moment after painting their text; wait for a token
    // that is not plain text (mtk1), so screenshots show the SQL highlighted.
    await lines.locator('span[class^="mtk"]:not(.mtk1)').first().waitFor();

    return normalise(await lines.textContent());
  }

  /** How many differently coloured token classes Monaco used: more than one means highlighting. */
  async detailSqlTokenClasses(): Promise<number> {
    return this.inPage(
      `new Set([...document.querySelectorAll('.sql-view .view-lines span[class^="mtk"]')]
        .map((span) => span.classList[0])).size`,
    );
  }

  async openPayload(): Promise<string> {
    await this.page.getByRole('tab', { name: 'Payload' }).click();
    const lines = this.page.locator('.payload-view .monaco-editor .view-lines');
    await lines.filter({ hasText: 'applicationVersion' }).waitFor();

    return normalise(await lines.textContent());
  }

  /**
   * Evaluates an expression in the page. Written as text because these tests are compiled
   * without the DOM's types (they are Node code); the expression runs in the browser.
   */
  inPage<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  async clipboardText(): Promise<string> {
    return this.inPage('navigator.clipboard.readText()');
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}

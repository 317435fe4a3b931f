/**
 * The "Opt out & block" view as a tester drives it: open it, read a fact, type a value,
 * choose a tab, read or copy a block. Locators only; expressions that must run in the page
 * are strings, as in inspector-page.ts (these tests compile without the DOM's types).
 */
import type { Locator, Page } from 'playwright-core';

export type OptOutField = 'fusionAuthUrl' | 'apiKey' | 'namespace' | 'podLabels';

export class OptOutPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Opt out & block' }).click();
    await this.page.getByTestId('optout-state').waitFor();
  }

  /** One row of the state table: its answer and its basis label ("Read", "Inferred", …). */
  async fact(id: string): Promise<{ answer: string; basis: string; text: string }> {
    const row = this.page.locator(`.state-row[data-fact="${id}"]`);

    return {
      answer: (await row.locator('.state-value').textContent()) ?? '',
      basis: (await row.locator('.basis').textContent()) ?? '',
      text: (await row.textContent()) ?? '',
    };
  }

  field(name: OptOutField): Locator {
    return this.page.locator(`.optout-form input[name="${name}"]`);
  }

  async type(name: OptOutField, value: string): Promise<void> {
    await this.field(name).fill(value);
  }

  /** The refusal under a field; waits for it to appear. */
  async problem(name: OptOutField): Promise<string> {
    const problem = this.page.locator(`.optout-field-${name} .field-problem`);
    await problem.waitFor();

    return (await problem.textContent()) ?? '';
  }

  problemCount(name: OptOutField): Promise<number> {
    return this.page.locator(`.optout-field-${name} .field-problem`).count();
  }

  async chooseMethod(label: string): Promise<void> {
    await this.page
      .getByRole('tablist', { name: 'Ways to turn usage data off' })
      .getByRole('tab', { name: label, exact: true })
      .click();
  }

  async choosePlatform(label: string): Promise<void> {
    await this.page
      .getByRole('tablist', { name: 'Platforms to block egress on' })
      .getByRole('tab', { name: label, exact: true })
      .click();
  }

  /** A copyable block in the open method or platform panel (checks included), by its id. */
  artifact(panel: 'method' | 'platform', id: string): Locator {
    return this.page.locator(`#optout-${panel}-panel [data-artifact-id="${id}"]`);
  }

  async artifactText(panel: 'method' | 'platform', id: string): Promise<string> {
    return (await this.artifact(panel, id).locator('pre').textContent()) ?? '';
  }

  async copy(panel: 'method' | 'platform', id: string): Promise<string> {
    const block = this.artifact(panel, id);
    await block.getByRole('button', { name: /^Copy/ }).click();
    await block.locator('.artifact-header button', { hasText: /^Copied$|^Copy failed$/ }).waitFor();

    return (await block.locator('.artifact-header button').textContent()) ?? '';
  }

  /** Scrolls the view so the element is at its top, for a screenshot of that part. */
  async scrollTo(selector: string): Promise<void> {
    await this.page.evaluate(
      `document.querySelector(${JSON.stringify(selector)}).scrollIntoView()`,
    );
  }
}

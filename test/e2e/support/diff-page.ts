/**
 * The Diff and History views as a tester drives them, over Playwright locators: open the
 * views, read the two sides, pick a stat and see where the side-by-side editor put it, open
 * a payload file through the file input.
 */
import type { Page } from 'playwright-core';

/** Monaco renders spaces as no-break spaces. */
function normalise(text: string | null): string {
  return (text ?? '').replaceAll('\u00a0', ' ');
}

export class DiffPage {
  constructor(readonly page: Page) {}

  async openDiff(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Diff' }).click();
    await this.page.locator('.diff-view .side-card').first().waitFor();
  }

  async openHistory(): Promise<void> {
    await this.page.getByRole('tab', { name: 'History' }).click();
    await this.page.locator('.history-view .history-heading').first().waitFor();
  }

  side(side: 'left' | 'right') {
    return this.page.getByTestId(`side-${side}`);
  }

  async sideText(side: 'left' | 'right'): Promise<string> {
    return (await this.side(side).textContent()) ?? '';
  }

  /** Waits until Monaco has computed the diff and marked a change on the new side. */
  async waitForEditorDifferences(): Promise<void> {
    await this.page
      .locator('.payload-diff-editor .editor.modified')
      .locator('.char-insert, .line-insert')
      .first()
      .waitFor();
  }

  rows() {
    return this.page.locator('.diff-table tbody tr');
  }

  async rowKeys(change: string): Promise<string[]> {
    return this.page.evaluate(
      `[...document.querySelectorAll('.diff-table tbody tr[data-change="${change}"]')]
        .map((row) => row.getAttribute('data-key'))`,
    ) as Promise<string[]>;
  }

  /** The text of the new side's rendered lines (Monaco renders only what is in view). */
  async visibleNewText(): Promise<string> {
    return normalise(
      await this.page.locator('.payload-diff-editor .editor.modified .view-lines').textContent(),
    );
  }

  async selectStat(key: string): Promise<void> {
    await this.page.locator(`.diff-table tbody tr[data-key="${key}"]`).click();
    await this.page.locator(`.payload-diff-editor[data-revealed-key="stats.${key}"]`).waitFor();
  }

  /**
   * The text of the line the selection highlight sits on in the new side: Monaco draws the
   * decoration and the line as separate elements at the same vertical offset.
   */
  async highlightedNewLine(): Promise<string> {
    const modified = this.page.locator('.payload-diff-editor .editor.modified');
    const decoration = modified.locator('.view-overlays .diff-selected-line').first();
    await decoration.waitFor();
    // Written as text: these tests are compiled without the DOM's types.
    const top = (await this.page.evaluate(
      `document.querySelector('.payload-diff-editor .editor.modified .view-overlays ' +
        '.diff-selected-line').parentElement.style.top`,
    )) as string;
    const line = modified.locator(`.view-lines .view-line[style*="top:${top}"]`);

    return normalise(await line.first().textContent());
  }

  async openFile(side: 'left' | 'right', name: string, content: Buffer | string): Promise<void> {
    await this.page.getByTestId(`open-file-${side}`).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: typeof content === 'string' ? Buffer.from(content) : content,
    });
  }

  async fileProblem(): Promise<string> {
    const problem = this.page.getByTestId('file-problem');
    await problem.waitFor();

    return (await problem.textContent()) ?? '';
  }
}

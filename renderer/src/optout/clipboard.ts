/**
 * Puts an artifact's exact text on the clipboard. When the browser refuses (no secure context,
 * a denied permission, an unfocused window), the answer says why, and the text can be
 * selected instead, so Ctrl+C or ⌘C still copies exactly what is shown.
 */
export type CopyOutcome = { ok: true } | { ok: false; reason: string };

export async function writeClipboard(text: string): Promise<CopyOutcome> {
  // navigator.clipboard is undefined outside a secure context (plain http on a non-local host).
  if (navigator.clipboard === undefined) {
    return { ok: false, reason: 'this page may not use the clipboard (not a secure context)' };
  }

  try {
    await navigator.clipboard.writeText(text);

    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Selects everything inside one element, as a triple click would. */
export function selectContents(element: HTMLElement): void {
  const selection = window.getSelection();
  if (selection === null) {
    return;
  }

  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

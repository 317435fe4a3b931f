/**
 * Which row the arrow, page and home/end keys move to in the metrics table.
 */

/** Rows a Page Up / Page Down jump. */
const PAGE = 10;

/** The row to select after a key press, or null when the key does not move the selection. */
export function rowAfterKey(key: string, current: number, count: number): number | null {
  if (count === 0) {
    return null;
  }

  const clamp = (index: number): number => Math.min(count - 1, Math.max(0, index));
  const from = current < 0 ? -1 : current;

  switch (key) {
    case 'ArrowDown':
      return clamp(from + 1);
    case 'ArrowUp':
      return clamp(from < 0 ? 0 : from - 1);
    case 'PageDown':
      return clamp(from + PAGE);
    case 'PageUp':
      return clamp(from - PAGE);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Whether a key press should jump to the search box ('/' outside any text field). */
export function isSearchShortcut(event: { key: string; target: EventTarget | null }): boolean {
  if (event.key !== '/') {
    return false;
  }

  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
  const tag = target?.tagName?.toLowerCase();

  return !(tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable);
}

/**
 * Copies text to the clipboard; the answer says whether it worked, for the button's label.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);

    return true;
  } catch {
    return false;
  }
}

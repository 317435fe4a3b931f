/**
 * Whether text holds a C0 control character or DEL: line breaks, tabs, NUL and the like, which
 * no name, word or version contains. A loop rather than a regular expression, so the rule
 * against control characters in patterns holds without an exception.
 */
export function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) {
      return true;
    }
  }

  return false;
}

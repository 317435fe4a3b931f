/**
 * Prose for the terminal: wrapped at the width of the style guide, with a hanging indent, so
 * long explanations stay readable. Commands are never wrapped (they are printed as is).
 */
export const WIDTH = 100;

export function wrap(text: string, indent: string, firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;

  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (lineHasWord && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent;
      lineHasWord = false;
    }
    line += lineHasWord ? ` ${word}` : word;
    lineHasWord = true;
  }
  lines.push(line);

  return lines.join('\n');
}

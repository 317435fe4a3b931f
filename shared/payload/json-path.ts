/**
 * Names places in a JSON document the way a reviewer would look for them: a JSON path such as
 * `stats.applicationEnabledIdentityProviders[2].count`, and a line and column in the text.
 */

export type PathPart = string | number;

const PLAIN_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `stats.tenantNumber`, `list[3]`, `stats["odd key"]`; the empty path is `(top level)`. */
export function formatPath(parts: readonly PathPart[]): string {
  if (parts.length === 0) {
    return '(top level)';
  }

  let text = '';
  for (const part of parts) {
    if (typeof part === 'number') {
      text += `[${part}]`;
    } else if (PLAIN_NAME.test(part)) {
      text += text === '' ? part : `.${part}`;
    } else {
      text += `[${JSON.stringify(part)}]`;
    }
  }

  return text;
}

export interface TextLocation {
  /** 0-based offset in characters. */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
}

/** The line and column of an offset; counts newlines once, only when an error is reported. */
export function locate(text: string, offset: number): TextLocation {
  const end = Math.min(Math.max(offset, 0), text.length);
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end;) {
    line += 1;
    lineStart = index + 1;
    index = text.indexOf('\n', lineStart);
  }

  return { offset: end, line, column: end - lineStart + 1 };
}

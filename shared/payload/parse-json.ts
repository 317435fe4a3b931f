/**
 * A strict JSON parser for text from outside. `JSON.parse` would do the parsing, but its errors
 * often carry no position, it keeps the last of two duplicate keys, it silently rounds integers
 * above 2^53 and it accepts `__proto__` keys. This one is iterative (an explicit stack, so deep
 * nesting cannot overflow the call stack), stops at a depth limit, and names the line, column
 * and JSON path of every problem (security.md §B7).
 */
import { InspectorError } from '../errors.ts';
import { formatPath, locate, type PathPart } from './json-path.ts';
import { MAX_JSON_DEPTH } from './limits.ts';

export interface ParseJsonOptions {
  /** Names the text in messages: a file path, "usage_stats row 1720629226097, column stats". */
  source: string;
  maxDepth?: number;
}

/**
 * Keys that change an object's prototype when assigned, or that prototype-polluting merges
 * look for. No FusionAuth payload has them, so they are refused rather than copied.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

type Frame =
  | { kind: 'object'; value: Record<string, unknown>; key: string | null; start: number }
  | { kind: 'array'; value: unknown[]; start: number };

/** Parses one JSON value, or throws InspectorError('payload-invalid') naming what and where. */
export function parseJson(text: string, options: ParseJsonOptions): unknown {
  return new StrictJsonParser(text, options).parseDocument();
}

class StrictJsonParser {
  private index = 0;
  private readonly stack: Frame[] = [];
  private readonly maxDepth: number;

  constructor(
    private readonly text: string,
    private readonly options: ParseJsonOptions,
  ) {
    this.maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  }

  parseDocument(): unknown {
    this.skipWhitespace();
    if (this.index === this.text.length) {
      this.fail('there is no JSON value: the text is empty or only whitespace');
    }

    // Each turn either opens a container or yields a complete value; a complete value is then
    // attached to the container on top of the stack, which may complete that container too.
    let complete: { value: unknown } | null = null;
    for (;;) {
      if (complete === null) {
        complete = this.startValue();
        if (complete === null) {
          continue;
        }
      }

      const frame = this.stack.at(-1);
      if (frame === undefined) {
        this.skipWhitespace();
        if (this.index < this.text.length) {
          this.fail(`unexpected ${this.describeHere()} after the end of the JSON value`);
        }

        return complete.value;
      }

      complete =
        frame.kind === 'array'
          ? this.afterElement(frame, complete.value)
          : this.afterMember(frame, complete.value);
    }
  }

  /** Reads a scalar, or opens a container; returns null when a non-empty container opened. */
  private startValue(): { value: unknown } | null {
    const code = this.text.charCodeAt(this.index);
    if (code === 0x7b /* { */) {
      this.open({ kind: 'object', value: {}, key: null, start: this.index });
      this.skipWhitespace();
      if (this.text[this.index] === '}') {
        this.index += 1;

        return { value: this.close() };
      }
      this.readKey(false);

      return null;
    }

    if (code === 0x5b /* [ */) {
      this.open({ kind: 'array', value: [], start: this.index });
      this.skipWhitespace();
      if (this.text[this.index] === ']') {
        this.index += 1;

        return { value: this.close() };
      }

      return null;
    }

    return { value: this.readScalar() };
  }

  private afterElement(
    frame: Frame & { kind: 'array' },
    value: unknown,
  ): { value: unknown } | null {
    this.skipWhitespace();
    const next = this.text[this.index];
    if (next !== ',' && next !== ']') {
      // Checked before the push, so the path in the message names this element.
      this.failExpected('"," or "]" after an array element', frame);
    }

    frame.value.push(value);
    if (next === ',') {
      this.index += 1;
      this.skipWhitespace();
      if (this.text[this.index] === ']') {
        this.fail('a value was expected after "," (JSON allows no trailing comma)');
      }

      return null;
    }

    this.index += 1;

    return { value: this.close() };
  }

  private afterMember(
    frame: Frame & { kind: 'object' },
    value: unknown,
  ): { value: unknown } | null {
    frame.value[frame.key as string] = value;
    this.skipWhitespace();
    const next = this.text[this.index];
    if (next === ',') {
      this.index += 1;
      this.skipWhitespace();
      this.readKey(true);

      return null;
    }

    if (next === '}') {
      this.index += 1;

      return { value: this.close() };
    }

    this.failExpected('"," or "}" after a property value', frame);
  }

  /** Reads `"key":` of the object on top of the stack, and the whitespace after the colon. */
  private readKey(afterComma: boolean): void {
    const frame = this.stack.at(-1) as Frame & { kind: 'object' };
    frame.key = null;
    if (this.text[this.index] !== '"') {
      if (afterComma && this.text[this.index] === '}') {
        this.fail('a property name was expected after "," (JSON allows no trailing comma)');
      }
      this.failExpected('a property name in double quotes', frame);
    }

    const keyStart = this.index;
    const key = this.readString();
    if (FORBIDDEN_KEYS.has(key)) {
      this.index = keyStart;
      this.fail(`the property name "${key}" is not allowed (it could alter object prototypes)`);
    }
    if (Object.hasOwn(frame.value, key)) {
      this.index = keyStart;
      this.fail(`the property "${key}" appears twice in the same object`);
    }
    frame.key = key;

    this.skipWhitespace();
    if (this.text[this.index] !== ':') {
      this.failExpected(`":" after the property name "${key}"`, frame);
    }
    this.index += 1;
    this.skipWhitespace();
  }

  private open(frame: Frame): void {
    if (this.stack.length >= this.maxDepth) {
      this.fail(`objects and arrays are nested more than ${this.maxDepth} levels deep`);
    }
    this.stack.push(frame);
    this.index += 1;
  }

  private close(): unknown {
    return (this.stack.pop() as Frame).value;
  }

  private readScalar(): unknown {
    const char = this.text[this.index];
    if (char === '"') {
      return this.readString();
    }
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      return this.readNumber();
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length;

        return value;
      }
    }

    if (char === undefined) {
      this.fail('the text ends where a value was expected (the file looks cut off)');
    }

    this.fail(`a value was expected, found ${this.describeHere()}${hintFor(char)}`);
  }

  private readString(): string {
    const start = this.index;
    this.index += 1;
    let result = '';
    let segmentStart = this.index;

    for (;;) {
      if (this.index >= this.text.length) {
        this.index = start;
        this.fail('a string starts here but never ends (the file looks cut off)');
      }

      const code = this.text.charCodeAt(this.index);
      if (code === 0x22 /* " */) {
        result += this.text.slice(segmentStart, this.index);
        this.index += 1;

        return result;
      }

      if (code === 0x5c /* \ */) {
        result += this.text.slice(segmentStart, this.index);
        result += this.readEscape();
        segmentStart = this.index;
        continue;
      }

      if (code < 0x20) {
        this.fail(
          `the control character ${unicodeName(code)} is inside a string ` +
            '(a closing quote may be missing; control characters must be escaped)',
        );
      }

      this.index += 1;
    }
  }

  private readEscape(): string {
    const letter = this.text[this.index + 1];
    if (letter === 'u') {
      const hex = this.text.slice(this.index + 2, this.index + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        this.fail('"\\u" must be followed by four hexadecimal digits');
      }
      this.index += 6;

      return String.fromCharCode(Number.parseInt(hex, 16));
    }

    const replacement = letter === undefined ? undefined : ESCAPES[letter];
    if (replacement === undefined) {
      this.fail(
        letter === undefined
          ? 'the text ends inside a string escape (the file looks cut off)'
          : `"\\${letter}" is not a JSON escape`,
      );
    }
    this.index += 2;

    return replacement;
  }

  private readNumber(): number {
    NUMBER.lastIndex = this.index;
    const match = NUMBER.exec(this.text);
    if (match === null) {
      this.fail('a minus sign must be followed by a digit');
    }

    const literal = match[0];
    const after = this.text[this.index + literal.length];
    if (literal.replace('-', '') === '0' && after !== undefined && after >= '0' && after <= '9') {
      this.fail('numbers cannot start with 0 (leading zeros are not JSON)');
    }
    if (after === '.' || after === 'e' || after === 'E') {
      this.index += literal.length;
      this.fail(`the number ${literal} is incomplete`);
    }

    const value = Number(literal);
    if (!Number.isFinite(value)) {
      this.fail(`the number ${literal} is too large`);
    }
    if (/^-?[0-9]+$/.test(literal) && !Number.isSafeInteger(value)) {
      this.fail(
        `the integer ${literal} is beyond 2^53 - 1, so it cannot be read exactly ` +
          '(FusionAuth never sends such numbers)',
      );
    }
    this.index += literal.length;

    return value;
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.index);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) {
        return;
      }
      this.index += 1;
    }
  }

  private describeHere(): string {
    if (this.index >= this.text.length) {
      return 'the end of the text';
    }

    const code = this.text.codePointAt(this.index) as number;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xfeff) {
      return unicodeName(code);
    }

    return `"${String.fromCodePoint(code)}"`;
  }

  private failExpected(expected: string, frame: Frame): never {
    if (this.index >= this.text.length) {
      const kind = frame.kind === 'object' ? 'an object' : 'an array';
      const { line, column } = locate(this.text, frame.start);
      this.fail(
        `the text ends inside ${kind} that starts at line ${line}, column ${column} ` +
          '(the file looks cut off)',
      );
    }

    this.fail(`${expected} was expected, found ${this.describeHere()}`);
  }

  private fail(reason: string): never {
    const { offset, line, column } = locate(this.text, this.index);
    const parts = this.currentPath();
    const path = formatPath(parts);
    const where = parts.length === 0 ? '' : ` (in ${shorten(path)})`;

    throw new InspectorError(
      'payload-invalid',
      `${this.options.source} is not valid JSON: ` +
        `line ${line}, column ${column}${where}: ${reason}.`,
      { source: this.options.source, line, column, offset, path, reason },
    );
  }

  /**
   * Where the parser is, as a path: for every open object the key being read or filled, for
   * every open array the index of the element being read.
   */
  private currentPath(): PathPart[] {
    const parts: PathPart[] = [];
    for (const frame of this.stack) {
      if (frame.kind === 'array') {
        parts.push(frame.value.length);
      } else if (frame.key !== null) {
        parts.push(frame.key);
      }
    }

    return parts;
  }
}

/** Keeps a message readable when the path is 64 levels of `[0]`. */
function shorten(path: string): string {
  return path.length <= 100 ? path : `${path.slice(0, 50)}...${path.slice(-40)}`;
}

function unicodeName(code: number): string {
  const names: Record<number, string> = { 0: 'NUL', 0x09: 'tab', 0x0a: 'line feed', 0x0d: 'CR' };
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = names[code] ?? (code === 0xfeff ? 'byte order mark' : undefined);

  return name === undefined ? hex : `${hex} (${name})`;
}

function hintFor(char: string): string {
  if (char === "'") {
    return ' (JSON strings use double quotes)';
  }
  if (char === '/') {
    return ' (JSON allows no comments)';
  }
  if (char === 'N' || char === 'I') {
    return ' (NaN and Infinity are not JSON)';
  }

  return '';
}

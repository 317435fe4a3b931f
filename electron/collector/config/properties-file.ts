/**
 * Reads a fusionauth.properties file the way Java's Properties does, but reports what Java
 * would silently accept: lines with no separator, empty keys, and values with stray spaces.
 */
import { InspectorError } from '../../../shared/errors.ts';

export interface ConfigEntry {
  key: string;
  value: string;
  /** "fusionauth.properties:12" */
  origin: string;
}

export interface ParsedConfigFile {
  entries: ConfigEntry[];
  warnings: string[];
}

export function parsePropertiesText(text: string, fileName: string): ParsedConfigFile {
  const entries: ConfigEntry[] = [];
  const warnings: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);

  for (let index = 0; index < lines.length; index += 1) {
    const lineNumber = index + 1;
    let logical = (lines[index] ?? '').replace(/^[ \t\f]+/, '');
    if (logical === '' || logical.startsWith('#') || logical.startsWith('!')) {
      continue;
    }

    // A line ending in an odd number of backslashes continues on the next line.
    while (/(^|[^\\])(\\\\)*\\$/.test(logical) && index + 1 < lines.length) {
      index += 1;
      logical = logical.slice(0, -1) + (lines[index] ?? '').replace(/^[ \t\f]+/, '');
    }

    const origin = `${fileName}:${lineNumber}`;
    const split = splitKeyValue(logical);
    if (split === null) {
      throw new InspectorError(
        'config-invalid',
        `${origin}: "${abbreviate(logical)}" is not a property line. ` +
          'Write it as name=value (or comment it out with #).',
        { file: fileName, line: lineNumber },
      );
    }

    const key = unescape(split.key, origin);
    if (key === '') {
      throw new InspectorError(
        'config-invalid',
        `${origin}: the line has a value but no property name. Write it as name=value.`,
        { file: fileName, line: lineNumber },
      );
    }

    if (split.spaceBeforeValue) {
      warnings.push(
        `${origin}: the value of ${key} starts with a space. Java's properties reader drops ` +
          'it, so FusionAuth reads the value without it; remove the space to be sure.',
      );
    }

    const value = unescape(split.value, origin);
    if (/[ \t]$/.test(value)) {
      warnings.push(
        `${origin}: the value of ${key} ends with a space, which FusionAuth keeps as part of ` +
          'the value (a number with a trailing space cannot be read).',
      );
    }

    entries.push({ key, value, origin });
  }

  return { entries, warnings };
}

interface KeyValue {
  key: string;
  value: string;
  spaceBeforeValue: boolean;
}

/** Splits at the first unescaped '=', ':' or whitespace, as java.util.Properties does. */
function splitKeyValue(line: string): KeyValue | null {
  let position = 0;
  while (position < line.length) {
    const character = line[position];
    if (character === '\\') {
      position += 2;
      continue;
    }
    if (character === '=' || character === ':' || character === ' ' || character === '\t') {
      break;
    }
    position += 1;
  }

  if (position >= line.length) {
    return null;
  }

  const key = line.slice(0, position);
  let rest = line.slice(position);
  const leadingBlank = /^[ \t\f]*/.exec(rest)?.[0] ?? '';
  rest = rest.slice(leadingBlank.length);
  let spaceBeforeValue = false;

  if (rest.startsWith('=') || rest.startsWith(':')) {
    rest = rest.slice(1);
    spaceBeforeValue = /^[ \t\f]/.test(rest) && rest.trim() !== '';
    rest = rest.replace(/^[ \t\f]+/, '');
  } else if (rest === '') {
    return null;
  }

  return { key, value: rest, spaceBeforeValue };
}

const SIMPLE_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };

function unescape(text: string, origin: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{0,4}|.)/g, (match, escaped: string) => {
    if (escaped.startsWith('u')) {
      if (escaped.length !== 5) {
        throw new InspectorError(
          'config-invalid',
          `${origin}: "${match}" is a malformed \\uXXXX escape.`,
        );
      }

      return String.fromCharCode(Number.parseInt(escaped.slice(1), 16));
    }

    return SIMPLE_ESCAPES[escaped] ?? escaped;
  });
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

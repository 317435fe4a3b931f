/**
 * Reads an environment file (docker-compose `.env`, systemd EnvironmentFile, `export` lines):
 * NAME=value per line. Stray spaces are reported, not trimmed away.
 */
import { InspectorError } from '../../../shared/errors.ts';
import type { ParsedConfigFile, ConfigEntry } from './properties-file.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function parseEnvText(text: string, fileName: string): ParsedConfigFile {
  const entries: ConfigEntry[] = [];
  const warnings: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);

  lines.forEach((rawLine, index) => {
    const origin = `${fileName}:${index + 1}`;
    const line = rawLine.replace(/^\s*export\s+/, '').replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) {
      return;
    }

    const separator = line.indexOf('=');
    const name = separator < 0 ? line : line.slice(0, separator);
    if (separator < 0 || !NAME.test(name.trimEnd())) {
      throw new InspectorError(
        'config-invalid',
        `${origin}: "${line.slice(0, 60)}" is not a NAME=value line.`,
        { file: fileName, line: index + 1 },
      );
    }

    if (name !== name.trimEnd()) {
      throw new InspectorError(
        'config-invalid',
        `${origin}: there is a space before "=" after ${name.trimEnd()}; ` +
          'an environment file has no spaces around "=".',
        { file: fileName, line: index + 1 },
      );
    }

    const value = unquote(line.slice(separator + 1), name, origin, warnings);
    entries.push({ key: name, value, origin });
  });

  return { entries, warnings };
}

function unquote(raw: string, name: string, origin: string, warnings: string[]): string {
  const quoted = /^(["'])(.*)\1\s*$/.exec(raw);
  if (quoted !== null) {
    return quoted[2] ?? '';
  }

  if (/^\s/.test(raw) && raw.trim() !== '') {
    warnings.push(
      `${origin}: the value of ${name} starts with a space, which becomes part of the value ` +
        'FusionAuth sees (a number with a leading space cannot be read). Remove the space.',
    );
  }

  if (/\s$/.test(raw) && raw.trim() !== '') {
    warnings.push(
      `${origin}: the value of ${name} ends with a space, which becomes part of the value.`,
    );
  }

  return raw;
}

/**
 * FusionAuth's configuration as the user gave it (--config files), looked up in FusionAuth's
 * order: environment variable with the exact name, then the name upper-cased with '.' and '-'
 * turned into '_', then fusionauth.properties (collector.md §2).
 *
 * The inspector's own environment is deliberately not consulted: it is not FusionAuth's.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import { InspectorError } from '../../../shared/errors.ts';
import { parseEnvText } from './env-file.ts';
import { type ConfigEntry, type ParsedConfigFile, parsePropertiesText } from './properties-file.ts';

export interface FoundSetting {
  value: string;
  /** e.g. "env DATABASE_MAXIMUM_POOL_SIZE (prod.env:3)" or "fusionauth.properties:12" */
  origin: string;
}

export interface ConfigSources {
  /** First hit over the names in order (current name first, then deprecated ones). */
  lookup(names: readonly string[]): FoundSetting | null;
  warnings: string[];
  files: string[];
}

/** DATABASE_MAXIMUM_POOL_SIZE for database.maximum-pool-size. */
export function environmentName(property: string): string {
  return property.toUpperCase().replace(/[.-]/g, '_');
}

export function loadConfigSources(paths: readonly string[]): ConfigSources {
  const environment = new Map<string, ConfigEntry>();
  const properties = new Map<string, ConfigEntry>();
  const warnings: string[] = [];

  for (const path of paths) {
    const parsed = parseConfigFile(path);
    const target = isPropertiesFile(path) ? properties : environment;
    // A later file overrides an earlier one, as layered configuration usually does.
    for (const entry of parsed.entries) {
      target.set(entry.key, entry);
    }
    warnings.push(...parsed.warnings);
  }

  return {
    warnings,
    files: [...paths],
    lookup(names) {
      for (const name of names) {
        const exact = environment.get(name);
        if (exact !== undefined) {
          return { value: exact.value, origin: `environment ${name} (${exact.origin})` };
        }

        const envName = environmentName(name);
        const translated = environment.get(envName);
        if (translated !== undefined) {
          return {
            value: translated.value,
            origin: `environment ${envName} (${translated.origin})`,
          };
        }

        const property = properties.get(name);
        if (property !== undefined) {
          return { value: property.value, origin: property.origin };
        }
      }

      return null;
    },
  };
}

export function isPropertiesFile(path: string): boolean {
  return basename(path).toLowerCase().endsWith('.properties');
}

function parseConfigFile(path: string): ParsedConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InspectorError('file', `Cannot read the configuration file ${path}: ${reason}.`);
  }

  if (text.includes('\u0000')) {
    throw new InspectorError(
      'config-invalid',
      `${path} is a binary file, not a fusionauth.properties or environment file.`,
    );
  }

  const name = basename(path);

  return isPropertiesFile(path) ? parsePropertiesText(text, name) : parseEnvText(text, name);
}

/** No files at all: every setting takes its default. */
export const NO_CONFIG: ConfigSources = {
  lookup: () => null,
  warnings: [],
  files: [],
};

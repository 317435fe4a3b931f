/**
 * Argument parsing shared by the commands: node's own parseArgs, with its errors turned into
 * usage errors, and the database options every command that reads FusionAuth accepts.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { InspectorError } from '../../shared/errors.ts';
import type { DatabaseTarget } from '../db/target.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandLine<T extends Options>(
  command: string,
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new InspectorError(
      'usage',
      `${command}: ${(error as Error).message}. Run usage-inspector ${command} --help.`,
    );
  }
}

export const DATABASE_OPTIONS = {
  db: { type: 'string' },
  demo: { type: 'boolean' },
} as const satisfies Options;

/** --db URL or --demo, exactly one; the URL is checked here so mistakes exit with 2. */
export function databaseTarget(
  command: string,
  values: { db?: string | undefined; demo?: boolean | undefined },
  required = true,
): DatabaseTarget | null {
  if (values.db !== undefined && values.demo === true) {
    throw new InspectorError('usage', `${command}: give either --db URL or --demo, not both.`);
  }

  if (values.demo === true) {
    return { kind: 'demo' };
  }

  if (values.db !== undefined) {
    return { kind: 'url', url: values.db };
  }

  if (required) {
    throw new InspectorError(
      'usage',
      `${command}: say which database to inspect: --db postgres://USER@HOST:5432/DATABASE, ` +
        'or --demo for the embedded demo database.',
    );
  }

  return null;
}

/**
 * The command line: `usage-inspector <command> ...`. Each command lives in its own module and
 * is loaded only when used. Every failure ends as one clear line on stderr and an exit code;
 * a stack trace is printed only with USAGE_INSPECTOR_DEBUG=1.
 */
import { exitCodeFor, InspectorError, isInspectorError } from '../../shared/errors.ts';

export type CommandRunner = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandRunner> }> = {
  collect: {
    summary: 'compute the usage payload FusionAuth would send',
    load: async () => (await import('./commands/collect.ts')).runCollect,
  },
  serve: {
    summary: 'serve the inspector UI on 127.0.0.1 (for browsers, and for testing)',
    load: async () => (await import('./commands/serve.ts')).runServe,
  },
  diff: {
    summary: 'compare two payloads (files, last-sent, queued, run:ID)',
    load: async () => (await import('./commands/diff.ts')).runDiff,
  },
  history: {
    summary: 'list the payloads FusionAuth stored in usage_stats',
    load: async () => (await import('./commands/history.ts')).runHistory,
  },
  optout: {
    summary: 'print the commands that turn usage data off and block egress',
    load: async () => (await import('./commands/optout.ts')).runOptout,
  },
  report: {
    summary: 'write a review record (HTML or JSON evidence)',
    load: async () => (await import('./commands/report.ts')).runReport,
  },
};

export function usageText(): string {
  const lines = Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(9)} ${command.summary}`,
  );

  return [
    'usage: usage-inspector <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'Run usage-inspector <command> --help for its options.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usageText()}\n`);

    return name === undefined ? 2 : 0;
  }

  const command = COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(`usage-inspector: unknown command "${name}".\n\n${usageText()}\n`);

    return 2;
  }

  try {
    const run = await command.load();

    return await run(rest);
  } catch (error) {
    return reportFailure(error);
  }
}

export function reportFailure(error: unknown): number {
  const failure = isInspectorError(error)
    ? error
    : new InspectorError('internal', `Unexpected error: ${(error as Error)?.message ?? error}`);

  process.stderr.write(`usage-inspector: ${failure.message}\n`);
  if (process.env['USAGE_INSPECTOR_DEBUG'] === '1' && error instanceof Error) {
    process.stderr.write(`${error.stack ?? ''}\n`);
  }

  return exitCodeFor(failure.code);
}

// `usage-inspector collect --demo | head` closes the pipe early: that is the reader's choice,
// not a failure worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    process.exit(process.exitCode ?? 0);
  }
  throw error;
});

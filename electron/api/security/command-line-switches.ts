/**
 * Switches that would let another program drive or inspect the packaged app (a debugging
 * port, Node's inspector). No fuse covers --remote-debugging-port, so the app refuses these
 * itself (security.md A1.12). Development runs keep them, for Playwright and debuggers.
 */

const FORBIDDEN_PREFIXES = [
  '--remote-debugging-port',
  '--remote-debugging-pipe',
  '--remote-allow-origins',
  '--inspect',
  '--inspect-brk',
  '--inspect-port',
  '--debug',
  '--js-flags',
];

/** The forbidden switches present in argv, as given (an empty list means none). */
export function forbiddenSwitches(argv: readonly string[]): string[] {
  return argv.filter((argument) =>
    FORBIDDEN_PREFIXES.some((prefix) => argument === prefix || argument.startsWith(`${prefix}=`)),
  );
}

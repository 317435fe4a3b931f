/**
 * Where runs are kept when the caller names no folder: $USAGE_INSPECTOR_HOME/runs, else
 * ~/.usage-inspector/runs. The desktop app passes its own data folder instead.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultRunsDirectory(
  env: Record<string, string | undefined> = process.env,
  home: string = homedir(),
): string {
  const appHome = env['USAGE_INSPECTOR_HOME'];

  return appHome !== undefined && appHome !== ''
    ? join(appHome, 'runs')
    : join(home, '.usage-inspector', 'runs');
}

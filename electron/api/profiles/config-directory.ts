/**
 * Where the inspector keeps its settings when run from the command line: the same folder
 * Electron uses for an app named usage-inspector, so `serve` and the desktop app share
 * their saved profiles (the desktop's encrypted passwords stay unreadable to `serve`).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'usage-inspector';

export function configDirectory(
  environment: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') {
    return join(environment['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  }

  if (platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  }

  return join(environment['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_FOLDER);
}

export const PROFILES_FILE = 'profiles.json';
export const SECRETS_FILE = 'profile-passwords.json';

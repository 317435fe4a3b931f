/**
 * Everything the handlers depend on, handed in by the shell that runs them: the Electron
 * main process or `usage-inspector serve`.
 */
import type { AppInfo } from '../../shared/ipc/channels/app.ts';
import type { DatabaseAccess } from './database-access.ts';
import type { ProfileStore } from './profiles/profile-store.ts';
import type { SecretStore } from './profiles/secret-store.ts';
import type { BuiltInProfile } from './profiles/built-in-profile.ts';
import type { RunRegistry } from './runs/run-registry.ts';
import type { SavedRunLog } from './runs/saved-run-log.ts';

export interface ApiServices {
  mode: AppInfo['mode'];
  database: DatabaseAccess;
  profiles: ProfileStore;
  secrets: SecretStore;
  /** The database named on the command line, if any; shown as a profile that cannot change. */
  builtInProfile: BuiltInProfile | null;
  /** Whether the command line asked for the demo. */
  startDemo: boolean;
  runs: RunRegistry;
  /** Keeps every finished collection as a saved run, and what became of each. */
  savedRuns: SavedRunLog;
  /**
   * Asks the user where to save a file (the desktop's save dialog); null when cancelled.
   * Absent in serve mode, where the browser downloads the file instead.
   */
  chooseSaveFile?: (suggestedName: string, kind?: SaveFileKind) => Promise<string | null>;
  /**
   * FusionAuth's configuration files and --set values given on the command line; applied to
   * every collection, since the renderer cannot name files on this machine.
   */
  collectionSettings?: { configFiles: string[]; set: string[] };
  /** Where saved runs and their reviews are kept; the command line's default when absent. */
  runsDirectory?: string;
  /** Prints an HTML report to PDF; absent when this shell has nothing to print with. */
  pdf?: PdfPrinting;
}

/** What the save dialog offers; without it, the dialog is the one for a usage payload. */
export interface SaveFileKind {
  title: string;
  filter: { name: string; extensions: string[] };
}

export type PdfPrinting =
  | { available: true; print: (html: string) => Promise<Uint8Array> }
  | { available: false; reason: string };

/**
 * The handlers' services for `serve`: profiles in the settings folder without passwords,
 * no save dialog (the browser downloads), and the command line's database as a profile.
 */
import type { DatabaseTarget } from '../db/target.ts';
import { realDatabaseAccess } from '../api/database-access.ts';
import { builtInProfileFor } from '../api/profiles/built-in-profile.ts';
import { fileProfileStore } from '../api/profiles/profile-store.ts';
import { noSecretStore } from '../api/profiles/secret-store.ts';
import { RunRegistry } from '../api/runs/run-registry.ts';
import { SavedRunLog } from '../api/runs/saved-run-log.ts';
import type { ApiServices } from '../api/services.ts';
import { servePdfPrinting } from './serve-pdf.ts';

const NO_PASSWORDS_IN_SERVE =
  'usage-inspector serve never keeps passwords; type the password each time, or use the ' +
  'desktop app, which keeps them encrypted by the operating system.';

export function serveServices(target: DatabaseTarget, profilesFile: string): ApiServices {
  return {
    mode: 'serve',
    database: realDatabaseAccess,
    profiles: fileProfileStore(profilesFile),
    secrets: noSecretStore(NO_PASSWORDS_IN_SERVE),
    builtInProfile: target.kind === 'demo' ? null : builtInProfileFor(target),
    startDemo: target.kind === 'demo',
    runs: new RunRegistry(),
    savedRuns: new SavedRunLog(),
    pdf: servePdfPrinting(),
  };
}

/**
 * The runs folder the handlers use: the one the shell chose, else the command line's default,
 * so `usage-inspector history` and `diff run:ID` find the runs the window saved.
 */
import { defaultRunsDirectory } from '../../runs/runs-directory.ts';
import type { ApiServices } from '../services.ts';

export function runsFolder(services: Pick<ApiServices, 'runsDirectory'>): string {
  return services.runsDirectory ?? defaultRunsDirectory();
}

/**
 * Keeps every collection the window finishes as a saved run in the runs folder, so a later
 * run can be compared with it, and remembers what became of each (its run id, or why it could
 * not be written). A failed save never fails the collection: the reviewer still sees the
 * results, and the History view says why the run was not kept.
 */
import type { CollectionReport } from '../../../shared/collection/types.ts';
import { isInspectorError } from '../../../shared/errors.ts';
import type { KeptRunOutcome } from '../../../shared/ipc/channels/diff.ts';
import { saveRun } from '../../runs/save-run.ts';

/** Outcomes are small; enough for every run a long session makes. */
const KEPT_OUTCOMES = 200;

export class SavedRunLog {
  readonly #outcomes = new Map<string, KeptRunOutcome>();
  readonly #save: typeof saveRun;

  /** `save` is replaceable so tests can make a save fail. */
  constructor(save: typeof saveRun = saveRun) {
    this.#save = save;
  }

  /** Saves the report of collection run `runId` in `directory`; never throws. */
  async keep(runId: string, report: CollectionReport, directory: string): Promise<KeptRunOutcome> {
    let outcome: KeptRunOutcome;
    try {
      const summary = await this.#save(report, directory);
      outcome = { status: 'saved', id: summary.id };
    } catch (error) {
      const reason = isInspectorError(error) ? error.message : String(error);
      outcome = { status: 'not-saved', message: `This run was not saved: ${reason}` };
    }

    this.#outcomes.set(runId, outcome);
    for (const oldest of this.#outcomes.keys()) {
      if (this.#outcomes.size <= KEPT_OUTCOMES) {
        break;
      }
      this.#outcomes.delete(oldest);
    }

    return outcome;
  }

  /** What became of run `runId`, or null when this process did not finish it. */
  outcome(runId: string): KeptRunOutcome | null {
    return this.#outcomes.get(runId) ?? null;
  }
}

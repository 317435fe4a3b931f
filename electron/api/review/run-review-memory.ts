/**
 * What the review handlers remember about this process's collection runs: the saved run a
 * run became when it was first reviewed (so a second review sits next to the same saved run
 * instead of saving the payload twice), and the database context read for its report.
 */
import type { DatabaseContext } from '../../report/read-database-context.ts';

/** As many runs as the run registry keeps reports for; older ones cannot be reviewed. */
const REMEMBERED_RUNS = 5;

export class RunReviewMemory {
  readonly #savedRuns = new Map<string, string>();
  readonly #contexts = new Map<string, Promise<DatabaseContext>>();
  readonly #queues = new Map<string, Promise<unknown>>();

  savedRunOf(runId: string): string | null {
    return this.#savedRuns.get(runId) ?? null;
  }

  rememberSavedRun(runId: string, savedRunId: string): void {
    remember(this.#savedRuns, runId, savedRunId);
  }

  /**
   * The run's database context, read once: usage_stats and the opt-out state change rarely,
   * and every export of the run should compare against the same rows. A failed read is
   * forgotten, so the next export tries again.
   */
  context(runId: string, read: () => Promise<DatabaseContext>): Promise<DatabaseContext> {
    const known = this.#contexts.get(runId);
    if (known !== undefined) {
      return known;
    }

    const reading = read();
    remember(this.#contexts, runId, reading);
    reading.catch(() => {
      if (this.#contexts.get(runId) === reading) {
        this.#contexts.delete(runId);
      }
    });

    return reading;
  }

  /**
   * Runs `work` after any earlier work for the same run has settled. Two quick saves of a run
   * not saved yet would otherwise both save it.
   */
  one<T>(runId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(runId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.#queues.set(runId, settled);
    void settled.then(() => {
      if (this.#queues.get(runId) === settled) {
        this.#queues.delete(runId);
      }
    });

    return next;
  }
}

function remember<Value>(map: Map<string, Value>, key: string, value: Value): void {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= REMEMBERED_RUNS) {
      break;
    }
    map.delete(oldest);
  }
}

/**
 * The collection runs of this process: the one that is running (with what cancels it) and
 * the last few finished reports, which "save payload" reads so that only text the collector
 * produced is ever written to disk.
 */
import type { CollectionReport } from '../../../shared/collection/types.ts';
import { InspectorError } from '../../../shared/errors.ts';

/** Enough for the current report and the ones a reviewer just looked at. */
const KEPT_REPORTS = 5;

export class RunRegistry {
  #active: { runId: string; controller: AbortController } | null = null;
  readonly #reports = new Map<string, CollectionReport>();

  /** Registers a new run; one at a time, because one database snapshot is enough. */
  start(runId: string): AbortSignal {
    if (this.#active !== null) {
      throw new InspectorError(
        'usage',
        'A collection is already running. Wait for it to finish or cancel it first.',
      );
    }

    if (this.#reports.has(runId)) {
      throw new InspectorError('usage', `Run ${runId} has already been used; pick a new id.`);
    }

    const controller = new AbortController();
    this.#active = { runId, controller };

    return controller.signal;
  }

  /** Ends the run, keeping its report when it produced one. */
  finish(runId: string, report?: CollectionReport): void {
    if (this.#active?.runId === runId) {
      this.#active = null;
    }

    if (report === undefined) {
      return;
    }

    this.#reports.set(runId, report);
    for (const oldest of this.#reports.keys()) {
      if (this.#reports.size <= KEPT_REPORTS) {
        break;
      }
      this.#reports.delete(oldest);
    }
  }

  /** Asks the running collection to stop after its current stat; false if it is not running. */
  cancel(runId: string): boolean {
    if (this.#active?.runId !== runId) {
      return false;
    }

    this.#active.controller.abort();

    return true;
  }

  report(runId: string): CollectionReport {
    const report = this.#reports.get(runId);
    if (report === undefined) {
      throw new InspectorError(
        'not-found',
        'That collection run is not available any more. Run the collection again.',
      );
    }

    return report;
  }
}

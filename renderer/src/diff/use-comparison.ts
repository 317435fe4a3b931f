/**
 * The pair the Diff view compares, kept above the views so that History's "compare with this
 * run" can set it. A side on "this run" follows each new collection; any other choice stays
 * until the reviewer changes it.
 */
import { useState } from 'react';

import {
  defaultChoice,
  namesSavedRun,
  type OpenedFile,
  type Side,
  type SourceChoice,
} from './source-choice.ts';

export function useComparison(thisRunId: string | null) {
  const [chosen, setChosen] = useState<Partial<Record<Side, SourceChoice>>>({});
  const [files, setFiles] = useState<OpenedFile[]>([]);

  function current(side: Side): SourceChoice | null {
    if (thisRunId === null) {
      return null;
    }

    const choice = chosen[side] ?? defaultChoice(side, thisRunId);

    // "This run" means the newest run, whichever run it named when it was picked.
    return choice.kind === 'this-run' ? { kind: 'this-run', runId: thisRunId } : choice;
  }

  function choose(side: Side, choice: SourceChoice): void {
    setChosen((previous) => ({ ...previous, [side]: choice }));
  }

  function addFile(side: Side, file: OpenedFile): void {
    setFiles((previous) => [...previous, file]);
    choose(side, { kind: 'file', file });
  }

  /** Sets both sides back to their defaults where they named a run that is now deleted. */
  function forgetSavedRun(id: string): void {
    setChosen((previous) => {
      const next = { ...previous };
      for (const side of ['left', 'right'] as const) {
        const choice = next[side];
        if (choice !== undefined && namesSavedRun(choice, id)) {
          delete next[side];
        }
      }

      return next;
    });
  }

  return {
    left: current('left'),
    right: current('right'),
    files,
    choose,
    addFile,
    forgetSavedRun,
  };
}

export type Comparison = ReturnType<typeof useComparison>;

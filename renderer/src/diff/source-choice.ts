/**
 * What the reviewer picked for each side of the Diff view. An opened file keeps its text here,
 * in the window, with a number that names it in query keys (so a 200 KB text is not hashed on
 * every render) and in the source menu.
 */
import type { PayloadSourceChoice } from '../../../shared/ipc/channels/diff.ts';

export interface OpenedFile {
  /** Counts up per opened file; two openings of the same file are two choices. */
  id: number;
  name: string;
  text: string;
}

export type SourceChoice =
  Exclude<PayloadSourceChoice, { kind: 'file' }> | { kind: 'file'; file: OpenedFile };

export type Side = 'left' | 'right';

/** The defaults of issue #4: what FusionAuth sent last, against what it would send now. */
export function defaultChoice(side: Side, thisRunId: string): SourceChoice {
  return side === 'left' ? { kind: 'last-sent' } : { kind: 'this-run', runId: thisRunId };
}

/** What the main side is sent for the choice. */
export function toPayloadSource(choice: SourceChoice): PayloadSourceChoice {
  return choice.kind === 'file'
    ? { kind: 'file', name: choice.file.name, text: choice.file.text }
    : choice;
}

/** A short stable text per choice, for query keys and the source menu's values. */
export function choiceKey(choice: SourceChoice): string {
  switch (choice.kind) {
    case 'last-sent':
    case 'queued':
      return choice.kind;
    case 'usage-stats-row':
      return `row:${choice.collectionInstant}`;
    case 'saved-run':
      return `run:${choice.id}`;
    case 'this-run':
      return `this-run:${choice.runId}`;
    case 'file':
      return `file:${choice.file.id}`;
  }
}

/** The choice a menu value stands for; files are looked up among those opened. */
export function choiceFromKey(key: string, files: readonly OpenedFile[]): SourceChoice | null {
  if (key === 'last-sent' || key === 'queued') {
    return { kind: key };
  }

  const [prefix, ...rest] = key.split(':');
  const value = rest.join(':');
  if (prefix === 'row' && /^[0-9]+$/.test(value)) {
    return { kind: 'usage-stats-row', collectionInstant: Number(value) };
  }
  if (prefix === 'run') {
    return { kind: 'saved-run', id: value };
  }
  if (prefix === 'this-run') {
    return { kind: 'this-run', runId: value };
  }
  if (prefix === 'file') {
    const file = files.find((candidate) => String(candidate.id) === value);

    return file === undefined ? null : { kind: 'file', file };
  }

  return null;
}

/** Whether a choice names the saved run `id` (so deleting it resets that side). */
export function namesSavedRun(choice: SourceChoice, id: string): boolean {
  return choice.kind === 'saved-run' && choice.id === id;
}

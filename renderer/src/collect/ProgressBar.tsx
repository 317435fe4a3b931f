/**
 * "Stat N of M" and the stat being computed, as a bar a screen reader can read too.
 */
import type { RunProgress } from '../../../shared/ipc/channels/collection.ts';

export function ProgressBar(props: { progress: RunProgress | null; cancelling: boolean }) {
  const { progress } = props;
  const label =
    progress === null
      ? 'Opening a read-only snapshot…'
      : `Stat ${progress.index} of ${progress.total}: ${progress.key}`;

  return (
    <div className="progress" aria-live="polite">
      <progress
        max={progress?.total ?? 1}
        value={progress?.index ?? 0}
        aria-label="Collection progress"
      />
      <span className="progress-label">
        {props.cancelling ? `Cancelling after the current stat… (${label})` : label}
      </span>
    </div>
  );
}

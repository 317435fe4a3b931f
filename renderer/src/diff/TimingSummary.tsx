/**
 * The timings in a few lines: how many, how long in total on each side, and the stats whose
 * query grew slowest. Timings say how long FusionAuth's queries took, not what they report, so
 * they stay out of the differences table.
 */
import {
  describeNumericChange,
  escapeControlCharacters,
} from '../../../shared/diff/describe-change.ts';
import type { TimingSummary as Summary } from '../../../shared/diff/types.ts';

export function TimingSummary({ summary }: { summary: Summary }) {
  const { counts } = summary;

  return (
    <section className="timing-summary" aria-label="Timings summary">
      <h3>Timings</h3>
      <p>
        Old: {summary.oldCount} timings, {summary.oldTotalMs.toLocaleString('en-US')} ms in total
        · New: {summary.newCount} timings, {summary.newTotalMs.toLocaleString('en-US')} ms in
        total
      </p>
      <p className="hint">
        {counts.changed} changed, {counts.added} added, {counts.removed} removed,{' '}
        {counts.unchanged} unchanged. Query milliseconds per stat; not part of what a stat
        reports.
      </p>
      {summary.largestIncreases.length > 0 && (
        <p className="hint">
          Slower:{' '}
          {summary.largestIncreases
            .map(
              (timing) =>
                `${escapeControlCharacters(timing.key)} ${timing.oldMs} → ${timing.newMs} ms` +
                (timing.numeric === undefined ? '' : `, ${describeNumericChange(timing.numeric)}`),
            )
            .join('; ')}
        </p>
      )}
    </section>
  );
}

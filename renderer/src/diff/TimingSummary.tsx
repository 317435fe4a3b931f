/**
 * The timings in a line: how many, how long in total on each side, how many changed; opened,
 * the stats whose query grew slowest. Timings say how long FusionAuth's queries took,
 * not what they report, so they stay out of the differences table.
 */
import {
  describeNumericChange,
  escapeControlCharacters,
} from '../../../shared/diff/describe-change.ts';
import type { TimingSummary as Summary } from '../../../shared/diff/types.ts';

export function TimingSummary({ summary }: { summary: Summary }) {
  const { counts } = summary;
  const slower = summary.largestIncreases;

  return (
    <details className="timing-summary" aria-label="Timings summary">
      <summary>
        <strong>Timings</strong> {ms(summary.oldTotalMs)} → {ms(summary.newTotalMs)} in total ·{' '}
        {counts.changed} changed, {counts.added} added, {counts.removed} removed
      </summary>
      <p className="hint">
        {summary.oldCount} timings on the old side, {summary.newCount} on the new: the milliseconds
        each stat's query took, sent with the payload but not part of what a stat reports.{' '}
        {slower.length > 0 && `The ${slower.length} that grew most:`}
      </p>
      {slower.length > 0 && (
        <ul>
          {slower.map((timing) => (
            <li key={timing.key}>
              <span className="mono">{escapeControlCharacters(timing.key)}</span> {timing.oldMs} →{' '}
              {timing.newMs} ms
              {timing.numeric === undefined ? '' : `, ${describeNumericChange(timing.numeric)}`}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function ms(total: number): string {
  return `${total.toLocaleString('en-US')} ms`;
}

/**
 * The fields around the stats (versions, instance, instant, duration, failed stats), apart
 * from the stats table: they say which FusionAuth produced each payload and when, and a
 * top-level key FusionAuth's format does not have is flagged, because it would be sent too.
 * Selecting a field reveals it in the editor.
 */
import { describeValue, escapeControlCharacters } from '../../../shared/diff/describe-change.ts';
import type { EnvelopeDifference, PayloadDiff } from '../../../shared/diff/types.ts';
import { formatInstant } from './format-time.ts';

interface Props {
  diff: PayloadDiff;
  onSelect: (field: string) => void;
}

export function EnvelopeDifferences({ diff, onSelect }: Props) {
  const shown = diff.envelope.filter((field) => field.changed || !field.standard);
  const same = diff.envelope.filter((field) => !field.changed && field.standard);
  const { added, removed } = diff.failedStats;

  return (
    <section className="envelope-differences" aria-label="Envelope differences">
      <h3>Envelope (times in UTC)</h3>
      {shown.length === 0 ? (
        <p className="muted">The envelope fields are the same in both payloads.</p>
      ) : (
        <dl className="envelope-list">
          {shown.map((field) => (
            <div key={field.field} data-field={field.field}>
              <dt>
                <button
                  type="button"
                  className="field-button"
                  title="Show in the editor"
                  onClick={() => onSelect(field.field)}
                >
                  {escapeControlCharacters(field.field)}
                </button>
                {!field.standard && (
                  <span className="badge badge-unknown-key" title="Not a FusionAuth field">
                    not standard
                  </span>
                )}
              </dt>
              <dd>
                {fieldValue(field, field.oldValue)}
                <span className="envelope-arrow" aria-label="becomes">
                  →
                </span>
                {fieldValue(field, field.newValue)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {added.length > 0 && (
        <p>
          <strong>Failing now:</strong> {added.map(escapeControlCharacters).join(', ')}
        </p>
      )}
      {removed.length > 0 && (
        <p>
          <strong>No longer failing:</strong> {removed.map(escapeControlCharacters).join(', ')}
        </p>
      )}
      {same.length > 0 && (
        <p className="hint envelope-same">
          Same on both sides: {same.map((field) => field.field).join(', ')}
        </p>
      )}
    </section>
  );
}

/** Instants as dates (their epoch milliseconds mean little to a reader), the rest as JSON. */
function fieldValue(field: EnvelopeDifference, value: unknown): string {
  if (field.field === 'collectionInstant' && typeof value === 'number') {
    return formatInstant(value).replace(' UTC', '');
  }
  if (field.field === 'collectionDuration' && typeof value === 'number') {
    return `${(value / 1000).toFixed(1)} s`;
  }

  return describeValue(value);
}

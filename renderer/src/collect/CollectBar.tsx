/**
 * The run controls under the header: the options FusionAuth's collector depends on, the
 * button that starts a run, its progress and its cancel button.
 */
import { useState } from 'react';

import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import type { Collection } from './use-collection.ts';

const TIME_ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function CollectBar({ collection }: { collection: Collection }) {
  const [today, setToday] = useState('');
  const [timezone, setTimezone] = useState('');
  const [all, setAll] = useState(false);

  function start(): void {
    collection.start({
      all,
      ...(today === '' ? {} : { today }),
      ...(timezone.trim() === '' ? {} : { timezone: timezone.trim() }),
    });
  }

  const error = collection.error;
  const cancelled = error?.code === 'cancelled';

  return (
    <section className="collect-bar" aria-label="Collection">
      <form
        className="collect-options"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        <label className="inline-field">
          <span>Today</span>
          <input
            type="date"
            name="today"
            disabled={collection.running}
            value={today}
            onChange={(event) => setToday(event.target.value)}
            title="The day the 7-day activity window ends on. Empty: today."
          />
        </label>
        <label className="inline-field">
          <span>Time zone</span>
          <input
            name="timezone"
            disabled={collection.running}
            list="time-zones"
            placeholder="UTC"
            value={timezone}
            onChange={(event) => setTimezone(event.target.value)}
            title="The time zone FusionAuth runs in. Empty: UTC."
            spellCheck={false}
          />
          <datalist id="time-zones">
            {TIME_ZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </label>
        <label className="checkbox" title="Also stats FusionAuth's stat list does not ask for">
          <input
            type="checkbox"
            name="all"
            disabled={collection.running}
            checked={all}
            onChange={(event) => setAll(event.target.checked)}
          />
          <span>Every known stat</span>
        </label>
        {collection.running ? (
          <button
            type="button"
            className="button"
            onClick={collection.stop}
            disabled={collection.cancelling}
          >
            Cancel
          </button>
        ) : (
          <button type="submit" className="button button-primary">
            {collection.latest === null ? 'Collect' : 'Collect again'}
          </button>
        )}
      </form>
      <div className="collect-status">
        {collection.running && (
          <ProgressBar progress={collection.progress} cancelling={collection.cancelling} />
        )}
        {!collection.running && collection.latest !== null && error === null && (
          <span className="muted">
            Window ends {collection.latest.report.window.today}{' '}
            {collection.latest.report.window.timezone}
            <span className="wide-only">
              {' '}
              · collected {collection.latest.finishedAt.toLocaleTimeString()}
            </span>
          </span>
        )}
      </div>
      {!collection.running && error !== null && (
        <div className="collect-error">
          {cancelled ? (
            <div className="message message-info" role="status">
              <strong>Collection cancelled</strong>
              <p>
                {collection.latest === null
                  ? 'Nothing was kept.'
                  : 'The results of the previous run are still shown below.'}
              </p>
            </div>
          ) : (
            <ErrorMessage
              error={error}
              title={collection.latest === null ? undefined : 'The collection failed'}
            />
          )}
          {!cancelled && collection.latest !== null && (
            <p className="muted">The results of the previous run are still shown below.</p>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * The inspector's saved runs, newest first: when each was saved, from which database and
 * FusionAuth, and the start of its payload hash. Deleting asks first, in the row itself, and
 * removes only that run's file.
 */
import { useState } from 'react';

import type { SavedRunsListing } from '../../../shared/ipc/channels/diff.ts';
import { formatInstant, formatIso, shortHash } from '../diff/format-time.ts';
import type { SourceChoice } from '../diff/source-choice.ts';

interface Props {
  listing: Extract<SavedRunsListing, { status: 'read' }>;
  /** The saved copy of the run now shown, which needs no comparing with itself. */
  thisRunCopy: string | null;
  /** The run being deleted, if any. */
  deleting: string | null;
  onCompare: (choice: SourceChoice) => void;
  onDelete: (id: string) => void;
}

export function SavedRunsTable(props: Props) {
  const { listing } = props;
  const [confirming, setConfirming] = useState<string | null>(null);

  return (
    <>
      {listing.runs.length === 0 ? (
        <p className="hint">
          No run is saved yet. Every collection made in this window is kept here, so the next one
          can be compared with it.
        </p>
      ) : (
        <div className="history-table-region">
          <table className="history-table" aria-label="Saved runs">
            <thead>
              <tr>
                <th>Saved</th>
                <th>Database</th>
                <th>FusionAuth</th>
                <th>Collected</th>
                <th className="numeric">Stats</th>
                <th>SHA-256</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {listing.runs.map((run) => (
                <tr key={run.id} data-run-id={run.id}>
                  <td className="mono" title={run.id}>
                    {formatIso(run.savedAt)}
                    {run.id === props.thisRunCopy && (
                      <span className="badge badge-ok this-run-badge">this run</span>
                    )}
                  </td>
                  <td className="mono wrap">{run.database}</td>
                  <td>{run.fusionAuthVersion}</td>
                  <td className="mono">{formatInstant(run.collectionInstant)}</td>
                  <td className="numeric">
                    {run.statCount}
                    {run.collectedAll && <span className="hint"> (all)</span>}
                  </td>
                  <td className="mono" title={run.payloadSha256}>
                    {shortHash(run.payloadSha256)}
                  </td>
                  <td className="actions">
                    {confirming === run.id ? (
                      <span className="confirm-delete" role="group" aria-label="Confirm delete">
                        <span>Delete this saved run?</span>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          disabled={props.deleting !== null}
                          onClick={() => {
                            setConfirming(null);
                            props.onDelete(run.id);
                          }}
                        >
                          Delete run
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setConfirming(null)}
                        >
                          Keep
                        </button>
                      </span>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="button button-small"
                          disabled={run.id === props.thisRunCopy}
                          title={
                            run.id === props.thisRunCopy ? 'This is the run now shown' : undefined
                          }
                          onClick={() => props.onCompare({ kind: 'saved-run', id: run.id })}
                        >
                          Compare with this run
                        </button>
                        <button
                          type="button"
                          className="button button-small button-quiet-danger"
                          disabled={props.deleting === run.id}
                          onClick={() => setConfirming(run.id)}
                        >
                          {props.deleting === run.id ? 'Deleting…' : 'Delete…'}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {listing.unreadable.length > 0 && (
        <div className="message message-error" role="alert">
          <strong>Some run files cannot be read (they are left as they are)</strong>
          <ul className="unreadable-runs">
            {listing.unreadable.map((entry) => (
              <li key={entry.file}>
                <span className="mono">{entry.file}</span>: {entry.problem}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/**
 * usage_stats, newest first: when each payload was collected, by which FusionAuth and stats
 * version, whether it was sent (and which one was sent last) or still waits in the queue, how
 * many stats it holds and which failed. A row that cannot be read says why.
 */
import { escapeControlCharacters } from '../../../shared/diff/describe-change.ts';
import type { UsageStatsRowSummary } from '../../../shared/ipc/channels/diff.ts';
import { formatIso, shortHash } from '../diff/format-time.ts';
import type { SourceChoice } from '../diff/source-choice.ts';

interface Props {
  rows: readonly UsageStatsRowSummary[];
  onCompare: (choice: SourceChoice) => void;
}

export function UsageStatsTable({ rows, onCompare }: Props) {
  if (rows.length === 0) {
    return (
      <p className="message message-info" role="status">
        usage_stats is empty: FusionAuth has not collected a usage payload in this database yet, so
        there is nothing sent or queued to compare with. Saved runs and payload files can still be
        compared in the Diff view.
      </p>
    );
  }

  const queued = rows.filter((row) => !row.sent).length;

  return (
    <>
      <p className="hint">
        {rows.length} {rows.length === 1 ? 'row' : 'rows'} ·{' '}
        {rows.some((row) => row.lastSent) ? 'one marked last sent' : 'none sent yet'} · {queued}{' '}
        queued (FusionAuth sends queued rows at its next send cycle)
      </p>
      <div className="history-table-region">
        <table className="history-table" aria-label="usage_stats rows">
          <thead>
            <tr>
              <th>Collected</th>
              <th>FusionAuth</th>
              <th>Stats version</th>
              <th>Status</th>
              <th className="numeric">Stats</th>
              <th>Failed stats</th>
              <th>SHA-256</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.collectionInstant} data-instant={row.collectionInstant}>
                <td className="mono" title={String(row.collectionInstant)}>
                  {formatIso(row.collectedAt)}
                </td>
                <td>{escapeControlCharacters(row.applicationVersion)}</td>
                <td>{escapeControlCharacters(row.statsVersion)}</td>
                <td>
                  <RowStatus row={row} />
                </td>
                <td className="numeric">{row.statCount ?? '—'}</td>
                <td className="wrap">
                  {row.failedStats.length === 0
                    ? 'none'
                    : row.failedStats.map(escapeControlCharacters).join(', ')}
                </td>
                <td className="mono" title={row.payloadSha256 ?? undefined}>
                  {row.payloadSha256 === null ? '—' : shortHash(row.payloadSha256)}
                </td>
                <td className="actions">
                  {row.problem === null ? (
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() =>
                        onCompare({
                          kind: 'usage-stats-row',
                          collectionInstant: row.collectionInstant,
                        })
                      }
                    >
                      Compare with this run
                    </button>
                  ) : (
                    <span className="field-problem wrap">{row.problem}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RowStatus({ row }: { row: UsageStatsRowSummary }) {
  if (row.lastSent) {
    return <span className="badge badge-ok">Last sent</span>;
  }

  return row.sent ? (
    <span className="badge badge-not-requested">Sent</span>
  ) : (
    <span className="badge badge-unknown-offline">Queued</span>
  );
}

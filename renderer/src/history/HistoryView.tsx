/**
 * The History view (issue #4): every payload FusionAuth stored in usage_stats, which one it
 * sent last and which wait to be sent, then the inspector's saved runs. Any of them can be
 * compared with this run; a saved run can be deleted, only after the reviewer confirms.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { InspectorError } from '../../../shared/errors.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import { useChannelMutation } from '../api/queries.ts';
import { useTransport } from '../api/transport-context.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { diffQueryKeys, historyQuery, useRereadHistory } from '../diff/diff-queries.ts';
import { formatClock } from '../diff/format-time.ts';
import type { SourceChoice } from '../diff/source-choice.ts';
import '../styles/diff.css';
import { SavedRunsTable } from './SavedRunsTable.tsx';
import { UsageStatsTable } from './UsageStatsTable.tsx';

interface Props {
  target: ConnectionTarget;
  thisRunId: string;
  visible: boolean;
  /** Opens the Diff view with `choice` on the left and this run on the right. */
  onCompare: (choice: SourceChoice) => void;
  /** A saved run was deleted; a side that named it goes back to its default. */
  onDeleted: (id: string) => void;
}

export function HistoryView({ target, thisRunId, visible, onCompare, onDeleted }: Props) {
  const transport = useTransport();
  const history = useQuery({ ...historyQuery(transport, target, thisRunId), enabled: visible });
  const reread = useRereadHistory(target, thisRunId);
  const remove = useChannelMutation('deleteSavedRun', [diffQueryKeys.history]);
  const [deleted, setDeleted] = useState<string | null>(null);

  if (history.isPending) {
    return <p className="loading">{visible ? 'Reading usage_stats and the saved runs…' : ''}</p>;
  }

  if (history.isError) {
    return (
      <section className="history-view" aria-label="History">
        <ErrorMessage error={history.error} />
      </section>
    );
  }

  const { usageStats, savedRuns, thisRun } = history.data;

  function deleteRun(id: string): void {
    setDeleted(null);
    remove.mutate(
      { id },
      {
        onSuccess: () => {
          setDeleted(id);
          onDeleted(id);
        },
      },
    );
  }

  return (
    <section className="history-view" aria-label="History">
      <div className="history-heading">
        <h2>FusionAuth’s usage_stats</h2>
        {usageStats.status === 'read' && (
          <span className="hint">
            {usageStats.location} · FusionAuth {usageStats.fusionAuthVersion} · read at{' '}
            {formatClock(usageStats.readAt)}
          </span>
        )}
        <span className="spacer" />
        <button
          type="button"
          className="button button-small"
          disabled={reread.isPending}
          onClick={() => reread.mutate()}
        >
          {reread.isPending ? 'Reading…' : 'Read again'}
        </button>
      </div>
      {reread.isError && <ErrorMessage error={reread.error} />}
      {usageStats.status === 'failed' ? (
        <ErrorMessage
          error={InspectorError.fromSerialized(usageStats.error)}
          title="usage_stats cannot be read"
        />
      ) : !usageStats.available ? (
        <div className="message message-info" role="status">
          <strong>This FusionAuth keeps no sent or queued payloads</strong>
          <p>{usageStats.unavailableReason}</p>
        </div>
      ) : (
        <UsageStatsTable rows={usageStats.rows} onCompare={onCompare} />
      )}

      <div className="history-heading">
        <h2>Saved runs</h2>
        {savedRuns.status === 'read' && (
          <span className="hint">
            in <span className="mono">{savedRuns.directory}</span>
          </span>
        )}
      </div>
      {thisRun?.status === 'not-saved' && (
        <div className="message message-error" role="alert">
          <strong>This run was not kept</strong>
          <p>{thisRun.message}</p>
        </div>
      )}
      {remove.isError && <ErrorMessage error={remove.error} title="The run was not deleted" />}
      {deleted !== null && (
        <p className="message message-success" role="status">
          Deleted the saved run <span className="mono">{deleted}</span>.
        </p>
      )}
      {savedRuns.status === 'failed' ? (
        <ErrorMessage
          error={InspectorError.fromSerialized(savedRuns.error)}
          title="The saved runs cannot be read"
        />
      ) : (
        <SavedRunsTable
          listing={savedRuns}
          thisRunCopy={thisRun?.status === 'saved' ? thisRun.id : null}
          deleting={remove.isPending ? (remove.variables?.id ?? null) : null}
          onCompare={onCompare}
          onDelete={deleteRun}
        />
      )}
    </section>
  );
}

/**
 * The Diff view (issue #4): what FusionAuth sent last (left) against what it would send now
 * (right), or any two other sources. Above, the two sources and what each is; below, the
 * envelope, the stat differences with their filters and the timings on the left, and the two
 * canonical payloads side by side on the right, where a selected stat is revealed.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';

import type { PayloadDiff } from '../../../shared/diff/types.ts';
import type { HistoryListing, PayloadComparison } from '../../../shared/ipc/channels/diff.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import { useTransport } from '../api/transport-context.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import '../styles/diff.css';
import { comparisonQuery, historyQuery, useRereadHistory } from './diff-queries.ts';
import { DEFAULT_FILTER, type DiffFilter, filterStats } from './diff-rows.ts';
import { EnvelopeDifferences } from './EnvelopeDifferences.tsx';
import { formatClock } from './format-time.ts';
import { openPayloadFile } from './open-payload-file.ts';
import { PayloadDiffEditor, type RevealRequest } from './PayloadDiffEditor.tsx';
import { SideCard } from './SideCard.tsx';
import { choiceKey, type Side, type SourceChoice } from './source-choice.ts';
import { sourceGroups } from './source-labels.ts';
import { SourcePicker } from './SourcePicker.tsx';
import { StatDifferences } from './StatDifferences.tsx';
import { TimingSummary } from './TimingSummary.tsx';
import type { Comparison } from './use-comparison.ts';

interface Props {
  target: ConnectionTarget;
  thisRunId: string;
  comparison: Comparison;
  /** Nothing is read until the view is first shown. */
  visible: boolean;
}

export function DiffView({ target, thisRunId, comparison, visible }: Props) {
  const transport = useTransport();
  const left = comparison.left as SourceChoice;
  const right = comparison.right as SourceChoice;
  const history = useQuery({ ...historyQuery(transport, target, thisRunId), enabled: visible });
  const compared = useQuery({
    ...comparisonQuery(transport, target, left, right),
    enabled: visible,
  });
  const reread = useRereadHistory(target, thisRunId);
  const [filter, setFilter] = useState<DiffFilter>(DEFAULT_FILTER);
  const [opening, setOpening] = useState<Side | null>(null);
  const [fileProblem, setFileProblem] = useState<unknown>(null);
  const groups = sourceGroups(history.data, thisRunId, comparison.files);
  const readAt = history.data?.usageStats.status === 'read' ? history.data.usageStats.readAt : null;

  async function openFile(side: Side, file: File): Promise<void> {
    setFileProblem(null);
    setOpening(side);
    try {
      const opened = await openPayloadFile(file);
      // The main side checks the text too; only a file both sides accept becomes a choice.
      await transport.call('loadPayload', {
        target,
        source: { kind: 'file', name: opened.name, text: opened.text },
      });
      comparison.addFile(side, opened);
    } catch (error) {
      setFileProblem(error);
    } finally {
      setOpening(null);
    }
  }

  function choose(side: Side, choice: SourceChoice): void {
    setFileProblem(null);
    comparison.choose(side, choice);
  }

  return (
    <section className="diff-view" aria-label="Diff">
      <div className="diff-sources">
        {(['left', 'right'] as const).map((side) => (
          <SourcePicker
            key={side}
            side={side}
            value={side === 'left' ? left : right}
            groups={groups}
            files={comparison.files}
            disabled={opening !== null}
            onChoose={(choice) => choose(side, choice)}
            onOpenFile={(file) => void openFile(side, file)}
          />
        ))}
        <button
          type="button"
          className="button button-small"
          title="Swap the old and new sides"
          onClick={() => {
            comparison.choose('left', right);
            comparison.choose('right', left);
          }}
        >
          Swap
        </button>
        <span className="spacer" />
        {readAt !== null && (
          <span className="hint diff-read-at" data-testid="usage-stats-read-at">
            usage_stats read {formatClock(readAt).slice(0, 5)} UTC
          </span>
        )}
        <button
          type="button"
          className="button button-small"
          title={`Read FusionAuth's usage_stats table again${readAt === null ? '' : ` (read ${formatClock(readAt)})`}`}
          disabled={reread.isPending || !visible}
          onClick={() => reread.mutate()}
        >
          {reread.isPending ? 'Reading…' : 'Read again'}
        </button>
      </div>
      {opening !== null && (
        <p className="hint diff-note" role="status">
          Reading the file for the {opening === 'left' ? 'old' : 'new'} side…
        </p>
      )}
      {fileProblem !== null && (
        <div className="diff-note dismissable" data-testid="file-problem">
          <ErrorMessage error={fileProblem} title="This file cannot be compared" />
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => setFileProblem(null)}
          >
            Dismiss
          </button>
        </div>
      )}
      {reread.isError && (
        <div className="diff-note">
          <ErrorMessage error={reread.error} />
        </div>
      )}
      {compared.isPending ? (
        <p className="loading" role="status">
          {visible ? 'Loading the two payloads…' : ''}
        </p>
      ) : compared.isError ? (
        <div className="diff-note">
          <ErrorMessage error={compared.error} />
        </div>
      ) : (
        <ComparisonResult
          key={`${choiceKey(left)} ${choiceKey(right)}`}
          answer={compared.data}
          left={left}
          right={right}
          history={history.data}
          thisRunId={thisRunId}
          filter={filter}
          onFilterChange={setFilter}
          onChoose={choose}
        />
      )}
    </section>
  );
}

interface ResultProps {
  answer: PayloadComparison;
  left: SourceChoice;
  right: SourceChoice;
  history: HistoryListing | undefined;
  thisRunId: string;
  filter: DiffFilter;
  onFilterChange: (filter: DiffFilter) => void;
  onChoose: (side: Side, choice: SourceChoice) => void;
}

/** Keyed by the pair, so a new pair starts with nothing selected. */
function ComparisonResult(props: ResultProps) {
  const { answer } = props;

  return (
    <>
      <div className="side-cards">
        {(['left', 'right'] as const).map((side) => (
          <SideCard
            key={side}
            side={side}
            result={answer[side]}
            choice={side === 'left' ? props.left : props.right}
            otherChoice={side === 'left' ? props.right : props.left}
            history={props.history}
            thisRunId={props.thisRunId}
            onChoose={(choice) => props.onChoose(side, choice)}
          />
        ))}
      </div>
      {answer.identical && (
        <p className="message message-success diff-note" role="status">
          <strong>The two payloads are identical</strong> (the same canonical SHA-256).
        </p>
      )}
      {answer.diff !== null && answer.left.ok && answer.right.ok && (
        <Workspace
          diff={answer.diff}
          leftText={answer.left.side.canonicalText}
          rightText={answer.right.side.canonicalText}
          filter={props.filter}
          onFilterChange={props.onFilterChange}
        />
      )}
    </>
  );
}

interface WorkspaceProps {
  diff: PayloadDiff;
  leftText: string;
  rightText: string;
  filter: DiffFilter;
  onFilterChange: (filter: DiffFilter) => void;
}

function Workspace({ diff, leftText, rightText, filter, onFilterChange }: WorkspaceProps) {
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const serial = useRef(0);
  const shown = useMemo(() => filterStats(diff.stats, filter), [diff, filter]);

  function revealPath(path: string[]): void {
    serial.current += 1;
    setReveal({ path, serial: serial.current });
  }

  return (
    <div className="diff-workspace">
      <div className="diff-pane">
        <EnvelopeDifferences diff={diff} onSelect={(field) => revealPath([field])} />
        <StatDifferences
          diff={diff}
          shown={shown}
          filter={filter}
          onFilterChange={onFilterChange}
          selectedKey={selectedKey}
          onSelect={(key) => {
            setSelectedKey(key);
            revealPath(['stats', key]);
          }}
        />
        <TimingSummary summary={diff.timings.summary} />
      </div>
      <div className="diff-editor-pane">
        <PayloadDiffEditor leftText={leftText} rightText={rightText} reveal={reveal} />
      </div>
    </div>
  );
}

/**
 * What one side of the comparison is: its label, hash and counts, or, when it cannot be
 * loaded, why, in plain words, with the other sources there are to pick instead. The common
 * case gets its own words: FusionAuth has sent nothing yet, or keeps no usage_stats at all.
 */
import { InspectorError } from '../../../shared/errors.ts';
import type { HistoryListing, SideResult } from '../../../shared/ipc/channels/diff.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { formatInstant, shortHash } from './format-time.ts';
import type { Side, SourceChoice } from './source-choice.ts';
import { choiceKey } from './source-choice.ts';
import { rowLabel } from './source-labels.ts';

const SIDE_TITLES: Record<Side, string> = { left: 'Old · left', right: 'New · right' };

interface Props {
  side: Side;
  result: SideResult;
  choice: SourceChoice;
  /** What the other side shows; not offered here, since it would compare with itself. */
  otherChoice: SourceChoice;
  history: HistoryListing | undefined;
  thisRunId: string;
  onChoose: (choice: SourceChoice) => void;
}

export function SideCard(props: Props) {
  const { side, result } = props;

  if (!result.ok) {
    return (
      <div className="side-card side-card-problem" data-side={side} data-testid={`side-${side}`}>
        <span className="side-title">{SIDE_TITLES[side]}</span>
        <Problem {...props} error={InspectorError.fromSerialized(result.error)} />
        <Alternatives {...props} />
      </div>
    );
  }

  const loaded = result.side;

  return (
    <div className="side-card" data-side={side} data-testid={`side-${side}`}>
      <span className="side-label" title={loaded.label}>
        <span className="side-title">{SIDE_TITLES[side]}</span> {loaded.label}
      </span>
      <span className="hint side-facts">
        {loaded.statCount} stats · {loaded.failedStatCount} failed · FusionAuth{' '}
        {loaded.applicationVersion} ·{' '}
        <span className="mono" title={loaded.sha256}>
          sha256 {shortHash(loaded.sha256)}
        </span>{' '}
        · collected {formatInstant(loaded.collectionInstant)}
      </span>
      {loaded.note !== null && <span className="hint">{loaded.note}</span>}
    </div>
  );
}

function Problem(props: Props & { error: InspectorError }) {
  const listing = props.history?.usageStats;
  const fromUsageStats = ['last-sent', 'queued', 'usage-stats-row'].includes(props.choice.kind);

  if (fromUsageStats && listing?.status === 'read' && !listing.available) {
    return (
      <div className="message message-info" role="status">
        <strong>This FusionAuth keeps no sent or queued payloads</strong>
        <p>{listing.unavailableReason}</p>
      </div>
    );
  }

  if (props.choice.kind === 'last-sent' && props.error.code === 'not-found') {
    return (
      <div className="message message-info" role="status" data-testid="no-last-sent">
        <strong>Nothing has been sent from this database yet</strong>
        <p>
          usage_stats has no row marked sent, so there is no “last sent” payload to compare with:
          FusionAuth has not sent usage data yet, or its sent rows were deleted after the retention
          period.
        </p>
      </div>
    );
  }

  return <ErrorMessage error={props.error} />;
}

/** A few one-click replacements: queued, the newest row, this run, the newest saved run. */
function Alternatives(props: Props) {
  const other = choiceKey(props.otherChoice);
  const options = alternativesFor(props).filter((option) => choiceKey(option.choice) !== other);
  if (options.length === 0) {
    return (
      <p className="hint" data-testid="no-alternatives">
        There is nothing else here to compare with yet. Open a payload file with “Open file…” above
        (one published in FusionAuth’s documentation, say, or one captured on its way out), or
        collect again later: every run is kept, and appears under Saved runs.
      </p>
    );
  }

  return (
    <div className="button-row alternatives">
      <span className="hint">Compare instead with:</span>
      {options.map((option) => (
        <button
          key={choiceKey(option.choice)}
          type="button"
          className="button button-small"
          onClick={() => props.onChoose(option.choice)}
        >
          {option.label}
        </button>
      ))}
      <span className="hint">or open a payload file.</span>
    </div>
  );
}

function alternativesFor(props: Props): Array<{ choice: SourceChoice; label: string }> {
  const options: Array<{ choice: SourceChoice; label: string }> = [];
  const rows = props.history?.usageStats.status === 'read' ? props.history.usageStats.rows : [];
  const queued = rows.find((row) => !row.sent);
  if (queued !== undefined && props.choice.kind !== 'queued') {
    options.push({ choice: { kind: 'queued' }, label: 'the queued payload' });
  }

  const otherRow = rows.find((row) => row.sent && row.problem === null);
  if (otherRow !== undefined && props.choice.kind !== 'last-sent') {
    options.push({
      choice: { kind: 'usage-stats-row', collectionInstant: otherRow.collectionInstant },
      label: rowLabel(otherRow),
    });
  }

  if (props.choice.kind !== 'this-run') {
    options.push({ choice: { kind: 'this-run', runId: props.thisRunId }, label: 'this run' });
  }

  const savedRuns = props.history?.savedRuns.status === 'read' ? props.history.savedRuns.runs : [];
  const thisRunCopy = props.history?.thisRun?.status === 'saved' ? props.history.thisRun.id : null;
  // Suggest an earlier run of the same database; other databases stay in the source menu.
  const thisDatabase = savedRuns.find((run) => run.id === thisRunCopy)?.database;
  const earlier = savedRuns.find(
    (run) =>
      run.id !== thisRunCopy && (thisDatabase === undefined || run.database === thisDatabase),
  );
  if (earlier !== undefined) {
    options.push({
      choice: { kind: 'saved-run', id: earlier.id },
      label: `the run saved ${formatInstant(Date.parse(earlier.savedAt))}`,
    });
  }

  return options;
}

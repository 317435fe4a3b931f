/**
 * The stats of the two payloads, one row each: filters by kind of change (with counts), keys
 * the catalog does not know flagged and filterable, a search, and the selected row, whose
 * lines the editor reveals. Arrow keys move the selection while the table has focus.
 */
import { memo, useEffect, useRef } from 'react';

import { escapeControlCharacters } from '../../../shared/diff/describe-change.ts';
import {
  STAT_CHANGES,
  type PayloadDiff,
  type StatChange,
  type StatDifference,
} from '../../../shared/diff/types.ts';
import { changeText, type DiffFilter, toggleChange, valueTexts } from './diff-rows.ts';

export const CHANGE_LABELS: Record<StatChange, string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

const CHANGE_MARKS: Record<StatChange, string> = {
  added: '+',
  removed: '−',
  changed: '~',
  unchanged: '=',
};

interface Props {
  diff: PayloadDiff;
  shown: readonly StatDifference[];
  filter: DiffFilter;
  onFilterChange: (filter: DiffFilter) => void;
  selectedKey: string | null;
  onSelect: (key: string) => void;
}

export function StatDifferences(props: Props) {
  const { diff, shown, filter, onFilterChange, selectedKey } = props;
  const selectedIndex = shown.findIndex((stat) => stat.key === selectedKey);

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0 || shown.length === 0) {
      return;
    }

    event.preventDefault();
    const next = Math.min(shown.length - 1, Math.max(0, selectedIndex + step));
    props.onSelect((shown[next] as StatDifference).key);
  }

  return (
    <div className="stat-differences">
      <div className="diff-filters">
        <div className="status-filter" role="group" aria-label="Kinds of change">
          {STAT_CHANGES.map((change) => (
            <button
              key={change}
              type="button"
              data-change={change}
              aria-pressed={filter.changes.has(change)}
              onClick={() => onFilterChange(toggleChange(filter, change))}
            >
              {CHANGE_LABELS[change]} <span className="count">{diff.counts[change]}</span>
            </button>
          ))}
          <button
            type="button"
            data-change="unknown"
            aria-pressed={filter.unknownOnly}
            disabled={diff.unknownKeys.length === 0 && !filter.unknownOnly}
            title="Show only keys the 1.69.2 collector's catalog does not know"
            onClick={() => onFilterChange({ ...filter, unknownOnly: !filter.unknownOnly })}
          >
            Unknown keys <span className="count">{diff.unknownKeys.length}</span>
          </button>
        </div>
        <input
          type="search"
          className="search"
          aria-label="Search changed stat keys"
          placeholder="Search keys"
          value={filter.search}
          spellCheck={false}
          onChange={(event) => onFilterChange({ ...filter, search: event.target.value })}
        />
        <span className="muted shown-count" data-testid="diff-shown-count">
          {shown.length} of {diff.stats.length}
        </span>
      </div>
      <div
        className="diff-table-region"
        tabIndex={0}
        role="region"
        aria-label="Stat differences"
        onKeyDown={onKeyDown}
      >
        <table className="diff-table">
          <thead>
            <tr>
              <th className="col-change" aria-label="Change" />
              <th className="col-key">Key</th>
              <th className="col-old">Old</th>
              <th className="col-new">New</th>
              <th className="col-delta">Difference</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((stat) => (
              <DifferenceRow
                key={stat.key}
                stat={stat}
                selected={stat.key === selectedKey}
                onSelect={props.onSelect}
              />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && (
          <p className="empty">
            {diff.stats.length === 0
              ? 'Neither payload has any stats.'
              : 'No stat matches these filters.'}
          </p>
        )}
      </div>
    </div>
  );
}

const DifferenceRow = memo(function DifferenceRow(props: {
  stat: StatDifference;
  selected: boolean;
  onSelect: (key: string) => void;
}) {
  const { stat, selected } = props;
  const ref = useRef<HTMLTableRowElement>(null);
  const { before, after } = valueTexts(stat);
  const key = escapeControlCharacters(stat.key);

  useEffect(() => {
    if (selected) {
      ref.current?.scrollIntoView({ block: 'nearest' });
    }
  }, [selected]);

  return (
    <tr
      ref={ref}
      aria-selected={selected}
      data-key={stat.key}
      data-change={stat.change}
      onClick={() => props.onSelect(stat.key)}
    >
      <td className={`col-change change-${stat.change}`} title={CHANGE_LABELS[stat.change]}>
        {CHANGE_MARKS[stat.change]}
      </td>
      <td className="col-key mono" title={key}>
        {key}
        {!stat.known && (
          <span className="badge badge-unknown-key" title="Not in the 1.69.2 catalog">
            unknown
          </span>
        )}
      </td>
      <td className="col-old mono" title={before}>
        {before}
      </td>
      <td className="col-new mono" title={after}>
        {after}
      </td>
      <td className="col-delta" title={changeText(stat)}>
        {changeText(stat)}
      </td>
    </tr>
  );
});

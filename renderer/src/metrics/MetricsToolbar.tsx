/**
 * Search, category and status filters above the metrics table.
 */
import type { RefObject } from 'react';

import { METRIC_CATEGORIES } from '../../../shared/catalog/types.ts';
import type { StatStatus } from '../../../shared/collection/types.ts';
import { STATUS_LABELS, STATUS_ORDER } from '../format/status.ts';
import type { RowFilter } from './filter-sort.ts';

interface Props {
  filter: RowFilter;
  onFilterChange: (filter: RowFilter) => void;
  statusCounts: Record<StatStatus, number>;
  shown: number;
  total: number;
  searchRef: RefObject<HTMLInputElement | null>;
  /** ArrowDown or Enter in the search box moves into the table. */
  onLeaveSearch: () => void;
}

export function MetricsToolbar(props: Props) {
  const { filter, onFilterChange } = props;

  return (
    <div className="metrics-toolbar">
      <input
        ref={props.searchRef}
        type="search"
        className="search"
        aria-label="Search stat keys"
        placeholder="Search keys  ( / )"
        value={filter.search}
        spellCheck={false}
        onChange={(event) => onFilterChange({ ...filter, search: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'Enter') {
            event.preventDefault();
            props.onLeaveSearch();
          }
        }}
      />
      <select
        aria-label="Category"
        value={filter.category ?? ''}
        onChange={(event) =>
          onFilterChange({
            ...filter,
            category: event.target.value === '' ? null : event.target.value,
          })
        }
      >
        <option value="">All categories</option>
        {METRIC_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {category}
          </option>
        ))}
      </select>
      <div className="status-filter" role="group" aria-label="Status">
        <button
          type="button"
          aria-pressed={filter.status === null}
          onClick={() => onFilterChange({ ...filter, status: null })}
        >
          All
        </button>
        {STATUS_ORDER.map((status) => (
          <button
            key={status}
            type="button"
            data-status={status}
            aria-pressed={filter.status === status}
            onClick={() => onFilterChange({ ...filter, status })}
          >
            {STATUS_LABELS[status]} <span className="count">{props.statusCounts[status]}</span>
          </button>
        ))}
      </div>
      <span className="muted shown-count" data-testid="shown-count">
        {props.shown} of {props.total}
      </span>
    </div>
  );
}

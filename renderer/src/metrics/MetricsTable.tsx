/**
 * The table of every stat. It is one focusable region: arrows, Page Up/Down and Home/End
 * move the selection (and the detail follows), Enter opens the detail. Rows are memoised,
 * so moving through 250 of them re-renders two.
 */
import { memo, type RefObject, useEffect, useRef } from 'react';

import { STATUS_LABELS } from '../format/status.ts';
import { formatMs } from '../format/value-text.ts';
import type { SortColumn, SortOrder } from './filter-sort.ts';
import type { MetricRow } from './metric-rows.ts';
import { rowAfterKey } from './table-keys.ts';

const COLUMNS: ReadonlyArray<{ column: SortColumn; label: string; className: string }> = [
  { column: 'key', label: 'Key', className: 'col-key' },
  { column: 'category', label: 'Category', className: 'col-category' },
  { column: 'value', label: 'Value', className: 'col-value' },
  { column: 'ms', label: 'ms', className: 'col-ms' },
  { column: 'status', label: 'Status', className: 'col-status' },
];

interface Props {
  rows: readonly MetricRow[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
  onOpen: () => void;
  order: SortOrder;
  onSort: (column: SortColumn) => void;
  regionRef: RefObject<HTMLDivElement | null>;
}

const Row = memo(function Row(props: {
  row: MetricRow;
  selected: boolean;
  onSelect: (key: string) => void;
}) {
  const { row, selected } = props;
  const ref = useRef<HTMLTableRowElement>(null);

  useEffect(() => {
    if (selected) {
      ref.current?.scrollIntoView({ block: 'nearest' });
    }
  }, [selected]);

  return (
    <tr
      ref={ref}
      id={`metric-row-${row.key}`}
      aria-selected={selected}
      data-key={row.key}
      onClick={() => props.onSelect(row.key)}
    >
      <td className="col-key mono" title={row.key}>
        {row.key}
      </td>
      <td className="col-category">{row.category}</td>
      <td
        className={row.result.value === null ? 'col-value muted' : 'col-value'}
        title={row.valueText}
      >
        {row.valueText}
      </td>
      <td className="col-ms">{formatMs(row.result.ms)}</td>
      <td className="col-status">
        <span className={`badge badge-${row.result.status}`}>
          {STATUS_LABELS[row.result.status]}
        </span>
      </td>
    </tr>
  );
});

export function MetricsTable(props: Props) {
  const { rows, selectedKey } = props;
  const selectedIndex = rows.findIndex((row) => row.key === selectedKey);

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Enter' && selectedIndex >= 0) {
      event.preventDefault();
      props.onOpen();

      return;
    }

    const next = rowAfterKey(event.key, selectedIndex, rows.length);
    const row = next === null ? undefined : rows[next];
    if (row !== undefined) {
      event.preventDefault();
      props.onSelect(row.key);
    }
  }

  return (
    <div
      className="metrics-table-region"
      ref={props.regionRef}
      tabIndex={0}
      role="region"
      aria-label="Stats table; arrow keys move, Enter opens the detail"
      aria-activedescendant={selectedKey === null ? undefined : `metric-row-${selectedKey}`}
      onKeyDown={onKeyDown}
    >
      <table className="metrics-table">
        <thead>
          <tr>
            {COLUMNS.map(({ column, label, className }) => {
              const sorted = props.order.column === column;

              return (
                <th
                  key={column}
                  className={className}
                  aria-sort={sorted ? (props.order.ascending ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" onClick={() => props.onSort(column)}>
                    {label}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted ? (props.order.ascending ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row
              key={row.key}
              row={row}
              selected={row.key === selectedKey}
              onSelect={props.onSelect}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="empty">No stat matches these filters.</p>}
    </div>
  );
}

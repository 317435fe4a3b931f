/**
 * The metrics table with its filters on the left and the selected stat's detail on the
 * right. '/' anywhere outside a text field jumps to the search box.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';

import type { CollectionReport } from '../../../shared/collection/types.ts';
import { MetricDetail } from '../detail/MetricDetail.tsx';
import { overviewFacts } from '../overview/overview-facts.ts';
import {
  filterRows,
  nextSortOrder,
  NO_FILTER,
  type RowFilter,
  type SortOrder,
  sortRows,
} from './filter-sort.ts';
import { buildRows } from './metric-rows.ts';
import { MetricsTable } from './MetricsTable.tsx';
import { MetricsToolbar } from './MetricsToolbar.tsx';
import { isSearchShortcut } from './table-keys.ts';

interface Props {
  report: CollectionReport;
  /** The selected stat lives with the screen, so other views (Review) can point at a stat. */
  selectedKey: string | null;
  onSelectKey: (key: string) => void;
}

export function MetricsWorkspace({ report, selectedKey, onSelectKey: setSelectedKey }: Props) {
  const rows = useMemo(() => buildRows(report), [report]);
  const statusCounts = useMemo(() => overviewFacts(report).statusCounts, [report]);
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [order, setOrder] = useState<SortOrder>({ column: 'key', ascending: true });
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const detailRef = useRef<HTMLElement>(null);

  // Typing in the search box stays responsive; the table catches up a moment later.
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(
    () => sortRows(filterRows(rows, deferredFilter), order),
    [rows, deferredFilter, order],
  );
  const selected = rows.find((row) => row.key === selectedKey) ?? null;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (isSearchShortcut(event)) {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    }

    document.addEventListener('keydown', onKeyDown);

    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  function leaveSearch(): void {
    // From the filter as typed, not the deferred one: Enter right after typing must pick
    // the first match of what is in the box.
    const matches = sortRows(filterRows(rows, filter), order);
    const first = matches[0];
    if (first !== undefined && !matches.some((row) => row.key === selectedKey)) {
      setSelectedKey(first.key);
    }
    tableRef.current?.focus();
  }

  return (
    <div className="workspace">
      <section className="metrics-pane" aria-label="Stats">
        <MetricsToolbar
          filter={filter}
          onFilterChange={setFilter}
          statusCounts={statusCounts}
          shown={shown.length}
          total={rows.length}
          searchRef={searchRef}
          onLeaveSearch={leaveSearch}
        />
        <MetricsTable
          rows={shown}
          selectedKey={selectedKey}
          onSelect={setSelectedKey}
          onOpen={() => detailRef.current?.focus()}
          order={order}
          onSort={(column) => setOrder(nextSortOrder(order, column))}
          regionRef={tableRef}
        />
      </section>
      <MetricDetail
        row={selected}
        report={report}
        paneRef={detailRef}
        onBack={() => tableRef.current?.focus()}
      />
    </div>
  );
}

/**
 * Everything about the selected stat: what it means, where it comes from, the SQL, the
 * value it produced, how long it took, its status and whether FusionAuth asked for it.
 */
import type { ReactNode, RefObject } from 'react';

import type { CollectionReport } from '../../../shared/collection/types.ts';
import { STATUS_LABELS, STATUS_MEANINGS } from '../format/status.ts';
import { formatPreciseMs } from '../format/value-text.ts';
import type { MetricRow } from '../metrics/metric-rows.ts';
import { SourceView } from './SourceView.tsx';
import { SqlView } from './SqlView.tsx';
import { ValueView } from './ValueView.tsx';

interface Props {
  row: MetricRow | null;
  report: CollectionReport;
  paneRef: RefObject<HTMLElement | null>;
  /** Escape returns to the table. */
  onBack: () => void;
}

function Item(props: { label: string; children: ReactNode }) {
  return (
    <div className="detail-item">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function requestedText(row: MetricRow, report: CollectionReport): string {
  const list = report.database.statList;
  const position = row.result.listPosition;
  if (row.result.requested && position !== null) {
    return `Yes: number ${position + 1} of ${list.names.length} in its stat list.`;
  }

  if (!list.present) {
    return 'No: this database holds no stat list (current_usage_stats is empty).';
  }

  return report.collectedAll
    ? 'No: its stat list does not name it; computed here because every known stat was asked for.'
    : 'No: its stat list does not name it, so FusionAuth would not send it.';
}

export function MetricDetail({ row, report, paneRef, onBack }: Props) {
  return (
    <section
      className="detail-pane"
      ref={paneRef}
      tabIndex={-1}
      aria-label="Stat detail"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          onBack();
        }
      }}
    >
      {row === null ? (
        <p className="empty">Select a stat to see its definition, SQL, value and timing.</p>
      ) : (
        <DetailBody row={row} report={report} />
      )}
    </section>
  );
}

function DetailBody({ row, report }: { row: MetricRow; report: CollectionReport }) {
  const { result, metric } = row;

  return (
    <article className="detail" data-testid="metric-detail" data-key={row.key}>
      <header className="detail-header">
        <h2 className="mono">{row.key}</h2>
        <span className="chip">{row.category}</span>
        <span className={`badge badge-${result.status}`}>{STATUS_LABELS[result.status]}</span>
      </header>

      <p className="definition">{metric?.definition ?? 'This key is not in the catalog.'}</p>

      <dl className="detail-items">
        <Item label="Value">
          <ValueView result={result} />
        </Item>
        <Item label="Time">
          {result.ms === null || result.preciseMs === null
            ? 'Not timed: nothing was computed.'
            : `${result.ms} ms in the payload · ${formatPreciseMs(result.preciseMs)} ms measured`}
        </Item>
        <Item label="Status">
          {STATUS_MEANINGS[result.status]}
          {result.reason !== undefined && <span className="reason">{result.reason}</span>}
        </Item>
        <Item label="Requested by FusionAuth">{requestedText(row, report)}</Item>
        {result.valueSource !== undefined && (
          <Item label="Value from">
            <code>{result.valueSource}</code>
          </Item>
        )}
        {metric !== undefined && <Item label="Since FusionAuth">{metric.sinceVersion}</Item>}
      </dl>

      {metric?.origin === 'database' && (
        <>
          <h3>SQL</h3>
          <SqlView
            key={metric.key}
            metric={metric}
            usedVariant={result.sqlVariant}
            window={report.window}
          />
        </>
      )}

      {metric !== undefined && (
        <>
          <h3>{metric.origin === 'database' ? 'Source tables' : 'Source'}</h3>
          <SourceView metric={metric} variant={result.sqlVariant ?? 0} />
        </>
      )}

    </article>
  );
}

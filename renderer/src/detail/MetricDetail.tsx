/**
 * Everything about the selected stat: what it means, where it comes from, the SQL, the
 * value it produced, how long it took, its status and whether FusionAuth asked for it.
 */
import type { ReactNode, RefObject } from 'react';

import type { CollectionReport } from '../../../shared/collection/types.ts';
import { STATUS_LABELS, STATUS_MEANINGS, STATUS_ORDER } from '../format/status.ts';
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

interface Requested {
  answer: 'Yes' | 'No';
  why: string;
}

function requested(row: MetricRow, report: CollectionReport): Requested {
  const list = report.database.statList;
  const position = row.result.listPosition;
  if (row.result.requested && position !== null) {
    return { answer: 'Yes', why: `number ${position + 1} of ${list.names.length} in its list` };
  }

  if (!list.present) {
    return { answer: 'No', why: 'this database holds no stat list' };
  }

  return {
    answer: 'No',
    why: report.collectedAll
      ? 'not in its list; computed because every known stat was asked for'
      : 'not in its list, so FusionAuth would not send it',
  };
}

/** Before a stat is chosen: how to use the table, and what each status means. */
function StatusLegend() {
  return (
    <div className="legend">
      <p className="empty">
        Select a stat (click, or arrows and Enter; / searches) to see its definition, SQL, value and
        timing.
      </p>
      <h3>Statuses</h3>
      <dl className="detail-items">
        {STATUS_ORDER.map((status) => (
          <div className="detail-item" key={status}>
            <dt>
              <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>
            </dt>
            <dd>{STATUS_MEANINGS[status]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Shown under the header when the status needs explaining: why it failed, why it is absent. */
function StatusNote({ result }: { result: MetricRow['result'] }) {
  if (result.status === 'ok' && result.reason === undefined) {
    return null;
  }

  return (
    <p className={`status-note status-note-${result.status}`}>
      <strong>{STATUS_LABELS[result.status]}.</strong> {STATUS_MEANINGS[result.status]}
      {result.reason !== undefined && <span className="reason">{result.reason}</span>}
    </p>
  );
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
      {row === null ? <StatusLegend /> : <DetailBody row={row} report={report} />}
    </section>
  );
}

function DetailBody({ row, report }: { row: MetricRow; report: CollectionReport }) {
  const { result, metric } = row;
  const asked = requested(row, report);
  const complexValue = result.value !== null && typeof result.value === 'object';

  return (
    <article className="detail" data-testid="metric-detail" data-key={row.key}>
      <header className="detail-header">
        <h2 className="mono">{row.key}</h2>
        <span className="chip">{row.category}</span>
        <span className={`badge badge-${result.status}`}>{STATUS_LABELS[result.status]}</span>
      </header>

      <StatusNote result={result} />

      {complexValue && (
        <dl className="detail-facts">
          <Item label="Value">
            <ValueView result={result} />
          </Item>
        </dl>
      )}
      <dl className="detail-facts">
        {!complexValue && (
          <Item label="Value">
            <ValueView result={result} />
          </Item>
        )}
        <Item label="Time">
          {result.ms === null || result.preciseMs === null ? (
            <span className="muted">not timed</span>
          ) : (
            <>
              {result.ms} ms<small>{formatPreciseMs(result.preciseMs)} ms measured</small>
            </>
          )}
        </Item>
        <Item label="Requested by FusionAuth">
          {asked.answer}
          <small>{asked.why}</small>
        </Item>
      </dl>

      <p className="definition">{metric?.definition ?? 'This key is not in the catalog.'}</p>

      {metric?.origin === 'database' && (
        <>
          <h3>SQL</h3>
          <SqlView
            key={metric.key}
            metric={metric}
            usedVariant={result.sqlVariant}
            activityWindow={report.window}
          />
        </>
      )}

      {metric !== undefined && (
        <>
          <h3>{metric.origin === 'database' ? 'Source tables' : 'Source'}</h3>
          <SourceView metric={metric} variant={result.sqlVariant ?? 0} />
        </>
      )}

      <dl className="detail-items">
        {result.valueSource !== undefined && (
          <Item label="Value from">
            <code>{result.valueSource}</code>
          </Item>
        )}
        {metric !== undefined && <Item label="Since FusionAuth">{metric.sinceVersion}</Item>}
        <Item label="Status">{STATUS_MEANINGS[result.status]}</Item>
      </dl>
    </article>
  );
}

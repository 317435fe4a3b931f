/**
 * The facts a reviewer reads first: which instance this is, whether FusionAuth would send
 * anything now, and how the stats came out.
 */
import type { ReactNode } from 'react';

import type { CollectionReport } from '../../../shared/collection/types.ts';
import { formatBytes, formatPreciseMs } from '../format/value-text.ts';
import { overviewFacts } from './overview-facts.ts';

interface FactProps {
  label: string;
  children: ReactNode;
  /** The card's width in twelfths of the row. */
  span: number;
  /** Value and note side by side on one line (the first row), or stacked. */
  inline?: boolean;
  testId?: string;
  title?: string;
}

function Fact(props: FactProps) {
  return (
    <div
      className={props.inline === true ? 'fact fact-inline' : 'fact'}
      style={{ gridColumn: `span ${props.span}` }}
      data-testid={props.testId}
      title={props.title}
    >
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function usageDataText(enabled: boolean | null): string {
  if (enabled === null) {
    return 'Not set (off)';
  }

  return enabled ? 'Enabled' : 'Disabled';
}

export function Overview({ report }: { report: CollectionReport }) {
  const facts = overviewFacts(report);
  const database = report.database;
  const counts = facts.statusCounts;

  return (
    <section className="overview" aria-label="Overview">
      <dl className="facts">
        <Fact
          label="Instance id"
          span={3}
          inline
          testId="fact-instance"
          title="Sent in every payload as instanceId"
        >
          <span className="mono">{database.instanceId}</span>
        </Fact>
        <Fact label="FusionAuth" span={2} inline>
          {database.fusionAuthVersion}
          <small>stats {report.payload.statsVersion}</small>
        </Fact>
        <Fact
          label="Database server"
          span={3}
          inline
          title={`${database.serverVersion} at ${database.location}`}
        >
          PostgreSQL {database.serverVersion.split(' ')[0]}
        </Fact>
        <Fact
          label="Usage data setting"
          span={2}
          inline
          title="usageDataConfiguration.enabled in system_configuration"
        >
          {usageDataText(database.usageDataEnabled)}
        </Fact>
        <Fact
          label="Total query time"
          span={2}
          inline
          title="FusionAuth pauses after every stat, so its own run takes far longer."
        >
          {formatPreciseMs(facts.totalQueryMs)} ms
          <small>FusionAuth ≈ {Math.round(report.estimatedFusionAuthDurationMs / 1000)} s</small>
        </Fact>
        <Fact label="Would FusionAuth collect now?" span={5} testId="fact-would-collect">
          <span className="verdict">{facts.wouldCollectNow ? 'Yes' : 'No'}</span>
          <small className="verdict-text" title={facts.collectVerdict}>
            {facts.collectVerdict}
          </small>
        </Fact>
        <Fact label="Stats" span={5} testId="fact-counts">
          <span className="counts">
            <span>{facts.requested} requested</span>
            <span>{counts.ok} computed</span>
            <span>{counts.failed} failed</span>
            <span>{counts['not-applicable']} not applicable</span>
            <span>{counts['unknown-offline']} unknown offline</span>
            <span>{counts['not-requested']} not requested</span>
          </span>
        </Fact>
        <Fact label="Payload size" span={2} testId="fact-payload-size">
          {formatBytes(facts.payloadBytes)}
          <small>{facts.inPayload} stats, compact JSON</small>
        </Fact>
      </dl>
      {report.warnings.length > 0 && (
        <ul className="warnings" aria-label="Notes about this collection">
          {report.warnings.map((warning) => (
            <li key={warning}>
              <strong>Note:</strong> {warning}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Every finding of the check, attention first: what was found, where, and why it matters.
 * A finding inside a stat links to that stat, which opens its definition, value and SQL.
 */
import { RULE_TITLES } from '../../../shared/privacy/check-reasons.ts';
import type { PrivacyFinding } from '../../../shared/privacy/types.ts';

interface Props {
  findings: readonly PrivacyFinding[];
  /** Stats this run's table has; a finding can only link to one of these. */
  knownKeys: ReadonlySet<string>;
  onShowMetric: (key: string) => void;
}

const SEVERITY_TEXT: Record<PrivacyFinding['severity'], string> = {
  attention: 'Needs attention',
  info: 'Informational',
};

function FindingTarget(props: { finding: PrivacyFinding } & Omit<Props, 'findings'>) {
  const key = props.finding.statKey;
  if (key === null) {
    return <span className="hint">Part of the payload’s envelope, not a stat.</span>;
  }

  if (!props.knownKeys.has(key)) {
    return <span className="hint">Stat {key} is not in this run’s table.</span>;
  }

  return (
    <button
      type="button"
      className="button button-quiet review-link"
      onClick={() => props.onShowMetric(key)}
    >
      Show stat <span className="mono">{key}</span>
    </button>
  );
}

export function FindingList({ findings, knownKeys, onShowMetric }: Props) {
  return (
    <section className="review-section" aria-labelledby="review-findings-title">
      <h3 id="review-findings-title">Findings ({findings.length})</h3>
      {findings.length === 0 ? (
        <p className="muted">Nothing to report: no value looks personal or out of place.</p>
      ) : (
        <ol className="review-findings">
          {findings.map((finding) => (
            <li
              key={`${finding.rule}:${finding.path}:${finding.subject}`}
              className={`review-finding review-finding-${finding.severity}`}
              data-testid="privacy-finding"
              data-stat-key={finding.statKey ?? undefined}
            >
              <div className="review-finding-head">
                <span className={`badge review-badge-${finding.severity}`}>
                  {SEVERITY_TEXT[finding.severity]}
                </span>
                <strong>{RULE_TITLES[finding.rule]}</strong>
                <code>{finding.path}</code>
              </div>
              <p>{finding.message}</p>
              <p className="review-excerpt">
                {finding.subject === 'key' ? 'Key name' : 'Value'}: <code>{finding.excerpt}</code>
              </p>
              <FindingTarget finding={finding} knownKeys={knownKeys} onShowMetric={onShowMetric} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

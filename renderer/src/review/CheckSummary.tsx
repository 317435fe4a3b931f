/**
 * The check's verdict as a reviewer reads it first: pass or needs attention, how many
 * findings of each kind, and every reason, with the rules the check applies one click away.
 */
import type { PrivacyCheck } from '../../../shared/privacy/types.ts';

export const STATUS_TEXT: Record<PrivacyCheck['status'], string> = {
  pass: 'Pass',
  'needs-attention': 'Needs attention',
};

export function CheckSummary({ privacy }: { privacy: PrivacyCheck }) {
  const { counts } = privacy;

  return (
    <section className={`review-verdict review-verdict-${privacy.status}`} aria-label="Verdict">
      <div className="review-verdict-head">
        <span className="review-status" data-testid="privacy-status">
          {STATUS_TEXT[privacy.status]}
        </span>
        <div className="review-verdict-title">
          <h2>Privacy check of this run’s payload</h2>
          <span className="muted">
            {counts.attention} finding{counts.attention === 1 ? '' : 's'} needing attention ·{' '}
            {counts.info} informational · {counts.keys} keys classified
          </span>
        </div>
      </div>
      <ul className="review-reasons" aria-label="Reasons">
        {privacy.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <details className="review-rules">
        <summary>How the check decides</summary>
        <ul>
          {privacy.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

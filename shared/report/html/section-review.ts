/**
 * The sign-off box at the top of the report: the recorded decision, or, before anyone has
 * decided, blank lines to fill in on paper.
 */
import type { ReviewRecord } from '../../review/types.ts';
import type { ReportModel } from '../types.ts';
import { utcText } from './format.ts';
import { html, type Markup } from './markup.ts';

export function reviewSection(model: ReportModel): Markup {
  const review = model.review;
  if (review === null) {
    return html` <section class="signoff" id="review">
      <h2>Review</h2>
      <p>No review has been recorded for this payload. To sign off on paper:</p>
      <p>Reviewer: <span class="blank"></span></p>
      <p>Decision: ☐ approve &nbsp; ☐ reject &nbsp;&nbsp; Date: <span class="blank"></span></p>
      <p>Comment: <span class="blank"></span></p>
      <p class="muted">
        This decision concerns only the payload whose SHA-256 is
        <span class="mono hash">${model.payloadSha256}</span>.
      </p>
    </section>`;
  }

  return html` <section class="signoff" id="review">
    <h2>Review</h2>
    <div class="banner ${review.decision === 'approve' ? 'pass' : 'reject'}">
      <strong>${review.decision === 'approve' ? 'Approved' : 'Rejected'}</strong>
      by ${review.reviewer} on ${utcText(review.reviewedAt)}
    </div>
    ${hashWarning(review, model.payloadSha256)}
    <dl class="facts">
      <dt>Comment</dt>
      <dd>${review.comment === '' ? '(none)' : review.comment}</dd>
      <dt>Bound to payload</dt>
      <dd class="mono hash">${review.payloadSha256}</dd>
      <dt>Payload source</dt>
      <dd>${review.source}</dd>
      <dt>Database</dt>
      <dd>${review.database ?? 'none (payload read from a file)'}</dd>
      <dt>Saved run</dt>
      <dd>${review.runId ?? 'none'}</dd>
      <dt>Privacy check then</dt>
      <dd>${review.privacyStatus} (${review.attentionFindings} finding(s) needing attention)</dd>
      <dt>Inspector version</dt>
      <dd>${review.inspectorVersion}</dd>
      <dt>Review id</dt>
      <dd class="mono">${review.id}</dd>
    </dl>
  </section>`;
}

function hashWarning(review: ReviewRecord, payloadSha256: string): Markup | string {
  if (review.payloadSha256 === payloadSha256) {
    return '';
  }

  return html`<div class="banner reject">
    <strong>This review is about another payload.</strong> Its hash does not match the payload in
    this report, so it approves or rejects nothing shown here.
  </div>`;
}

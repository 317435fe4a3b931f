/**
 * Every saved review of this payload, newest first, from this window, an earlier session or
 * the command line: who decided what and when, bound to which hash. Files that cannot be read
 * are listed with their problem, so nothing in the audit trail disappears silently.
 */
import type { RunReviews, SavedRunReview } from '../../../shared/ipc/channels/review.ts';
import type { ReviewRecord } from '../../../shared/review/types.ts';
import { localTime } from './review-time.ts';

interface Props {
  listing: RunReviews;
  /** The review saved in this window just now, shown as such with its file. */
  savedNow: SavedRunReview | null;
}

const DECISION_TEXT: Record<ReviewRecord['decision'], string> = {
  approve: 'Approved',
  reject: 'Rejected',
};

function ReviewItem({ review, file }: { review: ReviewRecord; file: string | null }) {
  const justSaved = file !== null;

  return (
    <li
      className={justSaved ? 'review-record review-record-new' : 'review-record'}
      data-testid="saved-review"
      data-review-id={review.id}
    >
      <div className="review-record-head">
        <span className={`badge review-badge-${review.decision}`}>
          {DECISION_TEXT[review.decision]}
        </span>
        <strong>{review.reviewer}</strong>
        <time dateTime={review.reviewedAt} title={review.reviewedAt}>
          {localTime(review.reviewedAt)}
        </time>
      </div>
      {review.comment !== '' && <p className="review-comment">{review.comment}</p>}
      <dl className="review-record-facts">
        <div>
          <dt>Payload SHA-256</dt>
          <dd className="mono">{review.payloadSha256}</dd>
        </div>
        <div>
          <dt>Check then</dt>
          <dd>
            {review.privacyStatus === 'pass'
              ? 'pass'
              : `needs attention (${review.attentionFindings})`}{' '}
            · inspector {review.inspectorVersion}
            {review.runId === null ? '' : ` · run ${review.runId}`}
          </dd>
        </div>
        {file !== null && (
          <div>
            <dt>Saved just now</dt>
            <dd className="mono">{file}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

export function ReviewList({ listing, savedNow }: Props) {
  return (
    <section className="review-section" aria-labelledby="review-list-title">
      <h3 id="review-list-title">Reviews of this payload ({listing.reviews.length})</h3>
      {listing.reviews.length === 0 ? (
        <p className="muted">
          No review of this payload yet. Reviews are kept in <code>{listing.directory}</code>.
        </p>
      ) : (
        <ol className="review-records">
          {listing.reviews.map((review) => (
            <ReviewItem
              key={review.id}
              review={review}
              file={review.id === savedNow?.review.id ? savedNow.path : null}
            />
          ))}
        </ol>
      )}
      {listing.unreadable.length > 0 && (
        <div className="message message-error" role="alert">
          <strong>Some review files cannot be read</strong>
          <ul>
            {listing.unreadable.map((entry) => (
              <li key={entry.file}>{entry.problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/**
 * The reviewer's sign-off: name, decision and an optional comment, bound to the payload's
 * SHA-256, the inspector version and the database. Save stays disabled until the input is
 * complete, and the form says what is missing in the same words the main side refuses with.
 */
import { type FormEvent, useState } from 'react';

import type { RunPrivacy, SavedRunReview } from '../../../shared/ipc/channels/review.ts';
import { reviewInputProblems } from '../../../shared/review/review-input.ts';
import type { ReviewDecision } from '../../../shared/review/types.ts';
import { queryKeys, useChannelMutation } from '../api/queries.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';

interface Props {
  runId: string;
  facts: RunPrivacy;
  onSaved: (saved: SavedRunReview) => void;
}

const DECISIONS: ReadonlyArray<{ decision: ReviewDecision; label: string }> = [
  { decision: 'approve', label: 'Approve' },
  { decision: 'reject', label: 'Reject' },
];

export function SignOffForm({ runId, facts, onSaved }: Props) {
  const [reviewer, setReviewer] = useState('');
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const [comment, setComment] = useState('');
  const save = useChannelMutation('saveRunReview', [queryKeys.runReviews(runId)]);
  const problems = reviewInputProblems({ reviewer, decision, comment });

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (problems.length > 0 || save.isPending) {
      return;
    }

    save.mutate(
      { runId, reviewer, decision: decision ?? undefined, comment },
      {
        onSuccess: (saved) => {
          // The name stays for the next review; the decision must be made afresh each time.
          setDecision(null);
          setComment('');
          onSaved(saved);
        },
      },
    );
  }

  return (
    <section className="panel review-form-panel" aria-labelledby="review-form-title">
      <h2 id="review-form-title">Sign off</h2>
      <dl className="review-bound">
        <div>
          <dt>Payload SHA-256</dt>
          <dd className="mono" data-testid="payload-sha256">
            {facts.payloadSha256}
          </dd>
        </div>
        <div>
          <dt>Database</dt>
          <dd>
            <span className="mono">{facts.database}</span> · FusionAuth {facts.fusionAuthVersion}
          </dd>
        </div>
        <div>
          <dt>Inspector</dt>
          <dd>{facts.inspectorVersion}</dd>
        </div>
      </dl>
      <form className="review-form" onSubmit={submit} aria-label="Sign-off">
        <label className="field">
          <span>Reviewer</span>
          <input
            name="reviewer"
            value={reviewer}
            autoComplete="name"
            onChange={(event) => setReviewer(event.target.value)}
          />
        </label>
        <fieldset className="review-decision">
          <legend>Decision</legend>
          {DECISIONS.map((option) => (
            <label key={option.decision} className={`review-choice review-${option.decision}`}>
              <input
                type="radio"
                name="decision"
                value={option.decision}
                checked={decision === option.decision}
                onChange={() => setDecision(option.decision)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Comment (optional)</span>
          <textarea
            name="comment"
            rows={2}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </label>
        <div className="review-form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={problems.length > 0 || save.isPending}
            aria-describedby="review-form-hint"
          >
            {save.isPending ? 'Saving…' : 'Save review'}
          </button>
          <p id="review-form-hint" className="hint" data-testid="review-form-hint">
            {problems.length > 0 && save.isSuccess
              ? 'To record another decision, choose it again.'
              : problems.length > 0
                ? `Cannot save yet: ${problems.join('; ')}.`
                : 'Saved as a new file next to this run; no earlier review is replaced.'}
          </p>
        </div>
      </form>
      {save.isError && <ErrorMessage error={save.error} />}
      {save.isSuccess && !save.isPending && (
        <p className="message message-success" role="status">
          Review saved. It is the first one listed below, with its file.
        </p>
      )}
    </section>
  );
}

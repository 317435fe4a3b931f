/**
 * The Review view: the privacy check of this run's payload (verdict, reasons, every finding
 * linking to its stat, the identifiers that link sends, every key by kind) beside the
 * reviewer's sign-off, the export of the record and the earlier reviews of the same payload.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import type { SavedRunReview } from '../../../shared/ipc/channels/review.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import { runPrivacyQuery, runReviewsQuery } from '../api/queries.ts';
import { useTransport } from '../api/transport-context.tsx';
import type { FinishedRun } from '../collect/use-collection.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import '../styles/review.css';
import { CheckSummary } from './CheckSummary.tsx';
import { ExportBar } from './ExportBar.tsx';
import { FindingList } from './FindingList.tsx';
import { KeyClasses } from './KeyClasses.tsx';
import { LinkingIdentifiers } from './LinkingIdentifiers.tsx';
import { ReviewList } from './ReviewList.tsx';
import { SignOffForm } from './SignOffForm.tsx';

interface Props {
  run: FinishedRun;
  /** The connection the run came from; the export reads its usage_stats and opt-out state. */
  target: ConnectionTarget;
  /** Shows a stat in the stats view, selected. */
  onShowMetric: (key: string) => void;
}

export function ReviewView({ run, target, onShowMetric }: Props) {
  const transport = useTransport();
  const check = useQuery(runPrivacyQuery(transport, run.runId));
  const reviews = useQuery(runReviewsQuery(transport, run.runId));
  const [justSaved, setJustSaved] = useState<{ runId: string; saved: SavedRunReview } | null>(null);
  const knownKeys = useMemo(
    () => new Set(run.report.results.map((result) => result.key)),
    [run.report],
  );
  const savedNow = justSaved?.runId === run.runId ? justSaved.saved : null;

  if (check.isPending) {
    return <p className="loading">Checking the payload…</p>;
  }

  if (check.isError) {
    return (
      <div className="review-problem">
        <ErrorMessage error={check.error} />
      </div>
    );
  }

  const facts = check.data;

  return (
    <div className="review-screen">
      {/* Keyed by the newest save, so the review just saved is the one exported. */}
      <ExportBar
        key={`${run.runId}:${savedNow?.review.id ?? ''}`}
        runId={run.runId}
        target={target}
        reviews={reviews.data?.reviews ?? []}
      />
      <div className="review-view">
        <div className="review-check" aria-label="Privacy check">
          <CheckSummary privacy={facts.privacy} />
          <FindingList
            findings={facts.privacy.findings}
            knownKeys={knownKeys}
            onShowMetric={onShowMetric}
          />
          <LinkingIdentifiers
            identifiers={facts.privacy.identifiers}
            plans={facts.privacy.planStatements}
          />
          <KeyClasses
            classifications={facts.privacy.classifications}
            knownKeys={knownKeys}
            onShowMetric={onShowMetric}
          />
        </div>
        <div className="review-side" aria-label="Sign-off and reviews">
          {/* Keyed by run: a new run starts with an empty form for its own payload. */}
          <SignOffForm
            key={run.runId}
            runId={run.runId}
            facts={facts}
            onSaved={(saved) => setJustSaved({ runId: run.runId, saved })}
          />
          {reviews.isError && <ErrorMessage error={reviews.error} />}
          {reviews.isPending ? (
            <p className="muted">Reading the saved reviews…</p>
          ) : (
            reviews.isSuccess && <ReviewList listing={reviews.data} savedNow={savedNow} />
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * Exports the review record, from a bar above the whole view: a self-contained HTML report
 * that prints well, the JSON evidence file (payload, report and hash), or a PDF. The reviewer
 * picks which saved review goes in; by default the newest one.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import type { ReportExportFormat } from '../../../shared/ipc/channels/review.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import type { ReviewRecord } from '../../../shared/review/types.ts';
import { pdfExportQuery, useChannelMutation } from '../api/queries.ts';
import { useTransport } from '../api/transport-context.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { downloadExport } from './download-export.ts';
import { shortLocalTime } from './review-time.ts';

interface Props {
  runId: string;
  target: ConnectionTarget;
  /** Reviews of this payload, newest first. */
  reviews: readonly ReviewRecord[];
}

const BUTTONS: ReadonlyArray<{ format: ReportExportFormat; label: string; title: string }> = [
  {
    format: 'html',
    label: 'HTML report',
    title: 'One self-contained page that loads nothing from outside and prints well',
  },
  {
    format: 'json',
    label: 'JSON evidence',
    title: 'The payload, the report and the hash; check it with usage-inspector report --verify',
  },
  { format: 'pdf', label: 'PDF', title: 'The HTML report, printed to PDF' },
];

/** 'newest' follows the list, so a review saved a moment ago is what goes in. */
type ReviewChoice = 'newest' | 'none' | string;

export function ExportBar({ runId, target, reviews }: Props) {
  const transport = useTransport();
  const pdf = useQuery(pdfExportQuery(transport));
  const exporting = useChannelMutation('exportRunReport');
  const [choice, setChoice] = useState<ReviewChoice>('newest');
  const [pending, setPending] = useState<ReportExportFormat | null>(null);
  const included = chosenReview(choice, reviews);
  const pdfUnavailable = pdf.data?.available === false ? pdf.data.reason : null;

  function start(format: ReportExportFormat): void {
    setPending(format);
    exporting.mutate(
      { runId, target, format, reviewId: included?.id ?? null },
      {
        onSuccess: (result) => {
          if (result.status === 'download') {
            downloadExport(result);
          }
        },
        onSettled: () => setPending(null),
      },
    );
  }

  return (
    <section className="review-export" aria-label="Export the record">
      <div className="review-export-bar">
        <strong>Export the record</strong>
        <label className="inline-field">
          <span>with</span>
          <select
            name="review"
            value={included?.id ?? 'none'}
            onChange={(event) => {
              const value = event.target.value;
              setChoice(value === reviews[0]?.id ? 'newest' : value);
            }}
          >
            {reviews.map((review) => (
              <option key={review.id} value={review.id}>
                {review.reviewer} · {review.decision} · {shortLocalTime(review.reviewedAt)}
              </option>
            ))}
            <option value="none">no review</option>
          </select>
        </label>
        <div className="button-row">
          {BUTTONS.map(({ format, label, title }) => (
            <button
              key={format}
              type="button"
              className="button"
              title={format === 'pdf' && pdfUnavailable !== null ? pdfUnavailable : title}
              disabled={exporting.isPending || (format === 'pdf' && pdfUnavailable !== null)}
              onClick={() => start(format)}
            >
              {pending === format ? 'Exporting…' : label}
            </button>
          ))}
        </div>
      </div>
      {pdfUnavailable !== null && (
        <p className="hint" data-testid="pdf-unavailable">
          PDF is not available: {pdfUnavailable}
        </p>
      )}
      {exporting.isError && <ErrorMessage error={exporting.error} />}
      {exporting.data?.status === 'saved' && (
        <p className="message message-success" role="status">
          Saved to <code>{exporting.data.path}</code>
        </p>
      )}
      {exporting.data?.status === 'download' && (
        <p className="hint" role="status">
          Handed to the browser as <code>{exporting.data.fileName}</code>.
        </p>
      )}
    </section>
  );
}

function chosenReview(choice: ReviewChoice, reviews: readonly ReviewRecord[]): ReviewRecord | null {
  if (choice === 'none') {
    return null;
  }

  if (choice === 'newest') {
    return reviews[0] ?? null;
  }

  return reviews.find((review) => review.id === choice) ?? reviews[0] ?? null;
}

/**
 * The Review view's channels: the privacy check of a run, the reviews of its payload, the
 * reviewer's sign-off (kept with the run, never replacing another review) and the export of
 * the record as HTML, JSON evidence or PDF. Only runs this process collected can be named.
 */
import { InspectorError } from '../../../shared/errors.ts';
import { requireReviewInput } from '../../../shared/review/review-input.ts';
import type { ReviewRecord } from '../../../shared/review/types.ts';
import type { DatabaseTarget } from '../../db/target.ts';
import { assembleReport } from '../../report/assemble-report.ts';
import { type DatabaseContext, readDatabaseContext } from '../../report/read-database-context.ts';
import { listReviews, loadReview } from '../../review/read-reviews.ts';
import { recordReview } from '../../review/record-review.ts';
import { writeNewFile } from '../../files/write-new-file.ts';
import type { HandlersFor } from '../handler-types.ts';
import { resolveTarget } from '../resolve-target.ts';
import { runsFolder } from '../runs/runs-folder.ts';
import {
  asDownload,
  pdfAvailability,
  reportContent,
  reportFile,
  requirePdfPrinting,
} from '../review/report-file.ts';
import { runPrivacy, runReportSource, runSourceLabel } from '../review/run-review-facts.ts';
import { RunReviewMemory } from '../review/run-review-memory.ts';
import type { ApiServices } from '../services.ts';

type ReviewChannel =
  | 'checkRunPrivacy'
  | 'listRunReviews'
  | 'saveRunReview'
  | 'exportRunReport'
  | 'pdfExportAvailability';

/** What the handlers reach outside the services; tests hand in stand-ins. */
export interface ReviewTools {
  readContext: (target: DatabaseTarget) => Promise<DatabaseContext>;
  now: () => Date;
}

const realTools: ReviewTools = {
  // No configuration files: the renderer may not name files for the main side to read.
  readContext: (target) => readDatabaseContext(target, { configFiles: [] }),
  now: () => new Date(),
};

export function reviewHandlers(
  services: ApiServices,
  tools: ReviewTools = realTools,
): HandlersFor<ReviewChannel> {
  const memory = new RunReviewMemory();
  const runsDirectory = runsFolder(services);

  /**
   * The saved run holding this run's payload: the one every finished collection is kept as,
   * else the one its first review saved; null when neither exists yet.
   */
  function savedRunOf(runId: string): string | null {
    const kept = services.savedRuns.outcome(runId);

    return kept?.status === 'saved' ? kept.id : memory.savedRunOf(runId);
  }

  async function reviewOfPayload(id: string, payloadSha256: string): Promise<ReviewRecord> {
    const review = await loadReview(runsDirectory, id);
    if (review.payloadSha256 !== payloadSha256) {
      throw new InspectorError(
        'usage',
        `Review ${id} is of another payload (${review.payloadSha256.slice(0, 16)}…), not of ` +
          'this run; it cannot go into this run’s report.',
      );
    }

    return review;
  }

  return {
    async checkRunPrivacy({ runId }) {
      return runPrivacy(services.runs.report(runId));
    },

    async listRunReviews({ runId }) {
      const { payloadSha256 } = runPrivacy(services.runs.report(runId));
      const listing = await listReviews(runsDirectory, { payloadSha256 });

      return { payloadSha256, ...listing };
    },

    async saveRunReview({ runId, reviewer, decision, comment }) {
      // What the reviewer typed first: a review without a name or a decision is refused the
      // same way whatever run it names.
      const input = requireReviewInput({ reviewer, decision, comment });
      const report = services.runs.report(runId);

      return memory.one(runId, async () => {
        const savedRunId = savedRunOf(runId);
        const recorded = await recordReview({
          input,
          payload: report.payload,
          privacy: runPrivacy(report).privacy,
          database: report.database.location,
          source: runSourceLabel(report),
          fusionAuthVersion: report.database.fusionAuthVersion,
          runsDirectory,
          runId: savedRunId,
          // A run not kept yet is saved with its first review, so the review sits next to it.
          unsavedCollection: savedRunId === null ? report : null,
          now: tools.now(),
        });
        if (recorded.runId !== null) {
          memory.rememberSavedRun(runId, recorded.runId);
        }

        return { review: recorded.review, path: recorded.path, savedRunId: recorded.runId };
      });
    },

    async exportRunReport({ runId, target, format, reviewId }) {
      if (format === 'pdf') {
        // First: neither the database nor the save dialog should be troubled for nothing.
        requirePdfPrinting(services.pdf);
      }

      const report = services.runs.report(runId);
      const facts = runPrivacy(report);
      const review =
        reviewId === null ? null : await reviewOfPayload(reviewId, facts.payloadSha256);
      const context = await memory.context(runId, async () =>
        tools.readContext(await resolveTarget(target, services)),
      );
      const model = assembleReport({
        payload: report.payload,
        source: runReportSource(report, savedRunOf(runId)),
        collection: report,
        context,
        privacy: facts.privacy,
        review,
        now: tools.now(),
      });
      const file = reportFile(model, format);

      if (services.chooseSaveFile === undefined) {
        return asDownload(file, await reportContent(model, format, services.pdf));
      }

      const path = await services.chooseSaveFile(file.fileName, file.dialog);
      if (path === null) {
        return { status: 'cancelled' };
      }

      // The save dialog has already asked whether to replace an existing file.
      writeNewFile(path, await reportContent(model, format, services.pdf), { overwrite: true });

      return { status: 'saved', path };
    },

    async pdfExportAvailability() {
      return pdfAvailability(services.pdf);
    },
  };
}

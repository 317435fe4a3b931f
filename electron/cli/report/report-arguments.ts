/**
 * Reads and checks the arguments of `usage-inspector report` before anything is opened: one
 * payload source, an output whose extension names a format and that does not exist yet, and
 * a reviewer and a decision given together or not at all.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

import { InspectorError } from '../../../shared/errors.ts';
import { type RawReviewInput, requireReviewInput } from '../../../shared/review/review-input.ts';
import type { DatabaseTarget } from '../../db/target.ts';
import { type ReportFormat, reportFormatOf } from '../../report/report-format.ts';
import { databaseTarget } from '../arguments.ts';

export interface ReportArguments {
  target: DatabaseTarget | null;
  payloadFile: string | null;
  out: string;
  format: ReportFormat;
  overwrite: boolean;
  review: RawReviewInput | null;
}

export interface ReportValues {
  db?: string | undefined;
  demo?: boolean | undefined;
  payload?: string | undefined;
  out?: string | undefined;
  force?: boolean | undefined;
  reviewer?: string | undefined;
  decision?: string | undefined;
  comment?: string | undefined;
}

export function readReportArguments(values: ReportValues): ReportArguments {
  const sources = [values.db !== undefined, values.demo === true, values.payload !== undefined];
  if (sources.filter(Boolean).length !== 1) {
    throw new InspectorError(
      'usage',
      'report: name exactly one payload to review: --db URL, --demo, or --payload FILE.',
    );
  }

  const out = requireOut(values);

  return {
    target: values.payload === undefined ? databaseTarget('report', values) : null,
    payloadFile: values.payload ?? null,
    out,
    format: reportFormatOf(out),
    overwrite: values.force === true,
    review: reviewArguments(values),
  };
}

function requireOut(values: ReportValues): string {
  const out = values.out;
  if (out === undefined || out === '') {
    throw new InspectorError(
      'usage',
      'report: say where to write the record: --out FILE.html, FILE.json or FILE.pdf.',
    );
  }

  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new InspectorError('usage', `report: the folder ${folder} for --out does not exist.`);
  }
  if (existsSync(out) && values.force !== true) {
    throw new InspectorError(
      'file',
      `${out} already exists; it was left untouched. Choose another name or add --force.`,
    );
  }

  return out;
}

/** Both or neither: a name without a decision (or the reverse) records nothing meaningful. */
function reviewArguments(values: ReportValues): RawReviewInput | null {
  const given = [values.reviewer, values.decision, values.comment].some((v) => v !== undefined);
  if (!given) {
    return null;
  }

  if (values.reviewer === undefined || values.decision === undefined) {
    throw new InspectorError(
      'usage',
      'report: a review needs both --reviewer NAME and --decision approve|reject' +
        (values.comment !== undefined ? ' (--comment alone is not a review)' : '') +
        '.',
    );
  }

  const input = { reviewer: values.reviewer, decision: values.decision, comment: values.comment };
  // Checked now, so a bad decision is refused before the database is read.
  requireReviewInput(input);

  return input;
}

/**
 * Turns the gathered inputs into the model every output is rendered from. Pure: the caller
 * has already computed the hash, run the privacy check and read the database.
 */
import { metricRows } from './metric-rows.ts';
import { reportSummary } from './report-summary.ts';
import type { ReportInputs, ReportModel } from './types.ts';

export function buildReportModel(inputs: ReportInputs): ReportModel {
  return {
    ...inputs,
    summary: reportSummary(inputs),
    metrics: metricRows(inputs.payload, inputs.collection, inputs.privacy),
  };
}

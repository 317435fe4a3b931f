/**
 * Writes a report to the file the user named, in the format its extension asks for. An
 * existing file is never replaced unless the caller says so, and the evidence file is checked
 * against its schema before it is written, so a file that would not verify never leaves.
 */
import { InspectorError } from '../../shared/errors.ts';
import { buildEvidence, evidenceText } from '../../shared/report/evidence.ts';
import { renderReportHtml } from '../../shared/report/html/render-report.ts';
import type { ReportModel } from '../../shared/report/types.ts';
import { writeNewFile } from '../files/write-new-file.ts';
import { htmlToPdfWithChromium } from './chromium-pdf.ts';
import { type ReportFormat, reportFormatOf } from './report-format.ts';
import { verifyEvidence } from './verify-evidence.ts';

export interface ExportOptions {
  overwrite?: boolean;
  /** Prints HTML to PDF; the desktop app passes Electron's, the CLI uses Chromium. */
  printPdf?: (html: string) => Promise<Uint8Array>;
}

export async function exportReport(
  path: string,
  model: ReportModel,
  options: ExportOptions = {},
): Promise<ReportFormat> {
  const format = reportFormatOf(path);
  const content =
    format === 'pdf'
      ? await (options.printPdf ?? htmlToPdfWithChromium)(renderReportHtml(model))
      : reportText(model, format);
  writeNewFile(path, content, { overwrite: options.overwrite === true });

  return format;
}

/** The text of an HTML report or a JSON evidence file. */
export function reportText(model: ReportModel, format: 'html' | 'json'): string {
  if (format === 'html') {
    return renderReportHtml(model);
  }

  const evidence = buildEvidence(model);
  const verdict = verifyEvidence(JSON.parse(JSON.stringify(evidence)));
  if (!verdict.valid) {
    throw new InspectorError(
      'internal',
      `The evidence file would not verify: ${verdict.problems.slice(0, 3).join('; ')}.`,
      { problems: verdict.problems },
    );
  }

  return evidenceText(evidence);
}

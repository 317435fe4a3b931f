/**
 * The file an export produces: its suggested name, its media type, what the save dialog
 * offers, and its content. HTML and JSON are built here; a PDF is the HTML printed by
 * whatever the shell has (Electron's printToPDF, or a headless Chromium in serve mode).
 */
import { InspectorError } from '../../../shared/errors.ts';
import type {
  PdfExportAvailability,
  ReportExportFormat,
  ReportExportResult,
} from '../../../shared/ipc/channels/review.ts';
import { renderReportHtml } from '../../../shared/report/html/render-report.ts';
import type { ReportModel } from '../../../shared/report/types.ts';
import { reportText } from '../../report/export-report.ts';
import type { PdfPrinting, SaveFileKind } from '../services.ts';

export interface ReportFile {
  fileName: string;
  mediaType: string;
  dialog: SaveFileKind;
}

const FILES: Record<
  ReportExportFormat,
  { suffix: string; mediaType: string; dialog: SaveFileKind }
> = {
  html: {
    suffix: '.html',
    mediaType: 'text/html',
    dialog: { title: 'Save the review report', filter: { name: 'HTML', extensions: ['html'] } },
  },
  json: {
    suffix: '.evidence.json',
    mediaType: 'application/json',
    dialog: { title: 'Save the evidence file', filter: { name: 'JSON', extensions: ['json'] } },
  },
  pdf: {
    suffix: '.pdf',
    mediaType: 'application/pdf',
    dialog: { title: 'Save the review report', filter: { name: 'PDF', extensions: ['pdf'] } },
  },
};

/** fusionauth-usage-review-2026-12-03-25f3b372.html: the day collected and the hash's start. */
export function reportFile(model: ReportModel, format: ReportExportFormat): ReportFile {
  const file = FILES[format];
  const day = new Date(model.payload.collectionInstant).toISOString().slice(0, 10);
  const hash = model.payloadSha256.slice(0, 8);

  return {
    fileName: `fusionauth-usage-review-${day}-${hash}${file.suffix}`,
    mediaType: file.mediaType,
    dialog: file.dialog,
  };
}

const NO_PDF_PRINTER =
  'This window cannot print to PDF. Export the HTML report and print it from a browser.';

export function pdfAvailability(pdf: PdfPrinting | undefined): PdfExportAvailability {
  if (pdf === undefined) {
    return { available: false, reason: NO_PDF_PRINTER };
  }

  return pdf.available ? { available: true } : { available: false, reason: pdf.reason };
}

/** The printer, or a usage error that says why there is none and what to do instead. */
export function requirePdfPrinting(
  pdf: PdfPrinting | undefined,
): (html: string) => Promise<Uint8Array> {
  if (pdf?.available !== true) {
    throw new InspectorError('usage', pdf?.reason ?? NO_PDF_PRINTER);
  }

  return pdf.print;
}

export async function reportContent(
  model: ReportModel,
  format: ReportExportFormat,
  pdf: PdfPrinting | undefined,
): Promise<string | Uint8Array> {
  if (format !== 'pdf') {
    return reportText(model, format);
  }

  return requirePdfPrinting(pdf)(renderReportHtml(model));
}

/** The answer for serve mode, where the browser saves the file: PDF bytes go as base64. */
export function asDownload(
  file: ReportFile,
  content: string | Uint8Array,
): Extract<ReportExportResult, { status: 'download' }> {
  const { fileName, mediaType } = file;

  return typeof content === 'string'
    ? { status: 'download', fileName, mediaType, encoding: 'utf8', content }
    : {
        status: 'download',
        fileName,
        mediaType,
        encoding: 'base64',
        content: Buffer.from(content).toString('base64'),
      };
}

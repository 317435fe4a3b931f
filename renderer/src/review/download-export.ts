/**
 * Lets the browser save an exported report (serve mode, where there is no file dialog on the
 * main side). A PDF arrives as base64 and is turned back into bytes here; the object URL is
 * local to the page and released right after the click.
 */
import type { ReportExportResult } from '../../../shared/ipc/channels/review.ts';

type Download = Extract<ReportExportResult, { status: 'download' }>;

export function downloadExport(download: Download): void {
  const body = download.encoding === 'base64' ? bytesOf(download.content) : download.content;
  const url = URL.createObjectURL(new Blob([body], { type: download.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = download.fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function bytesOf(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) {
    bytes[index] = binary.charCodeAt(index);
  }

  return bytes.buffer;
}

/**
 * Which kind of file an output path asks for, from its extension.
 */
import { extname } from 'node:path';

import { InspectorError } from '../../shared/errors.ts';

export type ReportFormat = 'html' | 'json' | 'pdf';

const EXTENSIONS: Record<string, ReportFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.pdf': 'pdf',
};

export function reportFormatOf(path: string): ReportFormat {
  const format = EXTENSIONS[extname(path).toLowerCase()];
  if (format === undefined) {
    throw new InspectorError(
      'usage',
      `report: --out must end in .html, .json or .pdf (got "${path}"); the extension ` +
        'chooses the kind of file.',
    );
  }

  return format;
}

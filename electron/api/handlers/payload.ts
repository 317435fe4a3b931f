/**
 * The `savePayload` channel: writes the payload of a finished run where the user chose,
 * or, without a file dialog (serve mode), hands the text back for the browser to download.
 */
import { payloadText } from '../../../shared/payload/wire-text.ts';
import { writeNewFile } from '../../files/write-new-file.ts';
import type { HandlersFor } from '../handler-types.ts';
import type { ApiServices } from '../services.ts';

export function payloadHandlers(services: ApiServices): HandlersFor<'savePayload'> {
  return {
    async savePayload({ runId, format }) {
      const report = services.runs.report(runId);
      const text = payloadText(report.payload, format);
      const day = new Date(report.payload.collectionInstant).toISOString().slice(0, 10);
      const fileName = `fusionauth-usage-payload-${day}.json`;

      if (services.chooseSaveFile === undefined) {
        return { status: 'download', fileName, text };
      }

      const path = await services.chooseSaveFile(fileName);
      if (path === null) {
        return { status: 'cancelled' };
      }

      // The save dialog has already asked whether to replace an existing file.
      writeNewFile(path, text, { overwrite: true });

      return { status: 'saved', path };
    },
  };
}

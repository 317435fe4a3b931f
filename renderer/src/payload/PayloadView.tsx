/**
 * The payload exactly as FusionAuth would send it, in read-only Monaco, with copy and save.
 * "As sent" is the compact wire form; "Indented" is the same keys, in the same order, for
 * reading.
 */
import { useState } from 'react';

import type { PayloadFormat } from '../../../shared/ipc/channels/payload.ts';
import { payloadByteSize, payloadText } from '../../../shared/payload/wire-text.ts';
import { useChannelMutation } from '../api/queries.ts';
import type { FinishedRun } from '../collect/use-collection.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { ReadOnlyEditor } from '../editor/ReadOnlyEditor.tsx';
import { formatBytes } from '../format/value-text.ts';
import { copyText } from './copy-text.ts';
import { downloadText } from './save-download.ts';

const FORMATS: ReadonlyArray<{ format: PayloadFormat; label: string }> = [
  { format: 'indented', label: 'Indented' },
  { format: 'compact', label: 'As sent (compact)' },
];

export function PayloadView({ run }: { run: FinishedRun }) {
  const [format, setFormat] = useState<PayloadFormat>('indented');
  // What was last copied, so the button says "Copied" only for the text now shown.
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | null>(null);
  const save = useChannelMutation('savePayload');
  const payload = run.report.payload;
  const text = payloadText(payload, format);

  function saveFile(): void {
    save.mutate(
      { runId: run.runId, format },
      {
        onSuccess: (result) => {
          if (result.status === 'download') {
            downloadText(result.fileName, result.text);
          }
        },
      },
    );
  }

  return (
    <section className="payload-view" aria-label="Payload">
      <div className="payload-toolbar">
        <div className="segmented" role="group" aria-label="Payload text">
          {FORMATS.map((option) => (
            <button
              key={option.format}
              type="button"
              aria-pressed={format === option.format}
              onClick={() => setFormat(option.format)}
            >
              {option.label}
            </button>
          ))}
        </div>
        <span className="muted">
          {formatBytes(payloadByteSize(payload))} as sent · {Object.keys(payload.stats).length}{' '}
          stats · {payload.failedStats?.length ?? 0} failed · POST to
          usage-stats.fusionauth.io/api/stats/ingest
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="button"
          onClick={() => void copyText(text).then((ok) => setCopied({ text, ok }))}
        >
          {copied?.text !== text ? 'Copy' : copied.ok ? 'Copied' : 'Copy failed'}
        </button>
        <button type="button" className="button button-primary" onClick={saveFile}>
          Save…
        </button>
      </div>
      {save.isError && <ErrorMessage error={save.error} />}
      {save.data?.status === 'saved' && (
        <p className="message message-success" role="status">
          Saved to <code>{save.data.path}</code>
        </p>
      )}
      <div className="payload-editor">
        <ReadOnlyEditor text={text} language="json" label="Usage payload JSON" height="fill" />
      </div>
    </section>
  );
}

/**
 * One copyable block: its title, where it goes, the text exactly as generated, and a Copy
 * button that puts that same text on the clipboard. A <pre> rather than Monaco: dozens of
 * blocks stay light, and what is selected by hand is what is shown.
 */
import { useRef, useState } from 'react';

import type { Artifact } from '../../../shared/optout/types.ts';
import { selectContents, writeClipboard } from './clipboard.ts';

/** The outcome of the last copy, tied to the text copied, so a changed text says "Copy" again. */
type CopyState = { text: string; ok: true } | { text: string; ok: false; reason: string };

export function ArtifactBlock({ artifact }: { artifact: Artifact }) {
  const [copied, setCopied] = useState<CopyState | null>(null);
  const pre = useRef<HTMLPreElement>(null);
  const current = copied !== null && copied.text === artifact.text ? copied : null;
  const buttonText = current === null ? 'Copy' : current.ok ? 'Copied' : 'Copy failed';

  async function copy(): Promise<void> {
    const text = artifact.text;
    const outcome = await writeClipboard(text);
    setCopied(outcome.ok ? { text, ok: true } : { text, ok: false, reason: outcome.reason });

    if (!outcome.ok && pre.current !== null) {
      selectContents(pre.current);
    }
  }

  return (
    <figure className="artifact" data-artifact-id={artifact.id}>
      <figcaption className="artifact-header">
        <span className="artifact-title">{artifact.title}</span>
        {artifact.placement !== undefined && (
          <span className="artifact-placement">{artifact.placement}</span>
        )}
        <span className="spacer" />
        <button
          type="button"
          className="button button-small"
          onClick={() => void copy()}
          aria-label={`${buttonText}: ${artifact.title}`}
        >
          {buttonText}
        </button>
      </figcaption>
      <pre ref={pre} className="artifact-text" tabIndex={0} data-format={artifact.format}>
        {artifact.text}
      </pre>
      {current !== null && !current.ok && (
        <p className="artifact-copy-problem" role="alert">
          The clipboard refused ({current.reason}). The text is selected: press Ctrl+C (⌘C on a Mac)
          to copy it.
        </p>
      )}
    </figure>
  );
}

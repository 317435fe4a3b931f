/**
 * One tab's content: what the method or rule does, what to watch out for, the steps, every
 * copyable block, and where the facts come from. Egress guides add their verification.
 */
import type { Guide } from '../../../shared/optout/types.ts';
import { ArtifactBlock } from './ArtifactBlock.tsx';
import { WarningList } from './WarningList.tsx';

export function GuideView({ guide }: { guide: Guide }) {
  return (
    <article className="guide" data-guide-id={guide.id}>
      <header className="guide-header">
        <h3 className="guide-title">{guide.title}</h3>
        <p>{guide.summary}</p>
      </header>
      <WarningList warnings={guide.warnings} label={`Warnings: ${guide.title}`} />
      {guide.steps.length > 0 && (
        <ol className="guide-steps">
          {guide.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {guide.artifacts.map((artifact) => (
        <ArtifactBlock key={artifact.id} artifact={artifact} />
      ))}
      {guide.notes.length > 0 && (
        <ul className="guide-notes" aria-label={`Notes: ${guide.title}`}>
          {guide.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

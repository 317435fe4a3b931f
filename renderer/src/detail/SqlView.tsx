/**
 * The SQL FusionAuth runs for a stat, in read-only Monaco. A stat whose query changed with
 * the schema has several variants; the one this database used is marked.
 */
import { useState } from 'react';

import type { SqlMetric } from '../../../shared/catalog/types.ts';
import type { CollectionWindow } from '../../../shared/collection/types.ts';
import { ReadOnlyEditor } from '../editor/ReadOnlyEditor.tsx';

/** About 24 lines; longer SQL scrolls inside the editor. */
const MAX_EDITOR_HEIGHT_PX = 460;

function epochDayText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

interface Props {
  metric: SqlMetric;
  usedVariant: number | undefined;
  /** The collection's 7-day window, to explain the $1 parameter. */
  activityWindow: CollectionWindow;
}

export function SqlView({ metric, usedVariant, activityWindow }: Props) {
  const [chosen, setChosen] = useState(usedVariant ?? 0);
  const index = Math.min(chosen, metric.variants.length - 1);
  const variant = metric.variants[index] ?? metric.variants[0];

  return (
    <div className="sql-view">
      {metric.variants.length > 1 && (
        <div className="segmented" role="group" aria-label="SQL variants">
          {metric.variants.map((_, variantIndex) => (
            <button
              key={variantIndex}
              type="button"
              aria-pressed={variantIndex === index}
              onClick={() => setChosen(variantIndex)}
            >
              Variant {variantIndex + 1}
              {variantIndex === usedVariant ? ' (used here)' : ''}
            </button>
          ))}
        </div>
      )}
      {variant.note !== undefined && <p className="hint">{variant.note}</p>}
      <ReadOnlyEditor
        text={variant.sql}
        language="pgsql"
        label={`SQL for ${metric.key}`}
        height={MAX_EDITOR_HEIGHT_PX}
      />
      {variant.usesCutoff && (
        <p className="hint">
          <code>$1</code> is the cutoff epoch day, {activityWindow.cutoff}: only activity after{' '}
          {epochDayText(activityWindow.cutoff)} counts (seven days up to {activityWindow.today}).
        </p>
      )}
    </div>
  );
}

/**
 * Every key of the payload grouped by what its value can be (a count, a version string, a
 * list of counts...), so the reviewer sees at a glance that nothing free-form is sent. Each
 * stat key opens that stat.
 */
import { useMemo } from 'react';

import { VALUE_CLASS_LABELS } from '../../../shared/privacy/kind-fit.ts';
import type { KeyClassification, ValueClass } from '../../../shared/privacy/types.ts';

interface Props {
  classifications: readonly KeyClassification[];
  knownKeys: ReadonlySet<string>;
  onShowMetric: (key: string) => void;
}

function groupByClass(classifications: readonly KeyClassification[]) {
  const groups = new Map<ValueClass, KeyClassification[]>();
  for (const classification of classifications) {
    groups.set(classification.valueClass, [
      ...(groups.get(classification.valueClass) ?? []),
      classification,
    ]);
  }

  // Largest group first: the counts, then the few unusual kinds a reviewer looks at longer.
  return [...groups.entries()].sort((left, right) => right[1].length - left[1].length);
}

function KeyButton(props: { classification: KeyClassification } & Omit<Props, 'classifications'>) {
  const { classification } = props;
  const key = classification.statKey;
  const marks = [
    classification.known ? null : 'unknown to the catalog',
    classification.fits ? null : 'does not fit its kind',
  ].filter((mark) => mark !== null);
  const label =
    marks.length === 0 ? classification.path : `${classification.path} (${marks.join(', ')})`;

  if (key === null || !props.knownKeys.has(key)) {
    return <span className="review-key mono">{label}</span>;
  }

  return (
    <button
      type="button"
      className={marks.length === 0 ? 'review-key mono' : 'review-key review-key-marked mono'}
      onClick={() => props.onShowMetric(key)}
      title={`Show stat ${key}`}
    >
      {label}
    </button>
  );
}

export function KeyClasses({ classifications, knownKeys, onShowMetric }: Props) {
  const groups = useMemo(() => groupByClass(classifications), [classifications]);

  return (
    <section className="review-section" aria-labelledby="review-classes-title">
      <h3 id="review-classes-title">Every key by what its value can be</h3>
      <div className="review-classes">
        {groups.map(([valueClass, members]) => (
          <details key={valueClass} className="review-class">
            <summary>
              <span className="review-class-name">{VALUE_CLASS_LABELS[valueClass]}</span>
              <span className="muted">
                {members.length} key{members.length === 1 ? '' : 's'}
              </span>
            </summary>
            <div className="review-keys">
              {members.map((classification) => (
                <KeyButton
                  key={classification.path}
                  classification={classification}
                  knownKeys={knownKeys}
                  onShowMetric={onShowMetric}
                />
              ))}
            </div>
          </details>
        ))}
      </div>
    </section>
  );
}

/**
 * The opt-out state on top of the view: one row per fact, its answer, where the answer comes
 * from (read, inferred, assumed) and the explanation, so nothing inferred passes as observed.
 */
import type { OptOutState } from '../../../shared/optout/types.ts';
import {
  BASIS_LABELS,
  BASIS_MEANINGS,
  type FactBasis,
  type StateFact,
  stateFacts,
} from './state-facts.ts';

const BASES: readonly FactBasis[] = ['read', 'inferred', 'assumed'];

function BasisChip({ basis }: { basis: FactBasis }) {
  return (
    <span className={`chip basis basis-${basis}`} title={BASIS_MEANINGS[basis]}>
      {BASIS_LABELS[basis]}
    </span>
  );
}

function FactRow({ fact }: { fact: StateFact }) {
  return (
    <div className="state-row" data-fact={fact.id} data-basis={fact.basis}>
      <dt>{fact.label}</dt>
      <dd className="state-answer">
        <span className={fact.attention ? 'state-value state-value-attention' : 'state-value'}>
          {fact.answer}
        </span>
        <BasisChip basis={fact.basis} />
        {fact.detail !== undefined && <small>{fact.detail}</small>}
      </dd>
      <dd className="state-explanation">
        {fact.warnings.map((warning) => (
          <p key={warning} className="state-warning">
            {warning}
          </p>
        ))}
        {fact.explanation.length === 1 ? (
          <p>{fact.explanation[0]}</p>
        ) : (
          <ul>
            {fact.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

interface Props {
  state: OptOutState;
  refreshing: boolean;
  onRefresh: () => void;
}

export function StatePanel({ state, refreshing, onRefresh }: Props) {
  const where = state.databaseRead
    ? `${state.location ?? 'the database'}, FusionAuth ${state.fusionAuthVersion ?? '?'}`
    : 'no database read';

  return (
    <section className="optout-section" aria-labelledby="optout-state-heading">
      <div className="section-heading">
        <h2 id="optout-state-heading">Opt-out state</h2>
        <span className="muted">{where}</span>
        <span className="spacer" />
        <button type="button" className="button" onClick={onRefresh} disabled={refreshing}>
          {refreshing ? 'Reading…' : 'Read again'}
        </button>
      </div>
      <p className="basis-legend hint">
        {BASES.map((basis) => (
          <span key={basis}>
            <BasisChip basis={basis} /> {BASIS_MEANINGS[basis]}
          </span>
        ))}
      </p>
      <dl className="state-table" data-testid="optout-state">
        {stateFacts(state).map((fact) => (
          <FactRow key={fact.id} fact={fact} />
        ))}
      </dl>
    </section>
  );
}

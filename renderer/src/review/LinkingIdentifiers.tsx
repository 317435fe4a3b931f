/**
 * The values that let FusionAuth line one instance's sends up over time (the instance id,
 * and the license id the basic metrics carry), and what FusionAuth says about tying them to
 * an identity on each plan.
 */
import type { LinkingIdentifier, PlanStatement } from '../../../shared/privacy/types.ts';

const SENDING_TEXT: Record<LinkingIdentifier['sending'], string> = {
  sent: 'Sent',
  'not-sent': 'Not sent',
  'sent-value-unknown': 'Sent; value not known here',
  unknown: 'Not known whether it is sent',
};

const APPLIES_TEXT: Record<PlanStatement['appliesHere'], string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Cannot tell',
};

interface Props {
  identifiers: readonly LinkingIdentifier[];
  plans: readonly PlanStatement[];
}

export function LinkingIdentifiers({ identifiers, plans }: Props) {
  return (
    <section className="review-section" aria-labelledby="review-identifiers-title">
      <h3 id="review-identifiers-title">Identifiers that link sends</h3>
      <ul className="review-identifiers">
        {identifiers.map((identifier) => (
          <li key={identifier.path} className="review-identifier" data-testid="identifier">
            <div className="review-identifier-head">
              <strong>{identifier.name}</strong>
              <span className={`chip review-sending-${identifier.sending}`}>
                {SENDING_TEXT[identifier.sending]}
              </span>
              {identifier.value !== null && <code>{identifier.value}</code>}
            </div>
            <p>{identifier.explanation}</p>
            <p className="hint">Goes to {identifier.sentTo}.</p>
          </li>
        ))}
      </ul>
      <table className="small-table review-plans">
        <caption>What FusionAuth says about tying usage data to an identity, per plan</caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">What FusionAuth says</th>
            <th scope="col">Applies here</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.plan} className={plan.appliesHere === 'yes' ? 'review-plan-here' : ''}>
              <th scope="row">{plan.plan}</th>
              <td>{plan.statement}</td>
              <td>{APPLIES_TEXT[plan.appliesHere]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

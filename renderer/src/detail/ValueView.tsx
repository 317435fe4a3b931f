/**
 * A stat's value as the payload would carry it: numbers and words as they are, identity
 * provider lists and the setup-progress object as small tables.
 */
import type { StatResult } from '../../../shared/collection/types.ts';

export function ValueView({ result }: { result: StatResult }) {
  const value = result.value;

  if (value === null) {
    return (
      <span className="muted">
        {result.status === 'ok' ? 'No value: left out of the payload' : 'Not computed'}
      </span>
    );
  }

  if (Array.isArray(value)) {
    return (
      <table className="small-table" aria-label="Identity providers">
        <thead>
          <tr>
            <th>Identity provider type</th>
            <th className="numeric">Count</th>
          </tr>
        </thead>
        <tbody>
          {value.map((entry) => (
            <tr key={entry.idp}>
              <td className="mono">{entry.idp}</td>
              <td className="numeric">{entry.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  if (typeof value === 'object') {
    return (
      <table className="small-table" aria-label="Setup steps">
        <tbody>
          {Object.entries(value).map(([step, done]) => (
            <tr key={step}>
              <td className="mono">{step}</td>
              <td>{String(done)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <span className="value mono">{typeof value === 'string' ? `"${value}"` : String(value)}</span>
  );
}

/**
 * Where a stat's value comes from: the tables and columns a query reads, the configuration
 * properties FusionAuth consults, or why only the running server knows it.
 */
import type { MetricDefinition } from '../../../shared/catalog/types.ts';

export function SourceView({ metric, variant }: { metric: MetricDefinition; variant: number }) {
  if (metric.origin === 'database') {
    const sources = (metric.variants[variant] ?? metric.variants[0]).sources;

    return (
      <table className="small-table" aria-label="Source tables">
        <thead>
          <tr>
            <th>Table</th>
            <th>Columns read</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.table}>
              <td className="mono">{source.table}</td>
              <td className="mono">{source.columns.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  if (metric.origin === 'configuration') {
    return (
      <div className="source-text">
        <p>
          Read from FusionAuth’s configuration, not the database:{' '}
          {metric.properties.map((property, index) => (
            <span key={property}>
              {index > 0 && ', then '}
              <code>{property}</code>
            </span>
          ))}
          .
        </p>
        <p>
          Default when unset:{' '}
          <code>
            {metric.defaultValue === null ? 'none (left out)' : String(metric.defaultValue)}
          </code>
          {metric.defaultNote !== undefined && <> — {metric.defaultNote}</>}
        </p>
      </div>
    );
  }

  return (
    <div className="source-text">
      <p>
        {metric.origin === 'license'
          ? 'From the license loaded in FusionAuth.'
          : 'From the running FusionAuth (JVM).'}{' '}
        {metric.offlineReason}
      </p>
    </div>
  );
}

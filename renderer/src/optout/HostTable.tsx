/**
 * The four hosts FusionAuth contacts: what each receives, whether the usage-data flag stops
 * it, what blocking it breaks, and a tick for whether the egress rules below block it. The
 * ticks start at the recommendation for this instance's licence state.
 */
import type { HostTable as HostTableData } from '../../../shared/optout/host-table.ts';
import type { PhoneHomeHostId } from '../../../shared/optout/types.ts';
import { WarningList } from './WarningList.tsx';

interface Props {
  table: HostTableData;
  /** null while the recommendation is in use. */
  chosen: PhoneHomeHostId[] | null;
  problem: string | undefined;
  onChoose: (ids: PhoneHomeHostId[] | null) => void;
}

export function HostTable({ table, chosen, problem, onChoose }: Props) {
  // What the ticks show: the user's choice, even an empty one, or what the rules block.
  const ticked = chosen ?? table.rows.filter((row) => row.blocked).map((row) => row.id);

  function toggle(id: PhoneHomeHostId, block: boolean): void {
    const next = block ? [...ticked, id] : ticked.filter((other) => other !== id);
    onChoose(table.rows.map((row) => row.id).filter((rowId) => next.includes(rowId)));
  }

  return (
    <div className="host-choice" role="group" aria-labelledby="optout-hosts-heading">
      <div className="section-heading">
        <h3 id="optout-hosts-heading">The four hosts FusionAuth contacts</h3>
        <span className="spacer" />
        {chosen !== null && (
          <button type="button" className="button button-quiet" onClick={() => onChoose(null)}>
            Use the recommended hosts
          </button>
        )}
      </div>
      <table className="small-table host-table">
        <thead>
          <tr>
            <th scope="col" className="col-block">
              Block
            </th>
            <th scope="col">Host</th>
            <th scope="col">What it receives</th>
            <th scope="col">Does the flag stop it?</th>
            <th scope="col">What blocking it breaks</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id} data-host={row.id}>
              <td className="col-block">
                <input
                  type="checkbox"
                  checked={ticked.includes(row.id)}
                  onChange={(event) => toggle(row.id, event.target.checked)}
                  aria-label={`Block ${row.name}`}
                />
              </td>
              <th scope="row" className="mono host-name">
                {row.name}
              </th>
              <td>{row.receives}</td>
              <td>
                <span className={row.stoppedByFlag ? 'badge badge-ok' : 'badge badge-failed'}>
                  {row.stoppedByFlag ? 'Yes' : 'No'}
                </span>{' '}
                {row.flagNote}
              </td>
              <td>{row.blockingBreaks}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problem !== undefined && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <p className="hint">{table.choice}</p>
      <WarningList warnings={table.warnings} label="Warnings about the hosts to block" />
    </div>
  );
}

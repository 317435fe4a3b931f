/**
 * The inspector once connected: the run controls, then the overview with the stats table
 * and detail, or the payload.
 */
import { useState } from 'react';

import type { AppInfo } from '../../../shared/ipc/channels/app.ts';
import { CollectBar } from '../collect/CollectBar.tsx';
import { useCollection } from '../collect/use-collection.ts';
import type { ActiveConnection } from '../connect/active-connection.ts';
import { DiffView } from '../diff/DiffView.tsx';
import { useComparison } from '../diff/use-comparison.ts';
import { HistoryView } from '../history/HistoryView.tsx';
import { MetricsWorkspace } from '../metrics/MetricsWorkspace.tsx';
import { Overview } from '../overview/Overview.tsx';
import { OptOutView } from '../optout/OptOutView.tsx';
import { PayloadView } from '../payload/PayloadView.tsx';
import { ReviewView } from '../review/ReviewView.tsx';
import { AppHeader } from './AppHeader.tsx';

type View = 'stats' | 'payload' | 'diff' | 'history' | 'optout' | 'review';

interface Props {
  appInfo: AppInfo;
  connection: ActiveConnection;
  onChangeConnection: () => void;
}

export function InspectorScreen({ appInfo, connection, onChangeConnection }: Props) {
  const collection = useCollection(connection.target);
  const [view, setView] = useState<View>('stats');
  const [showOverview, setShowOverview] = useState(true);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const check = connection.check;
  const latest = collection.latest;
  const comparison = useComparison(latest?.runId ?? null);

  return (
    <div className="screen">
      <AppHeader mode={appInfo.mode}>
        <span className="connection-summary" data-testid="connection-summary">
          FusionAuth {check.fusionAuthVersion} · <span className="mono">{check.location}</span> ·
          read-only
        </span>
        <button
          type="button"
          className="button button-quiet"
          onClick={onChangeConnection}
          disabled={collection.running}
        >
          Change connection
        </button>
      </AppHeader>
      <CollectBar collection={collection} />
      {latest === null ? (
        <main className="first-run">
          <h2>Ready to collect</h2>
          <p>
            Press Collect to compute, in one read-only snapshot, every stat FusionAuth’s collector
            would send. Tick “Every known stat” to compute those its stat list does not ask for too;
            set Today to see the activity window of another day.
          </p>
        </main>
      ) : (
        <main className="inspector">
          <div className="view-bar">
            <div className="view-tabs" role="tablist" aria-label="View">
              <button
                type="button"
                role="tab"
                aria-selected={view === 'stats'}
                onClick={() => setView('stats')}
              >
                Overview and stats
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'payload'}
                onClick={() => setView('payload')}
              >
                Payload
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'diff'}
                onClick={() => setView('diff')}
              >
                Diff
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'history'}
                onClick={() => setView('history')}
              >
                History
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'review'}
                onClick={() => setView('review')}
              >
                Review
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'optout'}
                onClick={() => setView('optout')}
              >
                Opt out &amp; block
              </button>
            </div>
            <span className="spacer" />
            {view === 'stats' && (
              <button
                type="button"
                className="button button-quiet"
                aria-expanded={showOverview}
                onClick={() => setShowOverview(!showOverview)}
              >
                {showOverview ? 'Hide overview' : 'Show overview'}
              </button>
            )}
          </div>
          {/* Both views stay mounted, so filters, selection and scroll survive a switch. */}
          <div className="stats-view" hidden={view !== 'stats'}>
            {showOverview && <Overview report={latest.report} />}
            <MetricsWorkspace
              report={latest.report}
              selectedKey={selectedKey}
              onSelectKey={setSelectedKey}
            />
          </div>
          <div className="payload-holder" hidden={view !== 'payload'}>
            <PayloadView run={latest} />
          </div>
          <div className="diff-holder" hidden={view !== 'diff'}>
            <DiffView
              target={connection.target}
              thisRunId={latest.runId}
              comparison={comparison}
              visible={view === 'diff'}
            />
          </div>
          <div className="history-holder" hidden={view !== 'history'}>
            <HistoryView
              target={connection.target}
              thisRunId={latest.runId}
              visible={view === 'history'}
              onCompare={(choice) => {
                comparison.choose('left', choice);
                comparison.choose('right', { kind: 'this-run', runId: latest.runId });
                setView('diff');
              }}
              onDeleted={comparison.forgetSavedRun}
            />
          </div>
          <div className="review-holder" hidden={view !== 'review'}>
            <ReviewView
              run={latest}
              target={connection.target}
              onShowMetric={(key) => {
                setSelectedKey(key);
                setView('stats');
              }}
            />
          </div>
          <div className="optout-holder" hidden={view !== 'optout'}>
            <OptOutView target={connection.target} visible={view === 'optout'} />
          </div>
        </main>
      )}
    </div>
  );
}

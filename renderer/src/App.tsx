/**
 * The two screens: connect to a database, then inspect it. The connection lives here, so
 * "Change connection" simply forgets it and the connect screen starts afresh.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { appInfoQuery } from './api/queries.ts';
import { useTransport } from './api/transport-context.tsx';
import type { ActiveConnection } from './connect/active-connection.ts';
import { ConnectScreen } from './connect/ConnectScreen.tsx';
import { InspectorScreen } from './layout/InspectorScreen.tsx';
import { ErrorMessage } from './common/ErrorMessage.tsx';

export function App() {
  const transport = useTransport();
  const info = useQuery(appInfoQuery(transport));
  const [connection, setConnection] = useState<ActiveConnection | null>(null);

  if (info.isPending) {
    return <p className="loading">Starting…</p>;
  }

  if (info.isError) {
    return (
      <main className="startup-problem">
        <h1>Usage Inspector cannot start</h1>
        <ErrorMessage error={info.error} />
      </main>
    );
  }

  return connection === null ? (
    <ConnectScreen appInfo={info.data} onConnected={setConnection} />
  ) : (
    <InspectorScreen
      appInfo={info.data}
      connection={connection}
      onChangeConnection={() => setConnection(null)}
    />
  );
}

/**
 * Makes the chosen transport available to every component and hook.
 */
import { createContext, type ReactNode, useContext } from 'react';

import type { Transport } from '../transport/transport.ts';

const TransportContext = createContext<Transport | null>(null);

export function TransportProvider(props: { transport: Transport; children: ReactNode }) {
  return (
    <TransportContext.Provider value={props.transport}>{props.children}</TransportContext.Provider>
  );
}

export function useTransport(): Transport {
  const transport = useContext(TransportContext);
  if (transport === null) {
    throw new Error('useTransport needs a TransportProvider above it');
  }

  return transport;
}

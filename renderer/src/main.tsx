/**
 * The renderer's entry: pick the transport, set up react-query, show the app.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { TransportProvider } from './api/transport-context.tsx';
import { App } from './App.tsx';
import { StartupProblem } from './layout/StartupProblem.tsx';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import { chooseTransport } from './transport/choose-transport.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    // The database is read on request only; nothing refetches behind the reviewer's back.
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

const root = createRoot(document.getElementById('root')!);
const choice = chooseTransport();

root.render(
  <StrictMode>
    {'problem' in choice ? (
      <StartupProblem message={choice.problem} />
    ) : (
      <TransportProvider transport={choice.transport}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </TransportProvider>
    )}
  </StrictMode>,
);

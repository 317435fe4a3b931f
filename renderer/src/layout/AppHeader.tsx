/**
 * The bar across the top: the app's name, where it runs, and (once connected) what it is
 * connected to.
 */
import type { ReactNode } from 'react';

import type { AppInfo } from '../../../shared/ipc/channels/app.ts';

interface Props {
  mode: AppInfo['mode'];
  children?: ReactNode;
}

export function AppHeader({ mode, children }: Props) {
  return (
    <header className="app-header">
      <div className="app-title">
        <span className="app-name">Usage Inspector</span>
        <span className="app-mode">{mode === 'serve' ? 'browser · 127.0.0.1' : 'desktop'}</span>
      </div>
      <div className="app-header-content">{children}</div>
    </header>
  );
}

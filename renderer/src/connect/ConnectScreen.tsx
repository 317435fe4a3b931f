/**
 * The first screen: choose a database, see whether the connection works, and go on.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import type { AppInfo } from '../../../shared/ipc/channels/app.ts';
import type { ConnectionProfile } from '../../../shared/ipc/channels/profiles.ts';
import type { ProfileConnection } from '../../../shared/ipc/target-schema.ts';
import { profilesQuery } from '../api/queries.ts';
import { useTransport } from '../api/transport-context.tsx';
import { AppHeader } from '../layout/AppHeader.tsx';
import type { ActiveConnection } from './active-connection.ts';
import { EMPTY_FORM, formFromConnection } from './connection-form.ts';
import { ConnectionFormPanel } from './ConnectionFormPanel.tsx';
import { ConnectionResult } from './ConnectionResult.tsx';
import { ProfilePanel } from './ProfilePanel.tsx';
import { useConnectionAttempt } from './use-connection-attempt.ts';

interface Props {
  appInfo: AppInfo;
  onConnected: (connection: ActiveConnection) => void;
}

export function ConnectScreen({ appInfo, onConnected }: Props) {
  const transport = useTransport();
  const profiles = useQuery(profilesQuery(transport));
  const attempt = useConnectionAttempt(onConnected);
  const [form, setForm] = useState(EMPTY_FORM);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const busy = attempt.test.isPending;

  function connectProfile(profile: ConnectionProfile, password: string | undefined): void {
    attempt.tryTarget(
      { kind: 'profile', profileId: profile.id, ...(password === undefined ? {} : { password }) },
      { label: `“${profile.name}”`, proceed: true },
    );
  }

  function editProfile(profile: ConnectionProfile): void {
    setForm(formFromConnection(profile.connection));
    setEditing({ id: profile.id, name: profile.name });
  }

  function tryForm(connection: ProfileConnection, next: { label: string; proceed: boolean }) {
    attempt.tryTarget(connection, next);
  }

  return (
    <div className="screen">
      <AppHeader mode={appInfo.mode} />
      <main className="connect-screen">
        <p className="intro">
          Usage Inspector reads a FusionAuth database, read-only, and shows exactly what
          FusionAuth’s usage-data collector would send: every stat, its definition, its SQL, its
          value and how long it took. It writes nothing and talks to nothing but the database.
        </p>
        <ConnectionResult state={attempt} />
        <div className="connect-columns">
          <ProfilePanel
            appInfo={appInfo}
            profiles={profiles}
            busy={busy}
            onConnectProfile={connectProfile}
            onEditProfile={editProfile}
            onOpenDemo={() =>
              attempt.tryTarget({ kind: 'demo' }, { label: 'the demo database', proceed: true })
            }
          />
          <ConnectionFormPanel
            form={form}
            onFormChange={setForm}
            editing={editing}
            passwordStorage={profiles.data?.passwordStorage}
            busy={busy}
            onTry={tryForm}
          />
        </div>
      </main>
    </div>
  );
}

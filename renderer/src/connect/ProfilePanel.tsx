/**
 * The left half of the connect screen: the database named on the command line, saved
 * profiles, and the demo database.
 */
import type { UseQueryResult } from '@tanstack/react-query';

import type { InspectorError } from '../../../shared/errors.ts';
import type { AppInfo } from '../../../shared/ipc/channels/app.ts';
import type { ConnectionProfile, ProfileList } from '../../../shared/ipc/channels/profiles.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { ProfileItem } from './ProfileItem.tsx';

interface Props {
  appInfo: AppInfo;
  profiles: UseQueryResult<ProfileList, InspectorError>;
  busy: boolean;
  onConnectProfile: (profile: ConnectionProfile, password: string | undefined) => void;
  onEditProfile: (profile: ConnectionProfile) => void;
  onOpenDemo: () => void;
}

export function ProfilePanel(props: Props) {
  const startup = props.appInfo.startup;
  const list = props.profiles.data?.profiles ?? [];

  return (
    <div className="connect-side">
      <section className="panel" aria-labelledby="profiles-title">
        <h2 id="profiles-title">Saved connections</h2>
        {props.profiles.isError && <ErrorMessage error={props.profiles.error} />}
        {props.profiles.isSuccess && list.length === 0 && (
          <p className="empty">No saved connections yet. Use “Save as profile…” in the form.</p>
        )}
        <ul className="profile-list">
          {list.map((profile) => (
            <ProfileItem
              key={profile.id}
              profile={profile}
              highlighted={startup.kind === 'profile' && startup.profileId === profile.id}
              busy={props.busy}
              onConnect={props.onConnectProfile}
              onEdit={props.onEditProfile}
            />
          ))}
        </ul>
      </section>
      <section
        className={
          startup.kind === 'demo' ? 'panel demo-panel profile-highlighted' : 'panel demo-panel'
        }
        aria-labelledby="demo-title"
      >
        <h2 id="demo-title">Demo database</h2>
        <p>
          An embedded FusionAuth database with sample data, built into the inspector. No server is
          needed; try the inspector without touching a real instance.
        </p>
        <button
          type="button"
          className="button button-primary"
          disabled={props.busy}
          onClick={props.onOpenDemo}
        >
          Open the demo database
        </button>
      </section>
    </div>
  );
}

/**
 * One saved connection: connect with it (asking for the password when none is kept), load
 * it into the form, or delete it after a second click.
 */
import { useState } from 'react';

import type { ConnectionProfile } from '../../../shared/ipc/channels/profiles.ts';
import { queryKeys, useChannelMutation } from '../api/queries.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { describeConnection } from './connection-form.ts';

interface Props {
  profile: ConnectionProfile;
  highlighted: boolean;
  busy: boolean;
  onConnect: (profile: ConnectionProfile, password: string | undefined) => void;
  onEdit: (profile: ConnectionProfile) => void;
}

function passwordNote(profile: ConnectionProfile): string {
  if (profile.builtIn) {
    return profile.passwordSaved
      ? 'password from the command line, held in memory for this run'
      : 'no password on the command line';
  }

  return profile.passwordSaved ? 'password kept, encrypted by the OS' : 'no password kept';
}

export function ProfileItem({ profile, highlighted, busy, onConnect, onEdit }: Props) {
  const remove = useChannelMutation('deleteProfile', [queryKeys.profiles]);
  const [askPassword, setAskPassword] = useState(false);
  const [password, setPassword] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);

  function connect(): void {
    // The command line's database is used exactly as given, with or without a password.
    if (profile.builtIn || profile.passwordSaved || askPassword) {
      onConnect(profile, askPassword && password !== '' ? password : undefined);
    } else {
      setAskPassword(true);
    }
  }

  return (
    <li className={highlighted ? 'profile profile-highlighted' : 'profile'}>
      <div className="profile-text">
        <strong>{profile.name}</strong>
        <span className="mono">{describeConnection(profile.connection)}</span>
        <small>{passwordNote(profile)}</small>
      </div>
      {askPassword && (
        <form
          className="profile-password"
          onSubmit={(event) => {
            event.preventDefault();
            connect();
          }}
        >
          <input
            type="password"
            aria-label={`Password for ${profile.name}`}
            placeholder="Password (empty if none)"
            value={password}
            autoFocus
            onChange={(event) => setPassword(event.target.value)}
          />
        </form>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={connect}>
          Connect
        </button>
        {!profile.builtIn && (
          <>
            <button type="button" className="button button-quiet" onClick={() => onEdit(profile)}>
              Edit
            </button>
            {confirmDelete ? (
              <button
                type="button"
                className="button button-danger"
                onClick={() => remove.mutate({ id: profile.id })}
              >
                Really delete
              </button>
            ) : (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setConfirmDelete(true)}
              >
                Delete
              </button>
            )}
          </>
        )}
      </div>
      {remove.isError && <ErrorMessage error={remove.error} />}
    </li>
  );
}

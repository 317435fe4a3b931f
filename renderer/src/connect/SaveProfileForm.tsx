/**
 * Saving the form's connection as a profile. Whether the password can be remembered comes
 * from the main side: encrypted by the OS key store in the desktop app, never in serve mode.
 */
import { useState } from 'react';

import type { PasswordStorage } from '../../../shared/ipc/channels/profiles.ts';
import type { ProfileConnection } from '../../../shared/ipc/target-schema.ts';
import { queryKeys, useChannelMutation } from '../api/queries.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';

interface Props {
  connection: () => ProfileConnection | null;
  passwordStorage: PasswordStorage | undefined;
  /** Set when the form was loaded from a profile, to offer replacing it. */
  editing: { id: string; name: string } | null;
  onDone: () => void;
}

export function SaveProfileForm(props: Props) {
  const save = useChannelMutation('saveProfile', [queryKeys.profiles]);
  const [name, setName] = useState(props.editing?.name ?? '');
  const [remember, setRemember] = useState(false);
  const canRemember = props.passwordStorage?.available === true;

  function submit(replace: boolean): void {
    const connection = props.connection();
    if (connection === null) {
      return;
    }

    save.mutate(
      {
        ...(replace && props.editing !== null ? { id: props.editing.id } : {}),
        name,
        connection,
        rememberPassword: canRemember && remember,
      },
      { onSuccess: props.onDone },
    );
  }

  return (
    <form
      className="save-profile"
      onSubmit={(event) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <label className="field">
        <span>Profile name</span>
        <input name="profileName" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={canRemember && remember}
          disabled={!canRemember}
          onChange={(event) => setRemember(event.target.checked)}
        />
        <span>Remember the password</span>
      </label>
      <p className="hint">{props.passwordStorage?.explanation}</p>
      <div className="button-row">
        <button type="submit" className="button" disabled={name.trim() === '' || save.isPending}>
          Save as new profile
        </button>
        {props.editing !== null && (
          <button
            type="button"
            className="button"
            disabled={name.trim() === '' || save.isPending}
            onClick={() => submit(true)}
          >
            Replace “{props.editing.name}”
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={props.onDone}>
          Close
        </button>
      </div>
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}

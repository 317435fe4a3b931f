/**
 * The right half of the connect screen: a connection typed in by hand, tested, used, and
 * optionally saved as a profile.
 */
import { useState } from 'react';

import type { PasswordStorage } from '../../../shared/ipc/channels/profiles.ts';
import type { ProfileConnection } from '../../../shared/ipc/target-schema.ts';
import { ConnectionFields } from './ConnectionFields.tsx';
import { type ConnectionForm, type FormMode, formConnection } from './connection-form.ts';
import { SaveProfileForm } from './SaveProfileForm.tsx';
import type { Attempt } from './use-connection-attempt.ts';

interface Props {
  form: ConnectionForm;
  onFormChange: (form: ConnectionForm) => void;
  editing: { id: string; name: string } | null;
  passwordStorage: PasswordStorage | undefined;
  busy: boolean;
  onTry: (connection: ProfileConnection, attempt: Attempt) => void;
}

const MODES: ReadonlyArray<{ mode: FormMode; label: string }> = [
  { mode: 'fields', label: 'Fields' },
  { mode: 'url', label: 'URL' },
];

export function ConnectionFormPanel(props: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function checked(): ProfileConnection | null {
    const outcome = formConnection(props.form);
    setProblem(outcome.ok ? null : outcome.problem);

    return outcome.ok ? outcome.connection : null;
  }

  function attempt(proceed: boolean): void {
    const connection = checked();
    if (connection !== null) {
      props.onTry(connection, { label: 'the database', proceed });
    }
  }

  return (
    <section className="panel connect-form" aria-labelledby="connect-form-title">
      <div className="panel-header">
        <h2 id="connect-form-title">Connect to a FusionAuth database</h2>
        <div className="segmented" role="group" aria-label="How to enter the connection">
          {MODES.map(({ mode, label }) => (
            <button
              key={mode}
              type="button"
              aria-pressed={props.form.mode === mode}
              onClick={() => props.onFormChange({ ...props.form, mode })}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          attempt(true);
        }}
      >
        <ConnectionFields form={props.form} onChange={props.onFormChange} />
        {problem !== null && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={props.busy}>
            Connect
          </button>
          <button
            type="button"
            className="button"
            disabled={props.busy}
            onClick={() => attempt(false)}
          >
            Test connection
          </button>
          <span className="spacer" />
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={saving}
            onClick={() => setSaving(!saving)}
          >
            Save as profile…
          </button>
        </div>
      </form>
      {saving && (
        <SaveProfileForm
          connection={checked}
          passwordStorage={props.passwordStorage}
          editing={props.editing}
          onDone={() => setSaving(false)}
        />
      )}
      <p className="hint">
        The inspector opens one read-only transaction, runs SELECT statements only and rolls back.
        Use a role that can only read; nothing is sent anywhere.
      </p>
    </section>
  );
}

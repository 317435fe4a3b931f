/**
 * The inputs of the connect form: a postgres:// URL, or host, port, database, user,
 * password and SSL settings.
 */
import { SSL_MODES, type SslMode } from '../../../shared/ipc/target-schema.ts';
import type { ConnectionForm } from './connection-form.ts';

const SSL_HINTS: Record<SslMode, string> = {
  disable: 'No encryption. Use only on a trusted network or the same machine.',
  require: 'Encrypted, but the server certificate is not checked.',
  'verify-full': 'Encrypted, and the certificate and host name are checked against the CA.',
};

interface Props {
  form: ConnectionForm;
  onChange: (form: ConnectionForm) => void;
}

export function ConnectionFields({ form, onChange }: Props) {
  const set = <Field extends keyof ConnectionForm>(field: Field, value: ConnectionForm[Field]) =>
    onChange({ ...form, [field]: value });

  if (form.mode === 'url') {
    return (
      <div className="form-grid">
        <label className="field field-wide">
          <span>Connection URL</span>
          <input
            name="url"
            value={form.url}
            onChange={(event) => set('url', event.target.value)}
            placeholder="postgres://USER:PASSWORD@HOST:5432/fusionauth?sslmode=require"
            spellCheck={false}
            autoComplete="off"
          />
          <small>sslmode may be disable, require or verify-full (with sslrootcert=CA file).</small>
        </label>
      </div>
    );
  }

  return (
    <div className="form-grid">
      <label className="field field-host">
        <span>Host</span>
        <input
          name="host"
          value={form.host}
          onChange={(event) => set('host', event.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      <label className="field field-port">
        <span>Port</span>
        <input
          name="port"
          value={form.port}
          inputMode="numeric"
          onChange={(event) => set('port', event.target.value)}
        />
      </label>
      <label className="field field-wide">
        <span>Database</span>
        <input
          name="database"
          value={form.database}
          onChange={(event) => set('database', event.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      <label className="field">
        <span>User</span>
        <input
          name="user"
          value={form.user}
          onChange={(event) => set('user', event.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      <label className="field">
        <span>Password</span>
        <input
          name="password"
          type="password"
          value={form.password}
          onChange={(event) => set('password', event.target.value)}
          autoComplete="off"
        />
      </label>
      <label className="field">
        <span>SSL mode</span>
        <select
          name="sslMode"
          value={form.sslMode}
          onChange={(event) => set('sslMode', event.target.value as SslMode)}
        >
          {SSL_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {mode}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>CA file</span>
        <input
          name="caFile"
          value={form.caFile}
          disabled={form.sslMode !== 'verify-full'}
          onChange={(event) => set('caFile', event.target.value)}
          placeholder={form.sslMode === 'verify-full' ? '/path/to/ca.pem' : 'only for verify-full'}
          spellCheck={false}
        />
      </label>
      <p className="field-wide hint">{SSL_HINTS[form.sslMode]}</p>
    </div>
  );
}

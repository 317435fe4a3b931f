/**
 * The connect form's state and how it becomes a connection target. Checks here only catch
 * what the user can fix at once (an empty host, a port that is not a number); the main
 * side validates everything again.
 */
import type { ProfileConnection, SslMode } from '../../../shared/ipc/target-schema.ts';

export type FormMode = 'url' | 'fields';

export interface ConnectionForm {
  mode: FormMode;
  url: string;
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
  sslMode: SslMode;
  caFile: string;
}

export const EMPTY_FORM: ConnectionForm = {
  mode: 'fields',
  url: '',
  host: '127.0.0.1',
  port: '5432',
  database: 'fusionauth',
  user: '',
  password: '',
  sslMode: 'disable',
  caFile: '',
};

export type FormOutcome =
  { ok: true; connection: ProfileConnection } | { ok: false; problem: string };

export function formConnection(form: ConnectionForm): FormOutcome {
  if (form.mode === 'url') {
    const url = form.url.trim();
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      return { ok: false, problem: 'The URL must start with postgres:// or postgresql://.' };
    }

    return { ok: true, connection: { kind: 'url', url } };
  }

  const port = Number(form.port.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    return { ok: false, problem: 'The port must be a whole number from 1 to 65535.' };
  }

  for (const [label, value] of [
    ['host', form.host],
    ['database', form.database],
    ['user', form.user],
  ] as const) {
    if (value.trim() === '') {
      return { ok: false, problem: `Enter the ${label}.` };
    }
  }

  const caFile = form.caFile.trim();
  if (form.sslMode === 'verify-full' && caFile === '') {
    return {
      ok: false,
      problem: 'verify-full checks the server certificate: give the CA file that signed it.',
    };
  }

  return {
    ok: true,
    connection: {
      kind: 'fields',
      fields: {
        host: form.host.trim(),
        port,
        database: form.database.trim(),
        user: form.user.trim(),
        ...(form.password === '' ? {} : { password: form.password }),
        sslMode: form.sslMode,
        ...(form.sslMode === 'verify-full' ? { caFile } : {}),
      },
    },
  };
}

/** A saved profile back in the form, for editing; its password is never known here. */
export function formFromConnection(connection: ProfileConnection): ConnectionForm {
  if (connection.kind === 'url') {
    return { ...EMPTY_FORM, mode: 'url', url: connection.url };
  }

  const fields = connection.fields;

  return {
    mode: 'fields',
    url: '',
    host: fields.host,
    port: String(fields.port),
    database: fields.database,
    user: fields.user,
    password: '',
    sslMode: fields.sslMode,
    caFile: fields.caFile ?? '',
  };
}

/** host:port/database for a list entry; never the password. */
export function describeConnection(connection: ProfileConnection): string {
  if (connection.kind === 'fields') {
    const { user, host, port, database } = connection.fields;

    return `${user}@${host}:${port}/${database}`;
  }

  try {
    const url = new URL(connection.url);
    const user = url.username === '' ? '' : `${decodeURIComponent(url.username)}@`;

    return `${user}${url.host}${url.pathname}`;
  } catch {
    return connection.url;
  }
}

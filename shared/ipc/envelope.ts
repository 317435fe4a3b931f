/**
 * What every channel call resolves to on the wire, in Electron and over HTTP alike. Electron
 * passes only an error's message across `ipcMain.handle` (security.md A1.9), so failures are
 * returned as data, `{code, message, details}`, and rebuilt as InspectorError by the renderer.
 */
import type { SerializedError } from '../errors.ts';

export type Envelope<Result> = { ok: true; value: Result } | { ok: false; error: SerializedError };

export function success<Result>(value: Result): Envelope<Result> {
  return { ok: true, value };
}

export function failure(error: SerializedError): Envelope<never> {
  return { ok: false, error };
}

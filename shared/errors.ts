/**
 * Typed errors that cross every boundary (CLI exit codes, IPC `{code, message, details}`,
 * HTTP responses). The message always says what to do; it never contains a password.
 */

export type InspectorErrorCode =
  /** bad command-line or IPC arguments */
  | 'usage'
  /** the server cannot be reached (refused, DNS, timeout, TLS) */
  | 'connect'
  /** the server refused the credentials */
  | 'auth'
  /** connected, but the database is not a FusionAuth database */
  | 'not-fusionauth'
  /** a payload file or text that cannot be read as a usage payload */
  | 'payload-invalid'
  /** a configuration file that cannot be read */
  | 'config-invalid'
  /** a file cannot be read or written */
  | 'file'
  /** the user cancelled the operation */
  | 'cancelled'
  /** a requested item (run, row) does not exist */
  | 'not-found'
  /** anything else; a bug if it happens */
  | 'internal';

export interface SerializedError {
  code: InspectorErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export class InspectorError extends Error {
  readonly code: InspectorErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: InspectorErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'InspectorError';
    this.code = code;
    this.details = details;
  }

  toJSON(): SerializedError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromSerialized(error: SerializedError): InspectorError {
    return new InspectorError(error.code, error.message, error.details);
  }
}

export function isInspectorError(error: unknown): error is InspectorError {
  return error instanceof InspectorError;
}

/** CLI exit codes by error code (issue #2: 2 usage, 3 connect/auth, 4 not FusionAuth). */
export function exitCodeFor(code: InspectorErrorCode): number {
  switch (code) {
    case 'usage':
    case 'payload-invalid':
    case 'config-invalid':
    case 'file':
    case 'not-found':
      return 2;
    case 'connect':
    case 'auth':
      return 3;
    case 'not-fusionauth':
      return 4;
    case 'cancelled':
      return 130;
    case 'internal':
      return 70;
  }
}

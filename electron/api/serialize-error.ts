/**
 * Turns whatever a handler threw into the `{code, message, details}` that crosses to the
 * renderer. InspectorErrors keep their code and words; anything else is a bug and is
 * reported as `internal`, without its stack.
 */
import { isInspectorError, type SerializedError } from '../../shared/errors.ts';

export function serializeError(error: unknown, channel: string): SerializedError {
  if (isInspectorError(error)) {
    return error.toJSON();
  }

  const message = error instanceof Error ? error.message : String(error);

  return {
    code: 'internal',
    message: `${channel} failed unexpectedly: ${message}. This is a bug in the inspector.`,
  };
}

/**
 * An error as the reviewer reads it: a title that says what kind of problem it is, and the
 * message from the main side, which says what to do. Never a stack trace.
 */
import { type InspectorErrorCode, isInspectorError } from '../../../shared/errors.ts';

const TITLES: Record<InspectorErrorCode, string> = {
  usage: 'Check what was entered',
  connect: 'Cannot reach the database server',
  auth: 'The server refused the credentials',
  'not-fusionauth': 'This is not a FusionAuth database',
  'payload-invalid': 'The payload cannot be read',
  'config-invalid': 'A configuration file cannot be read',
  file: 'A file cannot be read or written',
  cancelled: 'Cancelled',
  'not-found': 'Not found',
  internal: 'Something went wrong inside the inspector',
};

export function ErrorMessage(props: { error: unknown; title?: string }) {
  const code: InspectorErrorCode = isInspectorError(props.error) ? props.error.code : 'internal';
  const message = props.error instanceof Error ? props.error.message : String(props.error);

  return (
    <div className="message message-error" role="alert" data-error-code={code}>
      <strong>{props.title ?? TITLES[code]}</strong>
      <p>{message}</p>
    </div>
  );
}

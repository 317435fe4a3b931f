/**
 * The outcome of the last connection test, in words a reviewer can act on.
 */
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import type { useConnectionAttempt } from './use-connection-attempt.ts';

type AttemptState = ReturnType<typeof useConnectionAttempt>;

export function ConnectionResult(props: { state: AttemptState }) {
  const { test, attempt } = props.state;
  if (attempt === null || test.isIdle) {
    return null;
  }

  if (test.isPending) {
    return (
      <div className="message message-info" role="status">
        <strong>Connecting to {attempt.label}…</strong>
        <p>Opening a read-only transaction and checking for FusionAuth's tables.</p>
      </div>
    );
  }

  if (test.isError) {
    return <ErrorMessage error={test.error} />;
  }

  const check = test.data;
  if (check === undefined) {
    return null;
  }

  return (
    <div className="message message-success" role="status">
      <strong>Connected read-only to FusionAuth {check.fusionAuthVersion}</strong>
      <p>
        {check.location} · PostgreSQL {check.serverVersion} · instance {check.instanceId} ·{' '}
        {check.elapsedMs} ms. Nothing was written.
      </p>
    </div>
  );
}

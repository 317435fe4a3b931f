/**
 * How to prove an egress block works, three independent ways: a request from FusionAuth's
 * place that must fail, FusionAuth's own log, and a later run of the inspector.
 */
import type { Verification } from '../../../shared/optout/types.ts';
import { ArtifactBlock } from './ArtifactBlock.tsx';

export function VerificationView({ verification }: { verification: Verification }) {
  return (
    <section className="verification" aria-label="Verify that it worked">
      <h3 className="guide-title">Verify that it worked</h3>
      <ol className="verification-steps">
        <li>
          <p>
            <strong>From FusionAuth’s place.</strong> {verification.mustFailExpectation}
          </p>
          <ArtifactBlock artifact={verification.mustFail} />
        </li>
        <li>
          <p>
            <strong>FusionAuth’s log.</strong> {verification.logCheck}
          </p>
          <ArtifactBlock artifact={verification.logCommand} />
        </li>
        <li>
          <p>
            <strong>The inspector, later.</strong> {verification.inspectorCheck}
          </p>
          <ArtifactBlock artifact={verification.inspectorCommand} />
        </li>
      </ol>
    </section>
  );
}

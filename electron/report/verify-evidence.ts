/**
 * Checks an evidence file the way an auditor would: against its JSON Schema (with Ajv, the
 * JSON Schema validator most tools use), then what a schema cannot express: the recorded hash
 * is the payload's, the review is bound to that hash, and the privacy verdict is still what
 * this inspector concludes from the payload.
 */
import { Ajv, type ErrorObject } from 'ajv';

import { checkPayload } from '../../shared/privacy/check-payload.ts';
import { EVIDENCE_SCHEMA } from '../../shared/report/evidence-schema.ts';
import type { EvidenceFile } from '../../shared/report/evidence.ts';
import { payloadSha256 } from '../payload/hash-payload.ts';

export interface EvidenceVerdict {
  valid: boolean;
  /** Each problem as a sentence naming where it is; empty when valid. */
  problems: string[];
}

let compiled: ReturnType<Ajv['compile']> | null = null;

function schemaValidator() {
  // Strict about the schema's own keywords; `required` may name a property it does not
  // describe, which the loosely described sub-objects (the opt-out state, the diff) use.
  compiled ??= new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(
    EVIDENCE_SCHEMA,
  );

  return compiled;
}

/** Only the schema: does the file have the evidence shape? */
export function evidenceSchemaProblems(value: unknown): string[] {
  const validate = schemaValidator();
  if (validate(value)) {
    return [];
  }

  return (validate.errors ?? []).map(describeError);
}

export function verifyEvidence(value: unknown): EvidenceVerdict {
  const problems = evidenceSchemaProblems(value);
  if (problems.length > 0) {
    return { valid: false, problems };
  }

  const evidence = value as EvidenceFile;
  const actual = payloadSha256(evidence.payload);
  if (actual !== evidence.payloadSha256) {
    problems.push(
      `payloadSha256 is ${evidence.payloadSha256}, but the payload in the file hashes to ` +
        `${actual}: the payload or the hash was changed after the file was written`,
    );
  }
  if (evidence.review !== null && evidence.review.payloadSha256 !== evidence.payloadSha256) {
    problems.push(
      `the review is bound to payload ${evidence.review.payloadSha256}, not to the ` +
        `payload in this file (${evidence.payloadSha256})`,
    );
  }

  const recheck = checkPayload(evidence.payload, {
    basicMetrics: evidence.report.basicMetrics,
    licensed: evidence.privacyCheck.licensed,
  });
  if (recheck.status !== evidence.privacyCheck.status) {
    problems.push(
      `the privacy check records "${evidence.privacyCheck.status}", but the payload in the ` +
        `file checks as "${recheck.status}"`,
    );
  }

  return { valid: problems.length === 0, problems };
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the file' : error.instancePath;

  return `${where} ${error.message ?? 'is invalid'}`;
}

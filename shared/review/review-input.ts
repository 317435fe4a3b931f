/**
 * Checks what a reviewer typed before anything is saved. A review without a name or without a
 * decision means nothing to an auditor, so it is refused with a usage error that says what is
 * missing. Pure, so the sign-off form can show the same message before it submits.
 */
import { InspectorError } from '../errors.ts';
import { hasControlCharacter } from '../text/control-characters.ts';
import { REVIEW_DECISIONS, type ReviewDecision, type ReviewInput } from './types.ts';

export const MAX_REVIEWER_LENGTH = 200;
export const MAX_COMMENT_LENGTH = 10_000;

export interface RawReviewInput {
  reviewer?: unknown;
  decision?: unknown;
  comment?: unknown;
}

export function requireReviewInput(raw: RawReviewInput): ReviewInput {
  const problems = reviewInputProblems(raw);
  if (problems.length > 0) {
    throw new InspectorError('usage', `The review was not saved: ${problems.join('; ')}.`, {
      problems,
    });
  }

  return {
    reviewer: (raw.reviewer as string).trim(),
    decision: raw.decision as ReviewDecision,
    comment: typeof raw.comment === 'string' ? raw.comment.trim() : '',
  };
}

/** Every problem at once, so the form can mark each field; empty when the input is fine. */
export function reviewInputProblems(raw: RawReviewInput): string[] {
  const problems: string[] = [];
  const reviewer = typeof raw.reviewer === 'string' ? raw.reviewer.trim() : '';
  if (reviewer === '') {
    problems.push("the reviewer's name is missing");
  } else if (reviewer.length > MAX_REVIEWER_LENGTH) {
    problems.push(`the reviewer's name is longer than ${MAX_REVIEWER_LENGTH} characters`);
  } else if (hasControlCharacter(reviewer)) {
    problems.push("the reviewer's name contains a line break or a control character");
  }

  if (raw.decision === undefined || raw.decision === null || raw.decision === '') {
    problems.push(`the decision is missing (${REVIEW_DECISIONS.join(' or ')})`);
  } else if (!REVIEW_DECISIONS.includes(raw.decision as ReviewDecision)) {
    problems.push(
      `the decision must be ${REVIEW_DECISIONS.join(' or ')}, not ${JSON.stringify(raw.decision)}`,
    );
  }

  if (raw.comment !== undefined && raw.comment !== null && typeof raw.comment !== 'string') {
    problems.push('the comment must be text');
  } else if (typeof raw.comment === 'string' && raw.comment.length > MAX_COMMENT_LENGTH) {
    problems.push(`the comment is longer than ${MAX_COMMENT_LENGTH} characters`);
  }

  return problems;
}

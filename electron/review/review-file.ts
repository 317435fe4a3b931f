/**
 * Reads a review file back with the checks a file from disk needs: the right format, every
 * field of the right type, a name and a decision, and an id that matches its file name.
 */
import { InspectorError } from '../../shared/errors.ts';
import { reviewInputProblems } from '../../shared/review/review-input.ts';
import {
  REVIEW_FILE_FORMAT,
  REVIEW_FILE_VERSION,
  type ReviewRecord,
} from '../../shared/review/types.ts';

type FieldType = 'string' | 'number' | 'nullable-string';

const FIELDS: Record<string, FieldType> = {
  id: 'string',
  reviewedAt: 'string',
  inspectorVersion: 'string',
  reviewer: 'string',
  decision: 'string',
  comment: 'string',
  payloadSha256: 'string',
  instanceId: 'string',
  applicationVersion: 'string',
  collectionInstant: 'number',
  database: 'nullable-string',
  source: 'string',
  runId: 'nullable-string',
  fusionAuthVersion: 'nullable-string',
  privacyStatus: 'string',
  attentionFindings: 'number',
};

export function fromReviewFile(value: unknown, source: string, id: string): ReviewRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(source, 'is not a JSON object');
  }

  const file = value as Record<string, unknown>;
  if (file['format'] !== REVIEW_FILE_FORMAT || file['formatVersion'] !== REVIEW_FILE_VERSION) {
    throw invalid(source, `is not a usage-inspector review file (format ${REVIEW_FILE_VERSION})`);
  }

  const wrong = Object.entries(FIELDS)
    .filter(([name, type]) => !hasType(file[name], type))
    .map(([name]) => name);
  if (wrong.length > 0) {
    throw invalid(source, `has missing or malformed fields: ${wrong.join(', ')}`);
  }

  const problems = reviewInputProblems(file);
  if (problems.length > 0) {
    throw invalid(source, problems.join('; '));
  }
  if (file['id'] !== id) {
    throw invalid(source, `records the id ${JSON.stringify(file['id'])}, not ${id}`);
  }
  if (!/^[0-9a-f]{64}$/.test(file['payloadSha256'] as string)) {
    throw invalid(source, 'does not record a SHA-256 payload hash');
  }
  if (!['pass', 'needs-attention'].includes(file['privacyStatus'] as string)) {
    throw invalid(source, 'records an unknown privacy status');
  }

  return file as unknown as ReviewRecord;
}

function hasType(value: unknown, type: FieldType): boolean {
  if (type === 'nullable-string') {
    return value === null || typeof value === 'string';
  }

  return typeof value === type;
}

function invalid(source: string, problem: string): InspectorError {
  return new InspectorError('file', `${source} ${problem}.`, { source });
}

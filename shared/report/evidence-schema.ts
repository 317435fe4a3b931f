/**
 * The JSON Schema (draft-07) of the evidence file, so an auditor can check a file with any
 * validator, years later, without this tool. `usage-inspector report --schema` prints it.
 * The enums come from the TypeScript types, so the two cannot drift apart.
 *
 * What a schema cannot say is checked by verifyEvidence: that the hash is the payload's, and
 * that the review is bound to that same hash.
 */
import { FINDING_RULES, VALUE_CLASSES } from '../privacy/types.ts';
import { REVIEW_DECISIONS, REVIEW_FILE_FORMAT, REVIEW_FILE_VERSION } from '../review/types.ts';
import { EVIDENCE_FORMAT, EVIDENCE_VERSION } from './evidence.ts';

const VALUE_KINDS = [
  'count',
  'integer',
  'bytes',
  'boolean',
  'version',
  'enum',
  'idpList',
  'setupProgress',
];

const STAT_STATUSES = ['ok', 'failed', 'not-applicable', 'not-requested', 'unknown-offline'];

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });
const strings = { type: 'array', items: { type: 'string' } };
const wholeNumber = { type: 'integer', minimum: 0 };

const definitions = {
  sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  instant: {
    type: 'string',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$',
  },
  payload: {
    type: 'object',
    description:
      'The usage payload as reviewed. Stat values are not constrained here: the privacy ' +
      'check judges them, and a payload file may hold keys no catalog knows.',
    required: [
      'applicationVersion',
      'collectionDuration',
      'collectionInstant',
      'instanceId',
      'stats',
      'statsVersion',
      'timings',
    ],
    properties: {
      applicationVersion: { type: 'string' },
      collectionDuration: wholeNumber,
      collectionInstant: wholeNumber,
      failedStats: strings,
      instanceId: { type: 'string' },
      stats: { type: 'object' },
      statsVersion: { type: 'string' },
      timings: { type: 'object', additionalProperties: wholeNumber },
    },
  },
  finding: {
    type: 'object',
    additionalProperties: false,
    required: ['rule', 'severity', 'path', 'statKey', 'subject', 'excerpt', 'message'],
    properties: {
      rule: { enum: [...FINDING_RULES] },
      severity: { enum: ['attention', 'info'] },
      path: { type: 'string', minLength: 1 },
      statKey: nullable({ type: 'string' }),
      subject: { enum: ['value', 'key'] },
      excerpt: { type: 'string' },
      message: { type: 'string', minLength: 1 },
    },
  },
  privacyCheck: {
    type: 'object',
    additionalProperties: false,
    required: [
      'status',
      'reasons',
      'findings',
      'classifications',
      'identifiers',
      'planStatements',
      'rules',
      'licensed',
      'counts',
    ],
    properties: {
      status: { enum: ['pass', 'needs-attention'] },
      reasons: { ...strings, minItems: 1 },
      findings: { type: 'array', items: { $ref: '#/definitions/finding' } },
      classifications: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['path', 'statKey', 'known', 'valueKind', 'valueClass', 'fits'],
          properties: {
            path: { type: 'string' },
            statKey: nullable({ type: 'string' }),
            known: { type: 'boolean' },
            valueKind: nullable({ enum: VALUE_KINDS }),
            valueClass: { enum: [...VALUE_CLASSES] },
            fits: { type: 'boolean' },
          },
        },
      },
      identifiers: {
        type: 'array',
        items: {
          type: 'object',
          required: ['path', 'name', 'value', 'sending', 'sentTo', 'explanation'],
          properties: {
            value: nullable({ type: 'string' }),
            sending: { enum: ['sent', 'not-sent', 'sent-value-unknown', 'unknown'] },
          },
        },
      },
      planStatements: {
        type: 'array',
        items: {
          type: 'object',
          required: ['plan', 'statement', 'appliesHere'],
          properties: { appliesHere: { enum: ['yes', 'no', 'unknown'] } },
        },
      },
      rules: strings,
      licensed: nullable({ type: 'boolean' }),
      counts: {
        type: 'object',
        required: ['attention', 'info', 'keys'],
        properties: { attention: wholeNumber, info: wholeNumber, keys: wholeNumber },
      },
    },
  },
  review: {
    type: 'object',
    additionalProperties: false,
    required: [
      'format',
      'formatVersion',
      'id',
      'reviewedAt',
      'inspectorVersion',
      'reviewer',
      'decision',
      'comment',
      'payloadSha256',
      'instanceId',
      'applicationVersion',
      'collectionInstant',
      'database',
      'source',
      'runId',
      'fusionAuthVersion',
      'privacyStatus',
      'attentionFindings',
    ],
    properties: {
      format: { const: REVIEW_FILE_FORMAT },
      formatVersion: { const: REVIEW_FILE_VERSION },
      id: { type: 'string', pattern: '^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}-[0-9a-f]{16}$' },
      reviewedAt: { $ref: '#/definitions/instant' },
      inspectorVersion: { type: 'string', minLength: 1 },
      reviewer: { type: 'string', pattern: '\\S', maxLength: 200 },
      decision: { enum: [...REVIEW_DECISIONS] },
      comment: { type: 'string', maxLength: 10000 },
      payloadSha256: { $ref: '#/definitions/sha256' },
      instanceId: { type: 'string' },
      applicationVersion: { type: 'string' },
      collectionInstant: wholeNumber,
      database: nullable({ type: 'string' }),
      source: { type: 'string' },
      runId: nullable({ type: 'string' }),
      fusionAuthVersion: nullable({ type: 'string' }),
      privacyStatus: { enum: ['pass', 'needs-attention'] },
      attentionFindings: wholeNumber,
    },
  },
  metricRow: {
    type: 'object',
    required: ['key', 'anchor', 'known', 'valueClass', 'inPayload', 'value', 'status', 'ms', 'sql'],
    properties: {
      key: { type: 'string' },
      anchor: { type: 'string', pattern: '^metric-[A-Za-z0-9_-]+$' },
      known: { type: 'boolean' },
      category: nullable({ type: 'string' }),
      definition: nullable({ type: 'string' }),
      valueKind: nullable({ enum: VALUE_KINDS }),
      valueClass: { enum: [...VALUE_CLASSES] },
      inPayload: { type: 'boolean' },
      status: nullable({ enum: STAT_STATUSES }),
      ms: nullable(wholeNumber),
      sql: nullable({ type: 'string' }),
      attentionFindings: wholeNumber,
    },
  },
  unavailable: {
    type: 'object',
    additionalProperties: false,
    required: ['available', 'reason'],
    properties: { available: { const: false }, reason: { type: 'string', minLength: 1 } },
  },
};

export const EVIDENCE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:usage-inspector:evidence:1',
  title: 'Usage Inspector evidence file',
  description:
    'A FusionAuth usage payload, its SHA-256, the privacy check, the reviewer decision and ' +
    'the report content, written by usage-inspector report --out FILE.json.',
  type: 'object',
  additionalProperties: false,
  required: [
    'format',
    'formatVersion',
    'generatedAt',
    'inspectorVersion',
    'hashAlgorithm',
    'payloadSha256',
    'source',
    'payload',
    'privacyCheck',
    'review',
    'report',
  ],
  properties: {
    format: { const: EVIDENCE_FORMAT },
    formatVersion: { const: EVIDENCE_VERSION },
    generatedAt: { $ref: '#/definitions/instant' },
    inspectorVersion: { type: 'string', minLength: 1 },
    hashAlgorithm: { type: 'string' },
    payloadSha256: { $ref: '#/definitions/sha256' },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'label', 'database', 'runId'],
      properties: {
        kind: { enum: ['collection', 'payload-file', 'saved-run', 'usage-stats-row'] },
        label: { type: 'string' },
        database: nullable({ type: 'string' }),
        runId: nullable({ type: 'string' }),
      },
    },
    payload: { $ref: '#/definitions/payload' },
    privacyCheck: { $ref: '#/definitions/privacyCheck' },
    review: { anyOf: [{ $ref: '#/definitions/review' }, { type: 'null' }] },
    report: {
      type: 'object',
      additionalProperties: false,
      required: ['summary', 'metrics', 'lastSent', 'optOut', 'basicMetrics', 'window'],
      properties: {
        summary: {
          type: 'object',
          required: [
            'instanceId',
            'applicationVersion',
            'statsVersion',
            'statCount',
            'payloadBytes',
            'wouldCollect',
          ],
          properties: {
            statCount: wholeNumber,
            payloadBytes: wholeNumber,
            statusCounts: nullable({ type: 'object', additionalProperties: wholeNumber }),
            wouldCollect: {
              type: 'object',
              required: ['answer', 'reasons'],
              properties: { answer: { enum: ['yes', 'no', 'unknown'] }, reasons: strings },
            },
          },
        },
        metrics: { type: 'array', items: { $ref: '#/definitions/metricRow' } },
        lastSent: {
          anyOf: [
            { $ref: '#/definitions/unavailable' },
            {
              type: 'object',
              required: ['available', 'label', 'sha256', 'collectionInstant', 'identical', 'diff'],
              properties: {
                available: { const: true },
                sha256: { $ref: '#/definitions/sha256' },
                identical: { type: 'boolean' },
                diff: { type: 'object', required: ['envelope', 'stats', 'counts', 'timings'] },
              },
            },
          ],
        },
        optOut: {
          anyOf: [
            { $ref: '#/definitions/unavailable' },
            {
              type: 'object',
              required: ['available', 'state'],
              properties: {
                available: { const: true },
                state: { type: 'object', required: ['databaseRead', 'wouldCollectNow'] },
              },
            },
          ],
        },
        basicMetrics: nullable({ type: 'object' }),
        window: nullable({ type: 'object', required: ['today', 'timezone', 'cutoff'] }),
      },
    },
  },
  definitions,
} as const;

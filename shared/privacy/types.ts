/**
 * What the privacy check of a payload finds. Plain data, so the same result is shown by the
 * Review view, printed in the HTML report and stored in the JSON evidence file.
 */
import type { ValueKind } from '../catalog/types.ts';

export type PrivacyStatus = 'pass' | 'needs-attention';

/**
 * - attention: the reviewer must look at it; any one of these makes the check 'needs-attention'
 * - info: explained for the record (identifiers, harmless unknown keys); the check can still pass
 */
export type FindingSeverity = 'attention' | 'info';

export const FINDING_RULES = [
  'kind-mismatch',
  'email',
  'url',
  'ip-address',
  'host-name',
  'uuid',
  'free-text',
  'unknown-key',
  'linking-identifier',
] as const;

export type FindingRule = (typeof FINDING_RULES)[number];

export interface PrivacyFinding {
  rule: FindingRule;
  severity: FindingSeverity;
  /** JSON path of what was found, e.g. `stats.applicationEnabledIdentityProviders[2].idp`. */
  path: string;
  /** The stat the path belongs to, so the UI and the report can link to its metric. */
  statKey: string | null;
  /** Whether the finding is about a value or about the name of a key. */
  subject: 'value' | 'key';
  /** The text or value found, shortened; shown so the reviewer can judge it. */
  excerpt: string;
  /** One or two sentences: what was found and why it matters. */
  message: string;
}

/** What a key's value can be, in the reviewer's terms (derived from the catalog's valueKind). */
export const VALUE_CLASSES = [
  'count',
  'configuration-number',
  'aggregate-number',
  'byte-size',
  'boolean',
  'version',
  'configuration-word',
  'list-of-counts',
  'setup-flags',
  'identifier',
  'instant',
  'duration',
  'stat-names',
  'unknown',
] as const;

export type ValueClass = (typeof VALUE_CLASSES)[number];

export interface KeyClassification {
  /** `stats.tenantNumber`, `instanceId`, `basicMetrics["metric.totalUsers"]`. */
  path: string;
  statKey: string | null;
  /** Whether the 1.69.2 catalog (or FusionAuth's envelope format) knows the key. */
  known: boolean;
  valueKind: ValueKind | null;
  valueClass: ValueClass;
  /** false when a kind-mismatch finding was raised for it. */
  fits: boolean;
}

/** Whether a statement FusionAuth makes about one plan applies to the inspected instance. */
export type Applies = 'yes' | 'no' | 'unknown';

export interface PlanStatement {
  plan: string;
  /** What FusionAuth's documentation says, in this tool's words. */
  statement: string;
  appliesHere: Applies;
}

/** A value that stays the same from send to send, so the vendor can line the sends up. */
export interface LinkingIdentifier {
  /** `instanceId` or `basicMetrics.licenseId`. */
  path: string;
  name: string;
  /** The value as it would be sent; null when it is not sent or not known here. */
  value: string | null;
  /**
   * - sent: sent, and `value` is what goes out
   * - not-sent: not sent by this instance (no license loaded)
   * - sent-value-unknown: sent, but its value was not among what was read
   * - unknown: whether it is sent could not be told
   */
  sending: 'sent' | 'not-sent' | 'sent-value-unknown' | 'unknown';
  /** Where it goes. */
  sentTo: string;
  explanation: string;
}

export interface PrivacyCheck {
  status: PrivacyStatus;
  /** Why the status is what it is, one sentence each, most important first. */
  reasons: string[];
  /** Attention findings first, then informational ones, each group in document order. */
  findings: PrivacyFinding[];
  classifications: KeyClassification[];
  identifiers: LinkingIdentifier[];
  planStatements: PlanStatement[];
  /** How the check decides, for the report: what fails it and what is only noted. */
  rules: string[];
  /** Whether the instance holds a license, as far as the check could tell. */
  licensed: boolean | null;
  counts: { attention: number; info: number; keys: number };
}

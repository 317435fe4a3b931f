/**
 * The privacy check of one payload (issue #6): every key classified by what its value can be,
 * every value checked against its declared kind, every string scanned for personal or
 * identifying data, unknown keys listed, and the identifiers that link sends explained.
 *
 * A pure function of its arguments, with no Node APIs, so the Review view can run it in the
 * renderer on any payload: this run, the last sent one, a queued row, or a file.
 */
import type { BasicMetricsPayload, UsagePayload } from '../payload/types.ts';
import { checkBasicMetrics } from './check-basic-metrics.ts';
import type { CheckContext } from './check-context.ts';
import { checkEnvelope, instanceIdOf } from './check-envelope.ts';
import { CHECK_RULES, statusReasons } from './check-reasons.ts';
import { checkStats, checkTimings } from './check-stats.ts';
import { FindingList } from './finding-list.ts';
import { isRecord } from './kind-fit.ts';
import { inferLicensed, linkingIdentifiers, planStatements } from './linking-identifiers.ts';
import type { LinkingIdentifier, PrivacyCheck } from './types.ts';

export interface CheckOptions {
  /** The basic-metrics post of the same instance, when known; its license id is explained. */
  basicMetrics?: BasicMetricsPayload | null;
  /** Whether the instance holds a license (instance.license_id), when the database was read. */
  licensed?: boolean | null;
}

export function checkPayload(payload: UsagePayload, options: CheckOptions = {}): PrivacyCheck {
  const basicMetrics = options.basicMetrics ?? null;
  const context: CheckContext = {
    findings: new FindingList(),
    classifications: [],
    instanceId: instanceIdOf(payload),
  };

  const record: Record<string, unknown> = isRecord(payload) ? payload : {};
  checkEnvelope(record, context);
  checkStats(record['stats'], context);
  checkTimings(record['timings'], context);
  if (basicMetrics !== null) {
    checkBasicMetrics(basicMetrics, context);
  }

  const licensed = inferLicensed(payload, basicMetrics, options.licensed);
  const identifiers = linkingIdentifiers(payload, basicMetrics, licensed);
  for (const identifier of identifiers) {
    noteIdentifier(identifier, context);
  }

  const findings = context.findings.sorted();
  const attention = findings.filter((finding) => finding.severity === 'attention').length;

  return {
    status: attention === 0 ? 'pass' : 'needs-attention',
    reasons: statusReasons(findings),
    findings,
    classifications: context.classifications,
    identifiers,
    planStatements: planStatements(licensed),
    rules: [...CHECK_RULES],
    licensed,
    counts: {
      attention,
      info: findings.length - attention,
      keys: context.classifications.length,
    },
  };
}

/** An identifier that is sent is an informational finding, so it shows next to the others. */
function noteIdentifier(identifier: LinkingIdentifier, context: CheckContext): void {
  if (identifier.sending !== 'sent' || identifier.value === null) {
    return;
  }

  context.findings.add({
    rule: 'linking-identifier',
    severity: 'info',
    path: identifier.path,
    statKey: null,
    subject: 'value',
    excerpt: identifier.value,
    message:
      `${identifier.name}: the same value in every send, so FusionAuth can link this ` +
      `instance's sends over time (sent to ${identifier.sentTo}).`,
  });
}

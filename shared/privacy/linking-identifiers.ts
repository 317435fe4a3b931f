/**
 * The values that let FusionAuth line up one instance's sends over time, and what FusionAuth's
 * own documentation says about tying them to an identity per plan (fusionauth.md §1.8, §4.2;
 * collector.md §3.2, §4). These are explained, not failed: every genuine payload has them.
 */
import type { BasicMetricsPayload, UsagePayload } from '../payload/types.ts';
import type { Applies, LinkingIdentifier, PlanStatement } from './types.ts';

export function linkingIdentifiers(
  payload: UsagePayload,
  basicMetrics: BasicMetricsPayload | null,
  licensed: boolean | null,
): LinkingIdentifier[] {
  const instanceId = typeof payload.instanceId === 'string' ? payload.instanceId : null;

  return [
    {
      path: 'instanceId',
      name: 'Instance id',
      value: instanceId,
      sending: instanceId === null ? 'unknown' : 'sent',
      sentTo:
        'usage-stats.fusionauth.io (every usage payload) and metrics.fusionauth.io ' +
        '(in the address /api/metric/{instanceId})',
      explanation:
        'The id of the instance row in the database. It never changes while the instance ' +
        'exists, so every usage payload and every basic-metrics post carries the same value: ' +
        'it names no person or company by itself, but it lets FusionAuth put all sends from ' +
        'this instance side by side, and join the usage data with the basic metrics.',
    },
    {
      path: 'basicMetrics.licenseId',
      name: 'License id',
      value: basicMetrics?.licenseId ?? null,
      sending: licenseSending(basicMetrics, licensed),
      sentTo: 'metrics.fusionauth.io (form field licenseId of the basic metrics)',
      explanation: licenseExplanation(basicMetrics, licensed),
    },
  ];
}

function licenseSending(
  basicMetrics: BasicMetricsPayload | null,
  licensed: boolean | null,
): LinkingIdentifier['sending'] {
  if (basicMetrics?.licenseId !== undefined) {
    return 'sent';
  }
  if (licensed === null) {
    return 'unknown';
  }

  return licensed ? 'sent-value-unknown' : 'not-sent';
}

function licenseExplanation(basicMetrics: BasicMetricsPayload | null, licensed: boolean | null) {
  const what =
    'A license id belongs to a FusionAuth customer account. It is not part of the usage ' +
    'payload; it is sent with the basic metrics, which the usage-data setting does not ' +
    'stop, and only while a license is loaded. Sent with the instance id, it ties this ' +
    "instance's sends to the account that holds the license.";
  if (basicMetrics?.licenseId !== undefined) {
    return `${what} This instance has a license loaded, so it is sent.`;
  }
  if (licensed === false) {
    return `${what} This instance has no license, so it is not sent.`;
  }
  if (licensed === true) {
    return (
      `${what} This instance has a license, so its id is sent with the metrics; the id ` +
      'itself was not among what was read (it is in instance.license_id).'
    );
  }

  return `${what} Whether this instance has a license could not be told from what was read.`;
}

/** What FusionAuth says about each plan, and whether it applies to this instance. */
export function planStatements(licensed: boolean | null): PlanStatement[] {
  const ifLicensed = (yes: boolean): Applies =>
    licensed === null ? 'unknown' : licensed === yes ? 'yes' : 'no';

  return [
    {
      plan: 'Community (no license)',
      statement:
        'With usage data switched on, the data is collected but not tied to an identity. ' +
        'The instance id still links the sends of one instance to each other.',
      appliesHere: ifLicensed(false),
    },
    {
      plan: 'Licensed Community (FusionAuth 1.52.0 and later)',
      statement: 'The usage data is tied to the customer account through the instance id.',
      // Which licensed plan an instance has is in its license, which cannot be read offline.
      appliesHere: licensed === false ? 'no' : 'unknown',
    },
    {
      plan: 'Paid plans',
      statement:
        'The license agreement requires the high-level metrics to be allowed unless the ' +
        'license is air-gapped. The 1.55.0 documentation said usage data of these plans is ' +
        'tied to the account through the instance id; the current page no longer has a ' +
        'separate statement for them.',
      appliesHere: licensed === false ? 'no' : 'unknown',
    },
    {
      plan: 'FusionAuth Cloud',
      statement: 'Usage data is always shared; it cannot be switched off.',
      appliesHere: 'unknown',
    },
  ];
}

/**
 * Licensed or not, from the best source available: what the caller read from the database,
 * else the license id in the basic metrics, else the license stats (sent only with a license).
 */
export function inferLicensed(
  payload: UsagePayload,
  basicMetrics: BasicMetricsPayload | null,
  known: boolean | null | undefined,
): boolean | null {
  if (known === true || known === false) {
    return known;
  }
  if (basicMetrics !== null) {
    return basicMetrics.licenseId !== undefined;
  }

  const stats = payload.stats as Record<string, unknown>;
  const licenseStats = ['instanceCompanyPlan', 'instanceLicenseType'];

  return licenseStats.some((key) => Object.hasOwn(stats, key)) ? true : null;
}

/**
 * The privacy check with everything the report knows: the basic metrics the collector
 * computed (for the license id) and whether the database says the instance is licensed.
 */
import type { CollectionReport } from '../collection/types.ts';
import type { OptOutState } from '../optout/types.ts';
import type { UsagePayload } from '../payload/types.ts';
import { checkPayload } from '../privacy/check-payload.ts';
import type { PrivacyCheck } from '../privacy/types.ts';

export function checkReportPayload(
  payload: UsagePayload,
  collection: CollectionReport | null,
  optOut: OptOutState | null,
): PrivacyCheck {
  const licensed = collection?.database.licensed ?? optOut?.license.licensed ?? null;

  return checkPayload(payload, { basicMetrics: collection?.basicMetrics ?? null, licensed });
}

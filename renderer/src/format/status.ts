/**
 * How each stat status is named and explained in the UI.
 */
import type { StatStatus } from '../../../shared/collection/types.ts';

export const STATUS_ORDER: readonly StatStatus[] = [
  'ok',
  'failed',
  'not-applicable',
  'unknown-offline',
  'not-requested',
];

export const STATUS_LABELS: Record<StatStatus, string> = {
  ok: 'Computed',
  failed: 'Failed',
  'not-applicable': 'Not applicable',
  'unknown-offline': 'Unknown offline',
  'not-requested': 'Not requested',
};

export const STATUS_MEANINGS: Record<StatStatus, string> = {
  ok: 'Computed from this database or its configuration.',
  failed: 'The query raised an error; FusionAuth would list this stat in failedStats.',
  'not-applicable': 'This FusionAuth version has no table or column the stat needs.',
  'unknown-offline': 'Only the running FusionAuth knows this value.',
  'not-requested': "FusionAuth's stat list does not ask for this stat, so it is not sent.",
};

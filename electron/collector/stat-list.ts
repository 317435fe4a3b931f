/**
 * FusionAuth's remote switch: the list of stat names in `current_usage_stats`, which the
 * collector follows name by name (collector.md §1 step 4).
 */
import { isKnownMetric } from '../../shared/catalog/index.ts';
import type { StatListFacts } from '../../shared/collection/types.ts';
import type { SqlSession } from '../db/session.ts';
import type { SchemaInfo } from './schema-probe.ts';

const DAY_MS = 86_400_000;

interface StatListRow {
  stats: string | null;
  last_checked_instant: string | number | null;
  last_modified_instant: string | number | null;
}

export async function readStatList(
  session: SqlSession,
  schema: SchemaInfo,
  now: number,
): Promise<StatListFacts> {
  if (!schema.hasTable('current_usage_stats')) {
    return absentList(
      'FusionAuth would collect nothing right now: this version has no current_usage_stats ' +
        'table (usage data collection arrived after FusionAuth 1.51).',
    );
  }

  const { rows } = await session.query<StatListRow>(
    'SELECT stats, last_checked_instant, last_modified_instant FROM current_usage_stats',
  );
  const row = rows[0];
  if (row === undefined) {
    return absentList(
      'FusionAuth would collect nothing right now: current_usage_stats is empty, so the ' +
        'stats server has never sent a list (or it was never reached).',
    );
  }

  const names = uniqueNames(row.stats ?? '');
  const lastChecked = toNumber(row.last_checked_instant);
  const fresh = lastChecked !== null && lastChecked >= now - DAY_MS;
  const unknownNames = names.filter((name) => !isKnownMetric(name));
  const checkedText =
    lastChecked === null ? 'never' : new Date(lastChecked).toISOString().replace('.000Z', 'Z');

  const verdict = fresh
    ? `FusionAuth would collect the ${names.length - unknownNames.length} known stats of its ` +
      `list (checked ${checkedText}).`
    : `FusionAuth would collect nothing right now: its stat list was last checked ` +
      `${checkedText}, more than a day ago, so the stats server has not been reached since.`;

  return {
    present: true,
    names,
    lastCheckedInstant: lastChecked,
    lastModifiedInstant: toNumber(row.last_modified_instant),
    fresh,
    unknownNames,
    verdict,
  };
}

function absentList(verdict: string): StatListFacts {
  return {
    present: false,
    names: [],
    lastCheckedInstant: null,
    lastModifiedInstant: null,
    fresh: false,
    unknownNames: [],
    verdict,
  };
}

/** FusionAuth splits on commas and goes in order; a repeated name is only collected once. */
function uniqueNames(text: string): string[] {
  return [...new Set(text.split(',').filter((name) => name !== ''))];
}

function toNumber(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

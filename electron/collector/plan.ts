/**
 * Which stats to compute and in what order: FusionAuth's remote list by default (that is what
 * it would send), or every known stat with --all.
 */
import { catalog, findMetric } from '../../shared/catalog/index.ts';
import type { MetricDefinition } from '../../shared/catalog/types.ts';
import type { StatListFacts } from '../../shared/collection/types.ts';

export interface PlannedStat {
  metric: MetricDefinition;
  /** true: compute it; false: report it as not requested. */
  collect: boolean;
  requested: boolean;
  listPosition: number | null;
}

export function planCollection(list: StatListFacts, all: boolean): PlannedStat[] {
  const positions = new Map(list.names.map((name, index) => [name, index]));
  // Without a list FusionAuth collects nothing; the inspector then shows everything it could.
  const collectEverything = all || !list.present;

  const listed: PlannedStat[] = [];
  for (const name of list.names) {
    const metric = findMetric(name);
    if (metric !== undefined) {
      listed.push({ metric, collect: true, requested: true, listPosition: positions.get(name)! });
    }
  }

  const unlisted: PlannedStat[] = catalog
    .filter((metric) => !positions.has(metric.key))
    .map((metric) => ({
      metric,
      collect: collectEverything,
      requested: false,
      listPosition: null,
    }));

  return [...listed, ...unlisted];
}

/**
 * Benchmark: how long a full collection (--all) takes on the embedded demo and, when a server
 * is available, on a PostgreSQL database. Prints figures; asserts nothing.
 *
 *   npm run bench                 # demo only, or demo + server
 *   BENCH_DB_URL=postgres://... npm run bench
 */
import { performance } from 'node:perf_hooks';

import { collect } from '../../electron/collector/collect.ts';
import type { DatabaseTarget } from '../../electron/db/target.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);

async function bench(label: string, target: DatabaseTarget): Promise<void> {
  const totals: number[] = [];
  const queries: number[] = [];
  let slowest: { key: string; ms: number }[] = [];

  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    const report = await collect(target, { all: true });
    totals.push(performance.now() - started);
    queries.push(report.totalQueryMs);
    slowest = report.results
      .filter((result) => result.preciseMs !== null)
      .map((result) => ({ key: result.key, ms: result.preciseMs ?? 0 }))
      .sort((left, right) => right.ms - left.ms)
      .slice(0, 5);
  }

  const median = (values: number[]): number =>
    [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? 0;

  console.log(`${label}: ${ROUNDS} rounds of collect --all`);
  console.log(`  wall time incl. connect  median ${median(totals).toFixed(1)} ms`);
  console.log(`  sum of stat queries      median ${median(queries).toFixed(1)} ms`);
  console.log(
    `  slowest stats (last round): ${slowest.map((s) => `${s.key} ${s.ms.toFixed(2)} ms`).join(', ')}`,
  );
}

await bench('embedded demo (PGlite)', { kind: 'demo' });

const url = process.env['BENCH_DB_URL'];
if (url !== undefined) {
  await bench(`PostgreSQL ${url.replace(/:[^:@/]*@/, ':***@')}`, { kind: 'url', url });
} else {
  console.log('Set BENCH_DB_URL=postgres://... to also measure a PostgreSQL server.');
}

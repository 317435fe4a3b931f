/**
 * What the handlers need from a database: a connection check and a collection. Kept behind
 * an interface so handler tests can run without a server; the real one is below.
 */
import { performance } from 'node:perf_hooks';

import type { CollectionReport } from '../../shared/collection/types.ts';
import type { ConnectionCheck } from '../../shared/ipc/channels/connection.ts';
import { collect, type CollectOptions } from '../collector/collect.ts';
import { readInstanceFacts, readServerVersion } from '../collector/facts.ts';
import { probeSchema, requireFusionAuth } from '../collector/schema-probe.ts';
import { readFromTarget } from '../db/read-only.ts';
import type { DatabaseTarget } from '../db/target.ts';

export interface DatabaseAccess {
  check(target: DatabaseTarget): Promise<ConnectionCheck>;
  collect(target: DatabaseTarget, options: CollectOptions): Promise<CollectionReport>;
}

export const realDatabaseAccess: DatabaseAccess = {
  async check(target) {
    const started = performance.now();

    return readFromTarget(target, async (session) => {
      const schema = await probeSchema(session);
      const fusionAuthVersion = await requireFusionAuth(session, schema);
      const serverVersion = await readServerVersion(session);
      const instance = await readInstanceFacts(session, schema);

      return {
        location: session.location,
        fusionAuthVersion,
        serverVersion,
        instanceId: instance.instanceId,
        elapsedMs: Math.round(performance.now() - started),
      };
    });
  },
  collect,
};

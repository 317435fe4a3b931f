/**
 * The usage_stats reading that comparisons use, one per database. The History view lists a
 * reading and the Diff view resolves "last sent" or a row against that same reading, so a row
 * picked from the list is the row compared, even where the table changed since (FusionAuth
 * sent a queued row) or where each opening gives new instants (the demo is rebuilt relative to
 * now every time it is opened). Reading again happens only when the reviewer asks.
 */
import { createHash } from 'node:crypto';

import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import type { DatabaseTarget } from '../../db/target.ts';
import { readUsageStats } from '../../usage-stats/read-usage-stats.ts';
import type { UsageStatsHistory } from '../../usage-stats/types.ts';

export interface UsageStatsReading {
  history: UsageStatsHistory;
  readAt: Date;
}

/** A few databases per session at most; the oldest reading is forgotten first. */
const KEPT_READINGS = 8;

export class UsageStatsReadings {
  readonly #readings = new Map<string, Promise<UsageStatsReading>>();
  readonly #read: (target: DatabaseTarget) => Promise<UsageStatsHistory>;

  /** `read` is replaceable so tests need no database. */
  constructor(read: (target: DatabaseTarget) => Promise<UsageStatsHistory> = readUsageStats) {
    this.#read = read;
  }

  /**
   * The kept reading of the database the renderer named (`named`, opened as `database`), or
   * a new one. Concurrent callers share one read; a read that fails is not kept, so the next
   * call tries again.
   */
  get(
    named: ConnectionTarget,
    database: DatabaseTarget,
    options: { reread?: boolean } = {},
  ): Promise<UsageStatsReading> {
    // Hashed, so a password typed into the target is not kept as a map key.
    const key = createHash('sha256').update(JSON.stringify(named)).digest('hex');
    const kept = this.#readings.get(key);
    if (kept !== undefined && options.reread !== true) {
      return kept;
    }

    const reading = this.#read(database).then((history) => ({ history, readAt: new Date() }));
    this.#readings.delete(key);
    this.#readings.set(key, reading);
    reading.catch(() => {
      if (this.#readings.get(key) === reading) {
        this.#readings.delete(key);
      }
    });
    for (const oldest of this.#readings.keys()) {
      if (this.#readings.size <= KEPT_READINGS) {
        break;
      }
      this.#readings.delete(oldest);
    }

    return reading;
  }
}

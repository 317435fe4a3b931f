/**
 * The 7-day "logged into recently" window, computed as FusionAuth does: today's epoch day in
 * the JVM's time zone, minus 7 (collector.md §0.1).
 */
import { InspectorError } from '../../shared/errors.ts';
import type { CollectionWindow } from '../../shared/collection/types.ts';

const DAY_MS = 86_400_000;

export interface WindowOptions {
  /** YYYY-MM-DD, the local date in `timezone`; default: the date of `now` there. */
  today?: string;
  /** IANA zone FusionAuth's JVM runs in; default UTC (as in FusionAuth's Docker images). */
  timezone?: string;
  now: Date;
}

export function computeWindow(options: WindowOptions): CollectionWindow {
  const timezone = options.timezone ?? 'UTC';
  assertTimeZone(timezone);

  const today = options.today ?? localDate(options.now, timezone);
  const epochDay = epochDayOf(today);

  return { today, timezone, cutoff: epochDay - 7 };
}

/** Epoch day of a YYYY-MM-DD date: what FusionAuth's integer division of local ms yields. */
export function epochDayOf(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) {
    throw new InspectorError('usage', `--today must be a date as YYYY-MM-DD (got "${date}").`);
  }

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const millis = Date.UTC(year, month - 1, day);
  const roundTrip = new Date(millis);
  if (roundTrip.getUTCMonth() !== month - 1 || roundTrip.getUTCDate() !== day) {
    throw new InspectorError('usage', `--today ${date} is not a real calendar date.`);
  }

  return millis / DAY_MS;
}

/** The local calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function localDate(instant: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';

  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function assertTimeZone(timezone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw new InspectorError(
      'usage',
      `Unknown time zone "${timezone}". Use an IANA name such as UTC or America/Denver.`,
    );
  }
}

/** The instant at which the given local date ends (next local midnight), in epoch ms. */
export function endOfLocalDay(date: string, timezone: string): number {
  // Local midnight written as if it were UTC, corrected by the zone's offset; the second
  // correction settles the rare day on which the offset changes.
  const localMidnight = (epochDayOf(date) + 1) * DAY_MS;
  const firstGuess = localMidnight - offsetMs(new Date(localMidnight), timezone);

  return localMidnight - offsetMs(new Date(firstGuess), timezone);
}

function offsetMs(instant: Date, timezone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const value = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );

  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

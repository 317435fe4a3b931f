import assert from 'node:assert/strict';
import { test } from 'node:test';

import { computeWindow, endOfLocalDay, epochDayOf } from '../../electron/collector/window.ts';
import { InspectorError } from '../../shared/errors.ts';

test('the cutoff is the epoch day of today minus 7', () => {
  assert.equal(epochDayOf('1970-01-01'), 0);
  assert.equal(epochDayOf('2025-10-09'), 20370);
  assert.equal(computeWindow({ today: '2025-10-16', now: new Date() }).cutoff, 20370);
});

test('today defaults to the date of now in the given zone', () => {
  // 03:00 UTC on the 10th is still the 9th in Denver (UTC-6 in October).
  const now = new Date('2025-10-10T03:00:00Z');

  assert.equal(computeWindow({ now }).today, '2025-10-10');
  assert.equal(computeWindow({ now, timezone: 'America/Denver' }).today, '2025-10-09');
  assert.equal(computeWindow({ now, timezone: 'America/Denver' }).cutoff, 20370 - 7);
});

test('bad dates and zones are usage errors', () => {
  for (const today of ['2025-13-01', '2025-02-30', '16/10/2025', '']) {
    assert.throws(
      () => computeWindow({ today, now: new Date() }),
      (error: unknown) => error instanceof InspectorError && error.code === 'usage',
      today,
    );
  }
  assert.throws(
    () => computeWindow({ timezone: 'Mars/Olympus', now: new Date() }),
    /Unknown time zone "Mars\/Olympus"/,
  );
});

test('the end of a local day is the next local midnight', () => {
  assert.equal(endOfLocalDay('2025-10-16', 'UTC'), Date.parse('2025-10-17T00:00:00Z'));
  assert.equal(endOfLocalDay('2025-10-16', 'America/Denver'), Date.parse('2025-10-17T06:00:00Z'));
});

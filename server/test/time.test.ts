import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startOfStockholmDay } from '../src/time.js';

describe('startOfStockholmDay', () => {
  test('midnight in Stockholm, in winter, in summer and on both days the clocks change', () => {
    assert.equal(startOfStockholmDay('2026-11-25').toISOString(), '2026-11-24T23:00:00.000Z');
    assert.equal(startOfStockholmDay('2027-06-01').toISOString(), '2027-05-31T22:00:00.000Z');
    // 28 March 2027: clocks go forward at 02:00, after midnight; 31 October 2027: back at 03:00.
    assert.equal(startOfStockholmDay('2027-03-28').toISOString(), '2027-03-27T23:00:00.000Z');
    assert.equal(startOfStockholmDay('2027-03-29').toISOString(), '2027-03-28T22:00:00.000Z');
    assert.equal(startOfStockholmDay('2027-10-31').toISOString(), '2027-10-30T22:00:00.000Z');
    assert.equal(startOfStockholmDay('2027-11-01').toISOString(), '2027-10-31T23:00:00.000Z');
  });

  test('a remembered day comes back as a new Date each time, so a caller changing it changes nothing else', () => {
    const first = startOfStockholmDay('2026-12-24');
    first.setUTCFullYear(1999);
    assert.equal(startOfStockholmDay('2026-12-24').toISOString(), '2026-12-23T23:00:00.000Z');
  });

  test('stays right after more distinct days than it remembers', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 1500; i++) {
      const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      const begins = startOfStockholmDay(day).getTime();
      // Stockholm is one or two hours ahead of UTC.
      const ahead = Date.parse(`${day}T00:00:00Z`) - begins;
      assert.ok(ahead === 3_600_000 || ahead === 7_200_000, `${day}: ${ahead}`);
    }
  });
});

import { expect } from '@open-wc/testing';
import { addDays, addMonths, groupByDay, monthWeeks, weekday } from '../../src/walk-calendar/calendar-days.js';
import { stockholmDay } from '../../src/walk-calendar/stockholm-day.js';

describe('calendar days', () => {
  it('reads the day in Swedish time, not the UTC day', () => {
    expect(stockholmDay('2027-03-27T23:30:00Z'), 'past midnight in Stockholm (winter time)').to.equal('2027-03-28');
    expect(stockholmDay('2027-06-30T22:30:00Z'), 'past midnight in Stockholm (summer time)').to.equal('2027-07-01');
    expect(stockholmDay('2027-10-31T22:59:00Z')).to.equal('2027-10-31');
  });

  it('counts days and weeks across month ends, leap days and both clock changes', () => {
    expect(addDays('2027-03-27', 2)).to.equal('2027-03-29');
    expect(addDays('2027-10-31', 1)).to.equal('2027-11-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2027-01-01', -1)).to.equal('2026-12-31');
    expect(weekday('2027-03-28'), 'a Sunday').to.equal(6);
    expect(weekday('2027-03-29'), 'a Monday').to.equal(0);
  });

  it('moves by months to the same day, or the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).to.equal('2027-02-28');
    expect(addMonths('2027-03-15', -3)).to.equal('2026-12-15');
    expect(addMonths('2027-12-10', 1)).to.equal('2028-01-10');
  });

  it('lays out a month in Monday-to-Sunday weeks', () => {
    const february = monthWeeks('2027-02-16');
    expect(february).to.have.length(4, 'February 2027 starts on a Monday and has 28 days');
    expect(february[0]![0]).to.equal('2027-02-01');
    expect(february[3]![6]).to.equal('2027-02-28');
    const march = monthWeeks('2027-03-01');
    expect(march[0]!.slice(0, 1)).to.deep.equal(['2027-03-01']);
    expect(march.flat().filter(Boolean)).to.have.length(31);
    const august = monthWeeks('2027-08-01');
    expect(august[0]!.indexOf('2027-08-01'), '1 August 2027 is a Sunday').to.equal(6);
    expect(august[0]!.slice(0, 6).every((day) => day === null)).to.equal(true);
  });

  it('groups items by their Swedish day, keeping their order', () => {
    const days = groupByDay([
      { startsAt: '2027-03-28T12:00:00Z', id: 'a' },
      { startsAt: '2027-03-27T23:30:00Z', id: 'b' },
      { startsAt: '2027-03-29T08:00:00Z', id: 'c' },
    ]);
    expect(days.get('2027-03-28')!.map((item) => item.id)).to.deep.equal(['a', 'b']);
    expect(days.get('2027-03-29')!.map((item) => item.id)).to.deep.equal(['c']);
  });
});

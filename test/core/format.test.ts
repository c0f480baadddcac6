import { expect } from '@open-wc/testing';
import { formatDateTime, formatNumber, formatPlainDate, pluralCategory } from '../../src/core/format.js';

describe('format', () => {
  it('shows times in Swedish time on both sides of the daylight-saving changes', () => {
    const time = { hour: '2-digit', minute: '2-digit' } as const;
    expect(formatDateTime('sv', '2027-03-28T00:30:00Z', time)).to.equal('01:30'); // CET, before the spring change
    expect(formatDateTime('sv', '2027-03-28T12:00:00Z', time)).to.equal('14:00'); // CEST
    expect(formatDateTime('sv', '2027-10-31T00:30:00Z', time)).to.equal('02:30'); // CEST, before the autumn change
    expect(formatDateTime('sv', '2027-10-31T16:00:00Z', time)).to.equal('17:00'); // CET
  });

  it('keeps each language and options apart in its cache', () => {
    const date = { weekday: 'long', day: 'numeric', month: 'long' } as const;
    expect(formatDateTime('sv', '2027-02-16T17:00:00Z', date)).to.equal('tisdag 16 februari');
    expect(formatDateTime('en-GB', '2027-02-16T17:00:00Z', date)).to.equal('Tuesday 16 February');
    expect(formatDateTime('sv', '2027-02-16T17:00:00Z', { month: 'long' })).to.equal('februari');
  });

  it('formats a plain date as that very day', () => {
    expect(formatPlainDate('sv', '2027-03-31')).to.equal('31 mars 2027');
    expect(formatPlainDate('en-GB', '2027-01-01', { dateStyle: 'medium' })).to.equal('1 Jan 2027');
  });

  it('formats numbers and chooses plural forms by language', () => {
    expect(formatNumber('sv', 1234.5)).to.equal('1\u00a0234,5');
    expect(formatNumber('en', 1234.5)).to.equal('1,234.5');
    expect(formatNumber('sv', 0.75, { style: 'percent' })).to.equal('75\u00a0%');
    expect(pluralCategory('sv', 1)).to.equal('one');
    expect(pluralCategory('sv', 3)).to.equal('other');
    expect(pluralCategory('en', 0)).to.equal('other');
  });
});

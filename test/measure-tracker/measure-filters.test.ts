import { expect } from '@open-wc/testing';
import { filterFragment, filterState, foldForSearch, parseFilterFragment, searchTerms, type MeasureFilterState } from '../../src/measure-tracker/measure-filters.js';
import { applyFilters, indexMeasures, isLate, swedishToday } from '../../src/measure-tracker/measure-index.js';
import { backbyConcern, measure, sandviken, today } from './fixtures.js';

const ids = (state: Partial<MeasureFilterState>, items = [...sandviken(), backbyConcern()]) =>
  applyFilters(indexMeasures(items, 'sv'), { status: [], sort: 'updated', ...state }).shown.map((shown) => shown.id);

describe('measure filters', () => {
  describe('the URL fragment', () => {
    it('round-trips every filter, with status repeated', () => {
      const state: MeasureFilterState = {
        status: ['planned', 'in_progress'],
        area: 'Sandviken',
        walk: '2',
        responsible: 'gatuavdelningen',
        q: 'gång & tunnel #2?',
        sort: 'place',
      };
      const fragment = filterFragment(state);
      expect(fragment).to.equal(
        '#trygg-measures?walk=2&status=planned&status=in_progress&area=Sandviken&responsible=gatuavdelningen&q=g%C3%A5ng+%26+tunnel+%232%3F&sort=place',
      );
      expect(parseFilterFragment(fragment)).to.deep.equal(state);
    });

    it('leaves out empty values and the default sort', () => {
      expect(filterFragment({ status: [], sort: 'updated' })).to.equal('#trygg-measures');
      expect(filterFragment({ status: ['done'], q: '', sort: 'updated' })).to.equal('#trygg-measures?status=done');
      expect(parseFilterFragment('#trygg-measures')).to.deep.equal({ status: [], sort: 'updated' });
    });

    it('ignores fragments that are not ours, and values it does not know', () => {
      expect(parseFilterFragment('')).to.equal(null);
      expect(parseFilterFragment('#privacy')).to.equal(null);
      expect(parseFilterFragment('#trygg-measures-other?walk=2')).to.equal(null);
      expect(parseFilterFragment('#trygg-measures?status=lost&status=done&sort=random&area=%20%20&walk=7')).to.deep.equal({
        status: ['done'],
        sort: 'updated',
        walk: '7',
      });
    });

    it('reads attribute values separated by spaces or commas through the same rules', () => {
      expect(filterState('planned, done  nonsense'.split(/[\s,]+/), { area: ' Bäckby ' })).to.deep.equal({
        status: ['planned', 'done'],
        sort: 'updated',
        area: 'Bäckby',
      });
    });
  });

  describe('search', () => {
    it('ignores case and accents, but keeps å, ä and ö as letters of their own', () => {
      expect(foldForSearch('CAFÉ Ångström Crème')).to.equal('cafe ångström creme');
      expect(foldForSearch('Ä Ö Å')).to.equal('ä ö å');
      // A decomposed é (e + combining accent) folds like a composed one.
      expect(foldForSearch('Cafe\u0301')).to.equal('cafe');
      expect(searchTerms('  Gång   TUNNEL ')).to.deep.equal(['gång', 'tunnel']);
    });

    it('finds measures by title and place, every word, whatever the case', () => {
      expect(ids({ q: 'GÅNG' })).to.have.members(['light', 'bushes']);
      expect(ids({ q: 'torg fredag' })).to.deep.equal(['adults']);
      expect(ids({ q: 'sandviks torg' })).to.have.members(['adults', 'cameras']);
    });

    it('does not let a plain a find å, ä or ö, while e finds é', () => {
      const items = [measure({ id: 'cafe', title: 'Belysning vid kaféet', place: 'Ågatan' })];
      expect(ids({ q: 'kafe' }, items)).to.deep.equal(['cafe']);
      expect(ids({ q: 'agatan' }, items)).to.deep.equal([]);
      expect(ids({ q: 'ågatan' }, items)).to.deep.equal(['cafe']);
    });

    it('does not search other fields than title and place', () => {
      expect(ids({ q: 'Gatuförvaltningen' })).to.deep.equal([]);
      expect(ids({ q: 'mörk' })).to.deep.equal([]);
    });
  });

  describe('filtering and sorting', () => {
    it('combines status, area, walk and responsible party', () => {
      expect(ids({ status: ['done'] })).to.deep.equal(['light', 'park-lamps']);
      expect(ids({ status: ['done', 'declined'], area: 'Sandviken' })).to.deep.equal(['light', 'cameras']);
      expect(ids({ walk: '2', responsible: 'park-och-natur' })).to.deep.equal(['bushes']);
      expect(ids({ area: 'Bäckby' })).to.deep.equal(['park-lamps']);
      expect(ids({ walk: '2', area: 'Bäckby' })).to.deep.equal([]);
    });

    it('sorts by latest change, by target date (none last) or by place in Swedish order', () => {
      expect(ids({})).to.deep.equal(['light', 'adults', 'bushes', 'cameras', 'shelter', 'entrances', 'park-lamps']);
      expect(ids({ sort: 'target' })).to.deep.equal(['entrances', 'bushes', 'light', 'shelter', 'adults', 'cameras', 'park-lamps']);
      const places = [measure({ id: 'o', place: 'Östra torget' }), measure({ id: 'z', place: 'Zorngatan' }), measure({ id: 'a', place: 'Ängen' })];
      expect(ids({ sort: 'place' }, places)).to.deep.equal(['z', 'a', 'o']);
    });

    it('summarises the chosen walk and area, whatever the status, party and search', () => {
      const index = indexMeasures([...sandviken(), backbyConcern()], 'sv');
      const { summary } = applyFilters(index, { status: ['done'], area: 'Sandviken', q: 'belysning', sort: 'updated' });
      expect(summary).to.deep.equal({
        remarks: 13,
        measures: 6,
        byStatus: { received: 1, planned: 1, in_progress: 1, done: 1, forwarded: 1, declined: 1 },
      });
    });

    it('offers each area, walk and responsible party once, in alphabetical order', () => {
      const index = indexMeasures([...sandviken(), backbyConcern()], 'sv');
      expect(index.areas.map(([value]) => value)).to.deep.equal(['Bäckby', 'Sandviken']);
      expect(index.walks).to.deep.equal([['2', 'Trygghetsvandring i Sandviken']]);
      expect(index.parties.map(([, label]) => label)).to.deep.equal(['Bostadsbolaget Hemgården', 'Gatuförvaltningen', 'Park och natur']);
    });
  });

  describe('late targets', () => {
    it('is late when the target has passed and the measure is still open', () => {
      expect(isLate(measure({ status: 'in_progress', targetDate: '2026-11-24' }), today)).to.equal(true);
      expect(isLate(measure({ status: 'received', targetDate: '2026-01-01' }), today)).to.equal(true);
      expect(isLate(measure({ status: 'planned', targetDate: today }), today)).to.equal(false);
      expect(isLate(measure({ status: 'planned', targetDate: '2026-11-26' }), today)).to.equal(false);
      expect(isLate(measure({ status: 'planned' }), today)).to.equal(false);
    });

    it('is never late once done, declined or forwarded', () => {
      for (const status of ['done', 'declined', 'forwarded'] as const) {
        expect(isLate(measure({ status, targetDate: '2026-01-01' }), today), status).to.equal(false);
      }
    });

    it('counts days in Swedish time, wherever the reader is', () => {
      expect(swedishToday(Date.parse('2026-11-24T22:59:00Z'))).to.equal('2026-11-24');
      expect(swedishToday(Date.parse('2026-11-24T23:01:00Z'))).to.equal('2026-11-25');
      expect(swedishToday(Date.parse('2026-06-30T22:30:00Z'))).to.equal('2026-07-01');
    });
  });
});

import { expect } from '@open-wc/testing';
import { emptyDraft, limits, restoreDraft, type ConcernDraft } from '../../src/concern-form/concern-draft.js';
import { toConcernRequest } from '../../src/concern-form/concern-request.js';

const extra = { language: 'sv', website: '', fillMs: 5000 };
const draft = (overrides: Partial<ConcernDraft>): ConcernDraft => ({ ...emptyDraft(), ...overrides });

describe('the concern request', () => {
  it('uses the limits of the contract', async () => {
    const contract = await (await fetch(new URL('../../api/openapi.json', import.meta.url))).json();
    const schemas = contract.components.schemas;
    expect(limits).to.deep.equal({
      place: schemas.ConcernPlace.properties.description.maxLength,
      description: schemas.ConcernRequest.properties.description.maxLength,
      name: schemas.ConcernContact.properties.name.maxLength,
      area: schemas.ConcernPlace.properties.area.maxLength,
    });
  });

  it('sends contact details only with consent, and leaves out empty ones', () => {
    const contact = { followUp: 'yes', name: '', email: 'anna@exempel.se', phone: '' };
    expect(toConcernRequest(draft({ ...contact, consent: false }), extra)).not.to.have.property('contact');
    expect(toConcernRequest(draft({ ...contact, followUp: 'no', consent: true }), extra)).not.to.have.property('contact');
    expect(toConcernRequest(draft({ ...contact, consent: true }), extra).contact).to.deep.equal({ email: 'anna@exempel.se', consent: true });
  });

  it('puts the area of the page and the position into the place', () => {
    const place = toConcernRequest(draft({ place: 'Torget', location: { lat: 59.1, lng: 14.2 } }), { ...extra, area: 'Sandviken' }).place;
    expect(place).to.deep.equal({ description: 'Torget', area: 'Sandviken', location: { lat: 59.1, lng: 14.2 } });
    expect(toConcernRequest(draft({ place: 'Torget' }), { ...extra, area: undefined }).place).to.deep.equal({ description: 'Torget' });
  });

  it('sends times in a fixed order and only known ones', () => {
    const request = toConcernRequest(draft({ timeOfDay: ['night', 'dawn', 'day'], dayType: ['weekends', 'weekdays'] }), extra);
    expect(request.timeOfDay).to.deep.equal(['day', 'night']);
    expect(request.dayType).to.deep.equal(['weekdays', 'weekends']);
  });

  it('restores only values of the expected kind', () => {
    const restored = restoreDraft({ place: 'Torget', description: 7, timeOfDay: 'day', location: { lat: 59.1, lng: 14.2 }, followUp: ['yes'], extra: 1 });
    expect(restored).to.deep.equal(draft({ place: 'Torget', location: { lat: 59.1, lng: 14.2 } }));
    expect(restoreDraft({ location: [1, 2] }).location).to.equal(null);
    expect(restoreDraft(null)).to.deep.equal(emptyDraft());
  });
});

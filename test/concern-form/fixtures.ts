import type { ConcernCategory, ConcernReceipt, ResponsibleParty } from '../../src/core/api-types.js';

export const streets: ResponsibleParty = {
  id: 'gatuavdelningen',
  name: 'Gatuavdelningen',
  kind: 'municipal_department',
  url: 'https://kommun.example/gator-och-trafik',
};

export const parks: ResponsibleParty = { id: 'park-och-natur', name: 'Park och natur', kind: 'municipal_department' };

export function category(overrides: Partial<ConcernCategory> = {}): ConcernCategory {
  return {
    id: 'belysning',
    label: { sv: 'Trasig eller saknad belysning', en: 'Broken or missing street lighting' },
    guidance: { sv: 'Skriv vid vilken stolpe det är mörkt.', en: 'Tell us which lamp post is dark.' },
    responsibleParty: streets,
    callInstead: false,
    ...overrides,
  };
}

/** Three categories like the demo's: one for this form, one with Swedish text only, one "call instead". */
export const categories: ConcernCategory[] = [
  category(),
  category({
    id: 'vegetation',
    label: { sv: 'Buskar och träd som skymmer' },
    guidance: { sv: 'Beskriv var växtligheten skymmer sikten.' },
    responsibleParty: parks,
  }),
  category({
    id: 'akut-fara',
    label: { sv: 'Brott som pågår eller akut fara', en: 'A crime in progress or immediate danger' },
    guidance: { sv: 'Använd inte formuläret. Ring 112 direkt.', en: 'Do not use this form. Call 112 now.' },
    responsibleParty: { id: 'polisen', name: 'Polisen', kind: 'police', phone: '114 14' },
    callInstead: true,
    phone: '112',
  }),
];

export function receipt(overrides: Partial<ConcernReceipt> = {}): ConcernReceipt {
  return { reference: 'TRG-2026-00042', categoryId: 'belysning', responsibleParty: streets, createdAt: '2026-11-25T12:00:00Z', ...overrides };
}

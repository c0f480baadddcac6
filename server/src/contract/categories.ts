import { Type, type Static } from 'typebox';
import { component, LocalizedText, Phone, ref, ResponsibleParty } from './common.js';

export const CategoryId = Type.String({ pattern: '^[a-z0-9-]{1,64}$', description: 'Category slug.' });

export const ConcernCategory = component(
  'ConcernCategory',
  'A kind of unsafe place a resident can report, and who handles it.',
  {
    id: CategoryId,
    label: ref(LocalizedText),
    guidance: ref(LocalizedText),
    responsibleParty: ref(ResponsibleParty),
    callInstead: Type.Boolean({ description: 'Not for this form: the resident should call `phone` instead.' }),
    phone: Type.Optional(Phone),
  },
);

export const CategoryList = component('CategoryList', 'Concern categories in display order.', {
  items: Type.Array(ref(ConcernCategory)),
});

export type ConcernCategoryT = Static<typeof ConcernCategory>;

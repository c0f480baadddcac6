import { msg, str } from '@lit/localize';
import { describeFieldError } from '../core/error-messages.js';
import type { FormError } from '../core/form-errors.js';
import { formatNumber } from '../core/format.js';
import { characterCount, limits, type ConcernDraft } from './concern-draft.js';

/** What stops the draft from being sent, in the order of the form; checked on submit only. */
export function validateConcern(draft: ConcernDraft, labels: Record<'place' | 'name' | 'email' | 'phone', string>, locale: string): FormError[] {
  const errors: FormError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  const tooLong = (field: 'place' | 'name') => characterCount(draft[field]) > limits[field] && add(field, describeFieldError('too_long', labels[field]));
  if (!draft.categoryId) add('categoryId-0', msg('Välj vad du vill rapportera.', { id: 'concern.no-category' }));
  if (!draft.place.trim()) add('place', msg('Beskriv var platsen är.', { id: 'concern.no-place' }));
  tooLong('place');
  if (!draft.description.trim()) add('description', msg('Beskriv vad som gör platsen otrygg.', { id: 'concern.no-text' }));
  if (characterCount(draft.description) > limits.description) {
    const max = formatNumber(locale, limits.description);
    add('description', msg(str`Beskrivningen får vara högst ${max} tecken.`, { id: 'concern.too-long' }));
  }
  if (draft.followUp !== 'yes') return errors;
  tooLong('name');
  if (!draft.email.trim() && !draft.phone.trim()) {
    add('email', msg('Skriv e-post eller telefon, så att vi kan svara dig.', { id: 'concern.no-contact' }));
  } else {
    if (draft.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email)) add('email', describeFieldError('invalid_format', labels.email));
    if (draft.phone && !/^[0-9 +()-]{1,40}$/.test(draft.phone)) add('phone', describeFieldError('invalid_format', labels.phone));
  }
  if (!draft.consent) add('consent', describeFieldError('consent_required', ''));
  return errors;
}

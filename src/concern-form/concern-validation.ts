import { msg, str } from '@lit/localize';
import type { FieldError } from '../core/api-types.js';
import { describeFieldError } from '../core/error-messages.js';
import type { FormError } from '../core/form-errors.js';
import { formatNumber } from '../core/format.js';
import { characterCount, limits, type ConcernDraft } from './concern-draft.js';

/**
 * What stops the draft from being sent, in the order of the form; checked on submit only. `labels` are the visible
 * names of the fields, by field id.
 */
export function validateConcern(draft: ConcernDraft, labels: Record<string, string>, locale: string): FormError[] {
  const errors: FormError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  const fieldError = (field: string, code: FieldError['code']) => add(field, describeFieldError(code, labels[field]!));
  const tooLong = (field: 'place' | 'name') => characterCount(draft[field]) > limits[field] && fieldError(field, 'too_long');
  if (!draft.categoryId) add('categoryId-0', msg('Välj vad du vill rapportera.', { id: 'concern.no-category' }));
  if (!draft.place.trim()) add('place', msg('Beskriv var platsen är.', { id: 'concern.no-place' }));
  tooLong('place');
  if (!draft.description.trim()) add('description', msg('Beskriv vad som gör platsen otrygg.', { id: 'concern.no-text' }));
  if (characterCount(draft.description) > limits.description) {
    const max = formatNumber(locale, limits.description);
    add('description', msg(str`Beskrivningen får vara högst ${max} tecken.`, { id: 'concern.too-long' }));
  }
  if (draft.followUp === 'yes') {
    tooLong('name');
    if (!draft.email.trim() && !draft.phone.trim()) {
      add('email', msg('Skriv e-post eller telefon, så att vi kan svara dig.', { id: 'concern.no-contact' }));
    } else {
      if (draft.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email)) fieldError('email', 'invalid_format');
      if (draft.phone && !/^[0-9 +()-]{1,40}$/.test(draft.phone)) fieldError('phone', 'invalid_format');
    }
    if (!draft.consent) fieldError('consent', 'consent_required');
  }
  return errors;
}

import { msg, str } from '@lit/localize';
import { TryggApiError } from './api-error.js';
import type { FieldError } from './api-types.js';

/** What the resident reads when a request failed: plain words and what to do next, never a status code alone. */
export function describeError(error: unknown): string {
  const status = error instanceof TryggApiError ? error.status : null;
  if (error instanceof TryggApiError && (error.kind === 'network' || error.kind === 'timeout')) {
    return msg('Vi får inget svar från tjänsten just nu. Kontrollera din anslutning och försök igen.', { id: 'core.error.network' });
  }
  if (status === 404) return msg('Vi hittade inte det du sökte.', { id: 'core.error.not-found' });
  if (status === 429) {
    return msg('Du har skickat många förfrågningar på kort tid. Vänta en stund och försök igen.', { id: 'core.error.rate-limited' });
  }
  if (status !== null && status >= 400 && status < 500) {
    return msg('Tjänsten kunde inte ta emot uppgifterna. Kontrollera dem och försök igen.', { id: 'core.error.request' });
  }
  // Server errors, answers we cannot read, and anything unexpected.
  return msg('Något gick fel hos tjänsten. Försök igen om en stund, och kontakta kommunen om felet finns kvar.', {
    id: 'core.error.server',
  });
}

/** A server field error in the resident's language, naming the field by its visible label. */
export function describeFieldError(code: FieldError['code'], label: string): string {
  switch (code) {
    case 'required':
      return msg(str`${label}: fyll i det här.`, { id: 'core.field.required' });
    case 'too_long':
      return msg(str`${label}: texten är för lång.`, { id: 'core.field.too-long' });
    case 'too_short':
      return msg(str`${label}: texten är för kort.`, { id: 'core.field.too-short' });
    case 'invalid_format':
      return msg(str`${label}: kontrollera att det är rätt skrivet.`, { id: 'core.field.invalid-format' });
    case 'consent_required':
      return msg('Du behöver samtycka för att vi ska få spara dina kontaktuppgifter.', { id: 'core.field.consent-required' });
    default:
      return msg(str`${label}: värdet går inte att använda.`, { id: 'core.field.invalid-value' });
  }
}

/** A filled honeypot or a form sent faster than a person can type: answered like success, stored flagged. */
export function looksLikeSpam(form: { website: string; fillMs: number }, minFillMs: number): boolean {
  return form.website.length > 0 || form.fillMs < minFillMs;
}

import { html, nothing, type TemplateResult } from 'lit/html.js';
import { msg } from '@lit/localize';
import { dayTypes, timesOfDay, type ConcernDraft } from './concern-draft.js';
import { sendsContact } from './concern-request.js';

/** The names of the answers, by the id of the field each "Ändra" link focuses. */
export type ReviewTerms = Record<'categoryId-0' | 'place' | 'timeOfDay-0' | 'description' | 'followUp-0', string>;

/**
 * What will be sent, answer by answer, each with a link back to its field. `category` is the chosen category's label in
 * the resident's language, `position` the position as shown beside the place, `when` the labels of the times of day
 * then of the days (in the order of `timesOfDay` and `dayTypes`), `no` the label of "Nej".
 */
export function renderReview(
  draft: ConcernDraft,
  terms: ReviewTerms,
  category: string | undefined,
  position: string | null,
  when: string[],
  no: string,
  focusField: (field: string) => void,
): TemplateResult {
  const chosen = [...draft.timeOfDay, ...draft.dayType];
  const answers: [keyof ReviewTerms, unknown][] = [
    ['categoryId-0', category],
    ['place', html`${draft.place}${position ? html`<br />${position}` : nothing}`],
    ['timeOfDay-0', when.filter((_, index) => chosen.includes([...timesOfDay, ...dayTypes][index]!)).join(', ')],
    ['description', draft.description],
    ['followUp-0', sendsContact(draft) ? [draft.name, draft.email, draft.phone].filter(Boolean).join(', ') : draft.followUp && no],
  ];
  return html`<dl>
    ${answers.map(
      ([field, answer]) =>
        html`<div>
          <dt>${terms[field]}</dt>
          <dd>${answer || msg('Inget svar', { id: 'concern.blank' })}</dd>
          <dd>
            <a href="#${field}" @click=${(event: Event) => (event.preventDefault(), focusField(field))}
              >${msg('Ändra', { id: 'concern.change' })}<span class="visually-hidden"> ${terms[field]}</span></a
            >
          </dd>
        </div>`,
    )}
  </dl>`;
}

import { expect, waitUntil } from '@open-wc/testing';
import type { TryggConcernForm } from '../../src/concern-form/concern-form.js';
import { naughtyStrings } from '../helpers/blns.js';
import { choose, control, mountForm, send, shadow, startEachTestClean, stubApi, text, type } from './driver.js';

const fields = ['place', 'description', 'name', 'email', 'phone'] as const;
type Field = (typeof fields)[number];
const replacements: Record<Field, string> = { place: 'x', description: 'x', name: 'x', email: 'a@exempel.se', phone: '070' };

const quick = { interval: 1, timeout: 2000 };
const settled = (form: TryggConcernForm) => shadow(form).querySelector('[part~="result"], .error-summary');

describe('<trygg-concern-form> with hostile strings', () => {
  startEachTestClean();

  it('sends every string of the Big List of Naughty Strings as typed, or says what to fix', async function () {
    this.timeout(180_000);
    const { sent } = stubApi();
    const form = await mountForm();
    let refusals = 0;
    for (const value of naughtyStrings) {
      await choose(form, 'categoryId-0');
      await choose(form, 'followUp-0');
      if (!control(form, 'consent').checked) await choose(form, 'consent');
      const typed = {} as Record<Field, string>;
      for (const field of fields) {
        await type(form, field, value);
        // What the control holds is what the resident typed: an <input> drops line breaks.
        typed[field] = control<HTMLInputElement | HTMLTextAreaElement>(form, field).value;
      }
      const review = [...shadow(form).querySelectorAll('dl dd:first-of-type')].map((answer) => answer.textContent);
      if (typed.place.length > 0) expect(review[1], `place shown back: ${JSON.stringify(value)}`).to.equal(typed.place);
      if (typed.description.length > 0) expect(review[3], `description shown back: ${JSON.stringify(value)}`).to.equal(typed.description);
      const contactShown = [typed.name, typed.email, typed.phone].filter(Boolean).join(', ');
      if (contactShown.length > 0) expect(review[4], `name, e-mail and phone shown back: ${JSON.stringify(value)}`).to.equal(contactShown);

      const before = sent.length;
      const refused = new Set<Field>();
      // Fixing one field can reveal the next problem (a valid e-mail, then the phone), as it would for a person.
      for (let round = 0; round < 4 && sent.length === before; round++) {
        await send(form);
        await waitUntil(() => settled(form), `answer for ${JSON.stringify(value)}`, quick);
        for (const link of shadow(form).querySelectorAll('.error-summary a')) {
          const field = link.getAttribute('href')!.slice(1) as Field;
          expect(fields, `an error for a field that got ${JSON.stringify(value)}`).to.include(field);
          expect(text(link)).not.to.equal('');
          refused.add(field);
          await type(form, field, replacements[field]);
        }
      }
      await waitUntil(() => shadow(form).querySelector('[part~="result"]'), `sent: ${JSON.stringify(value)}`, quick);
      if (refused.size > 0) refusals++;
      expect(sent.length).to.equal(before + 1);
      const { place, description, contact } = sent.at(-1)!.body;
      const received: Record<Field, string | undefined> = {
        place: place.description,
        description,
        name: contact?.name,
        email: contact?.email,
        phone: contact?.phone,
      };
      for (const field of fields) {
        if (refused.has(field)) continue;
        expect(received[field], `${field} sent as typed: ${JSON.stringify(value)}`).to.equal(typed[field] || undefined);
      }
      shadow(form).querySelector<HTMLButtonElement>('[part~="result"] button')!.click();
      await form.updateComplete;
    }
    expect(sent).to.have.length(naughtyStrings.length);
    expect(refusals, 'some strings are not an e-mail address').to.be.greaterThan(0);
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { TryggConcernForm } from '../../src/concern-form/concern-form.js';
import { control, fillRequired, focused, mountForm, send, shadow, startEachTestClean, stubApi, text } from './driver.js';

const locationButton = (form: TryggConcernForm) =>
  [...shadow(form).querySelectorAll('button')].find((button) => text(button).endsWith('position'))!;
const locationStatus = (form: TryggConcernForm) => text(shadow(form).querySelector('.hint[role="status"]'));

function positionError(code: number): GeolocationPositionError {
  return { code, message: 'stub', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError;
}

describe('<trygg-concern-form> position', () => {
  startEachTestClean();

  it('asks for the position only on click, rounds it to about 10 m, shows it and sends it', async () => {
    const { sent } = stubApi();
    const getPosition = sinon.stub(navigator.geolocation, 'getCurrentPosition').callsFake((success) =>
      success({ coords: { latitude: 59.312345, longitude: 14.560278 } } as GeolocationPosition),
    );
    const form = await mountForm();
    expect(getPosition.called, 'not before the resident asks').to.equal(false);
    const button = locationButton(form);
    expect(text(button)).to.equal('Använd min position');

    button.focus();
    button.click();
    await waitUntil(() => locationStatus(form).startsWith('Din position'), 'position shown');
    expect(locationStatus(form)).to.equal('Din position: 59,3123, 14,5603');
    expect(text(locationButton(form))).to.equal('Ta bort position');
    expect(focused(form), 'focus stays on the same button').to.equal(locationButton(form));
    expect(text(shadow(form).querySelectorAll('dl dd')[2])).to.equal('59,3123, 14,5603');
    await expect(form).to.be.accessible();

    await fillRequired(form);
    await send(form);
    await waitUntil(() => sent.length === 1, 'sent');
    expect(sent[0]!.body.place).to.deep.equal({ description: 'Gångtunneln under Storgatan', location: { lat: 59.3123, lng: 14.5603 } });
  });

  it('lets the resident remove the position before sending', async () => {
    const { sent } = stubApi();
    sinon.stub(navigator.geolocation, 'getCurrentPosition').callsFake((success) =>
      success({ coords: { latitude: 59.3, longitude: 14.5 } } as GeolocationPosition),
    );
    const form = await mountForm();
    locationButton(form).click();
    await waitUntil(() => text(locationButton(form)) === 'Ta bort position', 'position');
    locationButton(form).click();
    await form.updateComplete;
    expect(locationStatus(form)).to.equal('Positionen är borttagen.');
    expect(text(locationButton(form))).to.equal('Använd min position');
    await fillRequired(form);
    await send(form);
    await waitUntil(() => sent.length === 1, 'sent');
    expect(sent[0]!.body.place).to.deep.equal({ description: 'Gångtunneln under Storgatan' });
  });

  const failures: [string, number, string][] = [
    ['denied', 1, 'Webbläsaren får inte visa din position. Beskriv platsen med ord.'],
    ['unavailable', 2, 'Vi hittar inte din position. Beskriv platsen med ord.'],
    ['timed out', 3, 'Det tog för lång tid. Försök igen eller beskriv platsen med ord.'],
  ];
  for (const [name, code, message] of failures) {
    it(`says so in plain words when the position is ${name}`, async () => {
      stubApi();
      sinon.stub(navigator.geolocation, 'getCurrentPosition').callsFake((_success, failure) => failure!(positionError(code)));
      const form = await mountForm();
      locationButton(form).click();
      await waitUntil(() => locationStatus(form) === message, 'message');
      expect(text(locationButton(form))).to.equal('Använd min position');
      expect(control(form, 'place').value, 'the place can still be described').to.equal('');
      await expect(form).to.be.accessible();
    });
  }
});

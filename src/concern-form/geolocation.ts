import { msg } from '@lit/localize';
import type { GeoPoint } from '../core/api-types.js';

/** Four decimals are about ten metres: enough to find the place, not enough to point out a doorway. */
const roundCoordinate = (value: number): number => Math.round(value * 1e4) / 1e4;

/**
 * Asks for the resident's position only now (the browser shows its permission prompt) and gives it to `found`,
 * rounded; `report` gets what to tell the resident meanwhile and, when there is none, why and what to do instead.
 */
export function locate(found: (location: GeoPoint) => void, report: (status: string) => void): void {
  report(msg('Söker position …', { id: 'concern.seek' }));
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => found({ lat: roundCoordinate(coords.latitude), lng: roundCoordinate(coords.longitude) }),
    ({ code }) =>
      report(
        code === 1
          ? msg('Webbläsaren får inte visa din position. Beskriv platsen med ord.', { id: 'concern.denied' })
          : code === 3
            ? msg('Det tog för lång tid. Försök igen eller beskriv platsen med ord.', { id: 'concern.slow' })
            : msg('Vi hittar inte din position. Beskriv platsen med ord.', { id: 'concern.nopos' }),
      ),
    { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
  );
}

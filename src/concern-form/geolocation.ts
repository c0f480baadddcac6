import { msg } from '@lit/localize';
import type { GeoPoint } from '../core/api-types.js';

/** Four decimals are about ten metres: enough to find the place, not enough to point out a doorway. */
const roundCoordinate = (value: number): number => Math.round(value * 1e4) / 1e4;

/** The resident's position, asked for only now (the browser shows its permission prompt); rejects with the browser's error. */
function currentPosition(): Promise<GeoPoint> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: roundCoordinate(coords.latitude), lng: roundCoordinate(coords.longitude) }),
      reject,
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    ),
  );
}

/** The rounded position, or null; `report` gets what to tell the resident meanwhile and why there is none. */
export async function locate(report: (status: string) => void): Promise<GeoPoint | null> {
  report(msg('Söker position …', { id: 'concern.seek' }));
  try {
    return await currentPosition();
  } catch (error) {
    report(describePositionError(error));
    return null;
  }
}

/** Why there is no position, and what to do instead. */
function describePositionError(error: unknown): string {
  const code = (error as Partial<GeolocationPositionError>).code;
  return code === 1
    ? msg('Webbläsaren får inte visa din position. Beskriv platsen med ord.', { id: 'concern.denied' })
    : code === 3
      ? msg('Det tog för lång tid. Försök igen eller beskriv platsen med ord.', { id: 'concern.slow' })
      : msg('Vi hittar inte din position. Beskriv platsen med ord.', { id: 'concern.nopos' });
}

import type { GeoPoint } from '../core/api-types.js';

/** Four decimals are about ten metres: enough to find the place, not enough to point out a doorway. */
const roundCoordinate = (value: number): number => Math.round(value * 1e4) / 1e4;

/** The resident's position, asked for only now (the browser shows its permission prompt); rejects with the browser's error. */
export function currentPosition(): Promise<GeoPoint> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: roundCoordinate(coords.latitude), lng: roundCoordinate(coords.longitude) }),
      reject,
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    ),
  );
}

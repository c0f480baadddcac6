/** A small seeded generator (mulberry32), so every benchmark run renders exactly the same data. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: (items) => items[Math.floor(next() * items.length)],
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}

export const areas = ['Centrum', 'Sandviken', 'Bäckby', 'Stationsområdet', 'Ekbacken', 'Norrstrand', 'Östermalm', 'Åsen'];

export const streets = ['Sandviksvägen', 'Bäckvägen', 'Sjövägen', 'Storgatan', 'Kyrkogatan', 'Stationsgatan', 'Ekbacksvägen', 'Skolgatan', 'Åsvägen', 'Torggatan'];

/** YYYY-MM-DD of a date, in UTC (the data only needs stable days). */
export const isoDay = (date) => date.toISOString().slice(0, 10);

/** RFC 3339 to the second with Z, as the contract's responses are. */
export const isoTime = (date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

// Walks shaped like the contract's WalkList (api/openapi.json), for the walk calendar benchmark.
import { areas, isoTime, seededRandom, streets } from './random.js';

/**
 * `count` upcoming walks from `from` on (deterministic for a seed), one to three a day in the evening, ordered by
 * start time like the API answers.
 */
export function buildWalkList(count, from = new Date(), seed = 2) {
  const random = seededRandom(seed);
  const firstDay = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1);
  const items = [];
  for (let index = 0; index < count; index++) {
    const startsAt = new Date(firstDay + Math.floor(index / 2) * 86_400_000 + random.integer(15, 18) * 3_600_000);
    const area = random.pick(areas);
    const capacity = random.next() < 0.3 ? null : random.integer(10, 40);
    const registeredCount = capacity === null ? random.integer(0, 30) : random.integer(0, capacity);
    const status = random.next() < 0.05 ? 'cancelled' : 'planned';
    const meeting = random.pick(streets);
    items.push({
      id: `w${index + 1}`,
      title: `Trygghetsvandring ${index + 1} i ${area}`,
      description: `Vi går tillsammans genom ${area} och stannar där det känns otryggt. Alla är välkomna.`,
      area,
      startsAt: isoTime(startsAt),
      endsAt: isoTime(new Date(startsAt.getTime() + 2 * 3_600_000)),
      meetingPoint: {
        name: `${meeting} ${random.integer(1, 40)}`,
        description: 'Vid anslagstavlan utanför entrén.',
        location: { lat: 59.3 + random.next() / 10, lng: 18.0 + random.next() / 10 },
      },
      route: [{ name: `${random.pick(streets)}` }, { name: `${random.pick(streets)}` }],
      lighting: random.next() < 0.6 ? 'dark' : 'daylight',
      capacity,
      registeredCount,
      placesLeft: capacity === null ? null : capacity - registeredCount,
      waitlistCount: capacity !== null && registeredCount === capacity ? random.integer(0, 5) : 0,
      status,
      ...(status === 'cancelled' ? { cancellationReason: 'Vandringen flyttas på grund av ovädret.' } : {}),
      organizer: { name: 'Kommunens trygghetssamordnare', email: 'trygghet@kommun.example', phone: '010-123 45 00' },
      ...(random.next() < 0.5 ? { accessibilityNotes: 'Rutten är plan och fungerar med rullstol och rollator.' } : {}),
      allowAnonymous: random.next() < 0.5,
      measureCount: 0,
      sequence: 1,
      updatedAt: '2026-01-15T10:00:00Z',
    });
  }
  return { items, areas: [...new Set(items.map((walk) => walk.area))].sort((a, b) => a.localeCompare(b, 'sv')) };
}

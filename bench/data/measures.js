// Measures shaped like the contract's MeasureList (api/openapi.json), for the measure tracker benchmark.
import { areas, isoDay, isoTime, seededRandom, streets } from './random.js';

const parties = [
  { id: 'gatuavdelningen', name: 'Gatuavdelningen', kind: 'municipal_department', url: 'https://kommun.example/gator-och-trafik' },
  { id: 'park-och-natur', name: 'Park och natur', kind: 'municipal_department', url: 'https://kommun.example/parker' },
  { id: 'bostadsbolaget', name: 'Bostadsbolaget Hemgården AB', kind: 'municipal_company', url: 'https://kommun.example/hemgarden' },
  { id: 'lanstrafiken', name: 'Länstrafiken', kind: 'transport_operator' },
  { id: 'trafikverket', name: 'Trafikverket', kind: 'national_agency', url: 'https://www.trafikverket.se' },
  { id: 'polisen', name: 'Polisen', kind: 'police', url: 'https://polisen.se', phone: '114 14' },
  { id: 'fastighet-norrstrand', name: 'Fastighets AB Norrstrand', kind: 'property_owner' },
  { id: 'est', name: 'EST – kommunens trygghetsgrupp', kind: 'other' },
];

const actions = ['Ny belysning vid', 'Klippa buskarna vid', 'Väderskydd vid', 'Ta bort klotter i', 'Laga trasig lampa på', 'Bättre skyltning vid', 'Fler vuxna på', 'Nytt övergångsställe på'];
const places = ['gångtunneln under', 'hållplatsen vid', 'lekplatsen vid', 'parkeringen bakom', 'cykelvägen längs', 'torget vid', 'entréerna på'];
const statuses = ['received', 'planned', 'in_progress', 'done', 'forwarded', 'declined'];
const order = { received: 0, planned: 1, in_progress: 2, done: 3, forwarded: 3, declined: 3 };

function timelineFor(status, created, random) {
  const steps = statuses.filter((step) => step !== 'forwarded' && step !== 'declined' && order[step] < order[status]);
  const timeline = [...steps, status].map((step, index) => ({
    status: step,
    at: isoTime(new Date(created.getTime() + index * random.integer(3, 40) * 86_400_000)),
    ...(random.next() < 0.5 ? { note: `Steget ${step} är registrerat och ansvarig förvaltning har fått ärendet.` } : {}),
  }));
  return timeline;
}

/** `count` measures (deterministic for a seed), most recently updated first, with the contract's summary. */
export function buildMeasureList(count, seed = 1) {
  const random = seededRandom(seed);
  const items = [];
  for (let index = 0; index < count; index++) {
    const status = random.pick(statuses);
    const street = random.pick(streets);
    const created = new Date(Date.UTC(2025, 0, 1) + random.integer(0, 600) * 86_400_000);
    const timeline = timelineFor(status, created, random);
    const fromWalk = random.next() < 0.7;
    const walkNumber = random.integer(1, 30);
    items.push({
      id: `m${index + 1}`,
      title: `${random.pick(actions)} ${street} ${index + 1}`,
      ...(random.next() < 0.6 ? { description: `Vid trygghetsvandringen sa flera boende att platsen känns mörk och öde på kvällen. Vi ser över ${street.toLowerCase()}.` } : {}),
      place: `${random.pick(places)} ${street} ${random.integer(1, 60)}`.replace(/^./, (first) => first.toUpperCase()),
      area: random.pick(areas),
      responsibleParty: random.pick(parties),
      status,
      ...(random.next() < 0.7 ? { targetDate: isoDay(new Date(created.getTime() + random.integer(30, 400) * 86_400_000)) } : {}),
      ...(status === 'declined' || status === 'forwarded'
        ? { publicReason: 'Marken ägs av fastighetsägaren, som har fått synpunkten och själv beslutar om åtgärden.' }
        : {}),
      origin: fromWalk
        ? { kind: 'walk', walkId: `w${walkNumber}`, walkTitle: `Trygghetsvandring ${walkNumber} i ${random.pick(areas)}` }
        : { kind: 'concern', reference: `TRG-2026-${String(index + 1).padStart(5, '0')}` },
      remarkCount: random.integer(1, 6),
      links: random.next() < 0.2 ? [{ label: 'Läs beslutet', url: 'https://kommun.example/beslut' }] : [],
      timeline,
      createdAt: isoTime(created),
      updatedAt: timeline.at(-1).at,
    });
  }
  items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const byStatus = Object.fromEntries(statuses.map((status) => [status, items.filter((item) => item.status === status).length]));
  return {
    items,
    summary: { remarks: items.reduce((sum, item) => sum + item.remarkCount, 0), measures: items.length, byStatus },
  };
}

import type { Measure, MeasureList, MeasureStatus } from '../../src/core/api-types.js';

/** The day every test lives on: 25 November 2026, as in the server's tests. */
export const today = '2026-11-25';

const parties = {
  gata: { id: 'gatuavdelningen', name: 'Gatuförvaltningen', kind: 'municipal_department', url: 'https://www.kommun.example/gata' },
  park: { id: 'park-och-natur', name: 'Park och natur', kind: 'municipal_department' },
  hemgarden: { id: 'bostadsbolaget', name: 'Bostadsbolaget Hemgården', kind: 'municipal_company' },
} as const satisfies Record<string, Measure['responsibleParty']>;

const walkOrigin = { kind: 'walk', walkId: '2', walkTitle: 'Trygghetsvandring i Sandviken' } as const;

let counter = 0;

/** One measure; every field a resident sees can be overridden. */
export function measure(overrides: Partial<Measure> = {}): Measure {
  const id = overrides.id ?? `m${++counter}`;
  const status = overrides.status ?? 'received';
  const updatedAt = overrides.updatedAt ?? '2026-11-20T10:00:00Z';
  return {
    id,
    title: `Åtgärd ${id}`,
    place: `Plats ${id}`,
    area: 'Sandviken',
    responsibleParty: parties.gata,
    status,
    origin: walkOrigin,
    remarkCount: 1,
    links: [],
    timeline: [{ status, at: updatedAt }],
    createdAt: '2026-11-04T08:00:00Z',
    updatedAt,
    ...overrides,
  };
}

/** A `GET /measures` answer, with the summary the server would send. */
export function measureList(items: Measure[]): MeasureList {
  const byStatus = { received: 0, planned: 0, in_progress: 0, done: 0, forwarded: 0, declined: 0 };
  for (const item of items) byStatus[item.status]++;
  return { items, summary: { remarks: items.reduce((sum, item) => sum + item.remarkCount, 0), measures: items.length, byStatus } };
}

export const forwardedReason = 'Husen ägs av Bostadsbolaget Hemgården. De bestämmer när belysningen byts.';
export const declinedReason = 'Kameror på en allmän plats kräver tillstånd, och polisen ser inget behov.';

/** The Sandviken walk's measures: one in every status, with reasons, notes, a late target and a link. */
export function sandviken(): Measure[] {
  return [
    measure({
      id: 'light',
      title: 'Ny belysning på gångvägen mot skolan',
      description: 'Gångvägen var helt mörk på en sträcka av 150 meter.',
      place: 'Gångvägen vid Sandviksskolan',
      status: 'done',
      targetDate: '2026-12-15',
      remarkCount: 4,
      updatedAt: '2026-11-23T15:10:00Z',
      timeline: [
        { status: 'received', at: '2026-11-04T08:30:00Z', note: 'Fyra deltagare tog upp den mörka gångvägen.' },
        { status: 'planned', at: '2026-11-09T13:00:00Z', note: 'Två nya stolpar är beställda.' },
        { status: 'in_progress', at: '2026-11-17T07:00:00Z' },
        { status: 'done', at: '2026-11-23T15:10:00Z', note: 'Stolparna lyser.' },
      ],
    }),
    measure({
      id: 'bushes',
      title: 'Klippa buskarna vid gångtunneln',
      place: 'Gångtunneln under Sandviksvägen',
      responsibleParty: parties.park,
      status: 'in_progress',
      targetDate: '2026-11-20',
      remarkCount: 3,
      updatedAt: '2026-11-19T09:00:00Z',
    }),
    measure({
      id: 'shelter',
      title: 'Väderskydd vid hållplatsen',
      place: 'Hållplatsen Sandvikens centrum',
      status: 'planned',
      targetDate: '2027-05-31',
      remarkCount: 2,
      updatedAt: '2026-11-16T14:00:00Z',
      links: [{ label: 'Hållplatsprogrammet', url: 'https://www.kommun.example/hallplatser' }],
    }),
    measure({
      id: 'entrances',
      title: 'Belysning vid entréerna',
      place: 'Sjövägen 4–12',
      responsibleParty: parties.hemgarden,
      status: 'forwarded',
      publicReason: forwardedReason,
      targetDate: '2026-10-01',
      remarkCount: 2,
      updatedAt: '2026-11-06T11:00:00Z',
    }),
    measure({
      id: 'cameras',
      title: 'Kameror på torget',
      place: 'Sandviks torg',
      status: 'declined',
      publicReason: declinedReason,
      remarkCount: 1,
      updatedAt: '2026-11-18T10:00:00Z',
    }),
    measure({
      id: 'adults',
      title: 'Fler vuxna på torget på fredagar',
      place: 'Sandviks torg',
      status: 'received',
      remarkCount: 1,
      updatedAt: '2026-11-20T16:00:00Z',
    }),
  ];
}

/** A measure from another walk and another area, answering a reported concern. */
export function backbyConcern(): Measure {
  return measure({
    id: 'park-lamps',
    title: 'Nya lampor i Bäckparken',
    place: 'Bäckparken vid lekplatsen',
    area: 'Bäckby',
    status: 'done',
    origin: { kind: 'concern', reference: 'TRG-2026-00001' },
    updatedAt: '2026-04-02T12:00:00Z',
  });
}

/** `count` measures in turn through every status, for lists longer than one page. */
export function manyMeasures(count: number): Measure[] {
  const statuses: MeasureStatus[] = ['received', 'planned', 'in_progress', 'done', 'forwarded', 'declined'];
  return Array.from({ length: count }, (_, index) =>
    measure({
      id: `many-${index}`,
      title: `Åtgärd nummer ${index}`,
      status: statuses[index % statuses.length],
      updatedAt: new Date(Date.UTC(2026, 10, 20) - index * 60_000).toISOString(),
    }),
  );
}

import type { ResponsiblePartyT } from '../contract/common.js';
import type { MeasureInputT, MeasureStatusT } from '../contract/measures.js';
import type { RegistrationRequestT, WalkInputT } from '../contract/walks.js';
import type { CategoryRecord, Change, NewConcern, Storage } from './storage.js';

/** Seed changes are logged like staff changes, under their own name. */
const SEED_ACTOR = 'demo-seed';
const at = (time: string): Change => ({ actor: SEED_ACTOR, at: time });

const WEB = 'https://kommun.example';

const parties: ResponsiblePartyT[] = [
  { id: 'gatuavdelningen', name: 'Gatuavdelningen', kind: 'municipal_department', url: `${WEB}/gator-och-trafik` },
  { id: 'park-och-natur', name: 'Park och natur', kind: 'municipal_department', url: `${WEB}/parker` },
  { id: 'bostadsbolaget', name: 'Bostadsbolaget Hemgården AB', kind: 'municipal_company', url: `${WEB}/hemgarden` },
  { id: 'lanstrafiken', name: 'Länstrafiken', kind: 'transport_operator', url: `${WEB}/lanstrafiken` },
  { id: 'trafikverket', name: 'Trafikverket', kind: 'national_agency', url: 'https://www.trafikverket.se' },
  { id: 'polisen', name: 'Polisen', kind: 'police', url: 'https://polisen.se', phone: '114 14' },
  { id: 'fastighet-norrstrand', name: 'Fastighets AB Norrstrand', kind: 'property_owner' },
  { id: 'est', name: 'EST – kommunens trygghetsgrupp', kind: 'other', url: `${WEB}/trygghet` },
  { id: 'byalaget', name: 'Sandvikens byalag', kind: 'association' },
];

const categories: CategoryRecord[] = [
  {
    id: 'belysning',
    label: { sv: 'Trasig eller saknad belysning', en: 'Broken or missing street lighting' },
    guidance: {
      sv: 'Skriv gärna vid vilken stolpe eller vilken del av gatan det är mörkt. Gatuavdelningen lagar trasiga lampor.',
      en: 'Tell us which lamp post or which part of the street is dark. The streets department repairs broken lights.',
    },
    responsiblePartyId: 'gatuavdelningen',
    callInstead: false,
  },
  {
    id: 'vegetation',
    label: { sv: 'Buskar och träd som skymmer', en: 'Bushes and trees that block the view' },
    guidance: {
      sv: 'Beskriv var växtligheten skymmer sikten eller ljuset. Park och natur beskär på kommunens mark.',
      en: 'Describe where plants block the view or the light. Parks trims them on municipal land.',
    },
    responsiblePartyId: 'park-och-natur',
    callInstead: false,
  },
  {
    id: 'bostadsomrade',
    label: { sv: 'Bostadsområde, entréer och trapphus', en: 'Housing areas, entrances and stairwells' },
    guidance: {
      sv: 'Gäller det ett hus som Hemgården äger skickar vi det vidare till dem. Bor du där kan du också ringa Hemgårdens felanmälan.',
      en: 'If the building belongs to Hemgården we pass it on to them. Tenants can also call Hemgården’s repair line.',
    },
    responsiblePartyId: 'bostadsbolaget',
    callInstead: false,
  },
  {
    id: 'busshallplats',
    label: { sv: 'Busshållplats', en: 'Bus stop' },
    guidance: {
      sv: 'Skriv hållplatsens namn. Länstrafiken ansvarar för väderskydd, belysning och tidtabeller vid hållplatsen.',
      en: 'Give the name of the stop. The regional transport operator is responsible for shelters, lights and timetables.',
    },
    responsiblePartyId: 'lanstrafiken',
    callInstead: false,
  },
  {
    id: 'gang-och-cykelvag',
    label: { sv: 'Gång- och cykelväg, tunnel eller passage', en: 'Footpath, cycle path, underpass or passage' },
    guidance: {
      sv: 'Beskriv platsen så att vi hittar den, till exempel vilken tunnel eller mellan vilka gator.',
      en: 'Describe the place so we can find it, for example which underpass or between which streets.',
    },
    responsiblePartyId: 'gatuavdelningen',
    callInstead: false,
  },
  {
    id: 'klotter',
    label: { sv: 'Klotter och skadegörelse', en: 'Graffiti and vandalism' },
    guidance: {
      sv: 'Kränkande klotter tar vi bort inom ett dygn, annat klotter inom en vecka.',
      en: 'Offensive graffiti is removed within a day, other graffiti within a week.',
    },
    responsiblePartyId: 'est',
    callInstead: false,
  },
  {
    id: 'statlig-vag',
    label: { sv: 'Statlig väg (riksväg, länsväg)', en: 'State road' },
    guidance: {
      sv: 'Trafikverket sköter de statliga vägarna. Vi skickar din synpunkt vidare till dem.',
      en: 'The Swedish Transport Administration runs state roads. We pass your report on to them.',
    },
    responsiblePartyId: 'trafikverket',
    callInstead: false,
  },
  {
    id: 'akut-fara',
    label: { sv: 'Brott som pågår eller akut fara', en: 'A crime in progress or immediate danger' },
    guidance: {
      sv: 'Använd inte formuläret. Ring 112 direkt.',
      en: 'Do not use this form. Call 112 now.',
    },
    responsiblePartyId: 'polisen',
    callInstead: true,
    phone: '112',
  },
  {
    id: 'hot-och-brott',
    label: { sv: 'Hot, trakasserier eller brott som redan hänt', en: 'Threats, harassment or a crime that has happened' },
    guidance: {
      sv: 'Polisen tar emot anmälan. Ring 114 14 eller gör en anmälan på polisen.se.',
      en: 'Report it to the police: call 114 14 or report at polisen.se.',
    },
    responsiblePartyId: 'polisen',
    callInstead: true,
    phone: '114 14',
  },
  {
    id: 'annat',
    label: { sv: 'Något annat', en: 'Something else' },
    guidance: {
      sv: 'Beskriv vad som gör platsen otrygg. Kommunens trygghetsgrupp ser till att rätt förvaltning får veta.',
      en: 'Describe what makes the place feel unsafe. The municipality’s safety group makes sure the right department knows.',
    },
    responsiblePartyId: 'est',
    callInstead: false,
  },
];

const organizer = { name: 'Maria Lind, trygghetssamordnare', email: 'trygghet@kommun.example', phone: '0000-12 34 56' };

type SeedWalk = WalkInputT & { createdAt: string };

const walks = {
  centrum2025: {
    createdAt: '2025-09-01T08:00:00Z',
    title: 'Trygghetsvandring i centrum',
    description: 'Vi går genom centrum en kväll och pratar om vad som känns otryggt och vad som fungerar bra.',
    area: 'Centrum',
    startsAt: '2025-10-14T16:00:00Z',
    endsAt: '2025-10-14T18:00:00Z',
    meetingPoint: { name: 'Stora torget, vid fontänen', location: { lat: 59.3268, lng: 14.5232 } },
    route: [{ name: 'Resecentrum' }, { name: 'Parkeringshuset Gjuteriet' }, { name: 'Stadsparken' }],
    lighting: 'dark',
    capacity: 40,
    organizer,
    allowAnonymous: true,
  },
  sandviken2026: {
    createdAt: '2026-09-21T08:00:00Z',
    title: 'Trygghetsvandring i Sandviken',
    description:
      'Boende, fastighetsägare, Länstrafiken, polisen och kommunen går tillsammans genom Sandviken. ' +
      'Du visar oss platser som känns otrygga, och vi lyssnar. Efteråt får du veta vad som händer med dina synpunkter.',
    area: 'Sandviken',
    startsAt: '2026-11-02T17:00:00Z',
    endsAt: '2026-11-02T19:00:00Z',
    meetingPoint: {
      name: 'Sandvikens centrum, vid biblioteket',
      description: 'Vi bjuder på kaffe innan vi går. Reflexvästar finns att låna.',
      location: { lat: 59.3342, lng: 14.5021 },
    },
    route: [
      { name: 'Gångvägen mot Sandviksskolan', location: { lat: 59.3351, lng: 14.4987 } },
      { name: 'Gångtunneln under Sandviksvägen', location: { lat: 59.3363, lng: 14.4962 } },
      { name: 'Busshållplatsen Sandvikens centrum', location: { lat: 59.3339, lng: 14.5034 } },
      { name: 'Sjövägen 4–12', location: { lat: 59.3328, lng: 14.5058 } },
      { name: 'Sandviks torg', location: { lat: 59.3344, lng: 14.5013 } },
    ],
    lighting: 'dark',
    capacity: 40,
    organizer,
    accessibilityNotes: 'Rutten är ungefär 2 km på asfalt utan trappor. Säg till om du behöver skjuts tillbaka.',
    allowAnonymous: true,
  },
  backbyDark: {
    createdAt: '2026-11-10T09:00:00Z',
    title: 'Kvällsvandring i Bäckby',
    description:
      'Hur känns Bäckby när det är mörkt? Vi går samma väg som många går hem från bussen och tittar på belysning, ' +
      'buskage och gångvägar.',
    area: 'Bäckby',
    startsAt: '2027-02-16T17:00:00Z',
    endsAt: '2027-02-16T18:30:00Z',
    meetingPoint: { name: 'Bäckby skola, huvudentrén', location: { lat: 59.3188, lng: 14.5412 } },
    route: [
      { name: 'Gångbron över Bäcken', location: { lat: 59.3179, lng: 14.5431 } },
      { name: 'Bäckby centrum', location: { lat: 59.3171, lng: 14.5452 } },
      { name: 'Hållplats Bäckby vändslinga', location: { lat: 59.3162, lng: 14.5468 } },
    ],
    lighting: 'dark',
    capacity: 30,
    organizer,
    accessibilityNotes: 'En kort backe vid gångbron. Ta gärna med ficklampa.',
    allowAnonymous: true,
  },
  sjopromenadenSpring: {
    createdAt: '2026-11-12T09:00:00Z',
    title: 'Söndagsvandring längs Sjöpromenaden',
    description: 'En lugn vandring i dagsljus längs vattnet, samma dag som vi ställer om till sommartid.',
    area: 'Centrum',
    startsAt: '2027-03-28T12:00:00Z',
    endsAt: '2027-03-28T14:00:00Z',
    meetingPoint: { name: 'Båthamnen, vid kiosken', location: { lat: 59.3221, lng: 14.5301 } },
    route: [{ name: 'Sjöpromenaden' }, { name: 'Lekplatsen vid Udden' }],
    lighting: 'daylight',
    capacity: null,
    organizer,
    accessibilityNotes: 'Jämn grusväg, fungerar med rullstol och barnvagn.',
    allowAnonymous: true,
  },
  stationFull: {
    createdAt: '2026-11-12T10:00:00Z',
    title: 'Trygghetsvandring kring stationen',
    description: 'Resenärer, Länstrafiken och kommunen går runt stationen och pendlarparkeringen.',
    area: 'Stationsområdet',
    startsAt: '2027-04-20T15:00:00Z',
    endsAt: '2027-04-20T17:00:00Z',
    meetingPoint: { name: 'Resecentrum, vänthallen', location: { lat: 59.3242, lng: 14.5188 } },
    route: [{ name: 'Pendlarparkeringen' }, { name: 'Cykelgaraget' }, { name: 'Gångtunneln mot Norr' }],
    lighting: 'daylight',
    capacity: 12,
    organizer,
    allowAnonymous: false,
  },
  ekbackenCancelled: {
    createdAt: '2026-11-13T09:00:00Z',
    title: 'Trygghetsvandring i Ekbacken',
    area: 'Ekbacken',
    startsAt: '2027-05-11T16:00:00Z',
    endsAt: '2027-05-11T18:00:00Z',
    meetingPoint: { name: 'Ekbackens förskola, parkeringen' },
    route: [],
    lighting: 'daylight',
    capacity: 25,
    organizer,
    allowAnonymous: false,
  },
  sandvikenAutumn: {
    createdAt: '2026-11-20T09:00:00Z',
    title: 'Höstvandring i Sandviken – ett år senare',
    description: 'Vi går samma väg som i november 2026 och ser tillsammans vad som har blivit gjort.',
    area: 'Sandviken',
    startsAt: '2027-10-31T16:00:00Z',
    endsAt: '2027-10-31T18:00:00Z',
    meetingPoint: {
      name: 'Sandvikens centrum, vid biblioteket',
      description: 'Samma samlingsplats som förra året.',
      location: { lat: 59.3342, lng: 14.5021 },
    },
    route: [{ name: 'Gångvägen mot Sandviksskolan' }, { name: 'Gångtunneln under Sandviksvägen' }],
    lighting: 'dark',
    capacity: 40,
    organizer,
    allowAnonymous: true,
  },
} satisfies Record<string, SeedWalk>;

function walkInput({ createdAt: _createdAt, ...input }: SeedWalk): WalkInputT {
  return input;
}

type SeedRegistration = Omit<RegistrationRequestT, 'website' | 'fillMs'> & { at: string; spam?: boolean };

const person = (name: string, partySize: number, at: string, extra: Partial<SeedRegistration> = {}): SeedRegistration => ({
  name,
  partySize,
  role: 'resident',
  consent: true,
  email: `${name.split(' ')[0]!.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o')}@example.se`,
  at,
  ...extra,
});

interface SeedMeasure {
  input: Omit<MeasureInputT, 'origin'>;
  steps: { status: MeasureStatusT; at: string; note?: string; publicReason?: string }[];
}

/** The Sandviken walk's remarks and what became of them: every status, with notes along the way. */
const sandvikenMeasures: SeedMeasure[] = [
  {
    input: {
      title: 'Ny belysning på gångvägen mot Sandviksskolan',
      description: 'Gångvägen var helt mörk på en sträcka av 150 meter. Många barn går här på vintermorgnarna.',
      place: 'Gångvägen mellan Bäckvägen och Sandviksskolan',
      area: 'Sandviken',
      location: { lat: 59.3351, lng: 14.4987 },
      responsiblePartyId: 'gatuavdelningen',
      remarkCount: 4,
      targetDate: '2026-12-15',
    },
    steps: [
      { status: 'received', at: '2026-11-04T08:30:00Z', note: 'Fyra deltagare tog upp den mörka gångvägen.' },
      { status: 'planned', at: '2026-11-09T13:00:00Z', note: 'Två nya stolpar med LED-armatur är beställda.' },
      { status: 'in_progress', at: '2026-11-17T07:00:00Z', note: 'Grävarbetet för kabeln har börjat.' },
      { status: 'done', at: '2026-11-23T15:10:00Z', note: 'Stolparna är på plats och lyser.' },
    ],
  },
  {
    input: {
      title: 'Klippa buskarna vid gångtunneln under Sandviksvägen',
      description: 'Höga buskar vid tunnelns norra öppning skymmer sikten, så man ser inte vem som står där.',
      place: 'Gångtunneln under Sandviksvägen, norra sidan',
      area: 'Sandviken',
      location: { lat: 59.3363, lng: 14.4962 },
      responsiblePartyId: 'park-och-natur',
      remarkCount: 3,
      targetDate: '2026-11-20',
    },
    steps: [
      { status: 'received', at: '2026-11-04T08:40:00Z' },
      { status: 'planned', at: '2026-11-06T10:00:00Z', note: 'Beskärningen läggs in i höstens arbete.' },
      {
        status: 'in_progress',
        at: '2026-11-19T09:00:00Z',
        note: 'Halva buskaget är nedklippt. Resten tar vi när marken har torkat upp.',
      },
    ],
  },
  {
    input: {
      title: 'Väderskydd och belysning vid hållplatsen Sandvikens centrum',
      place: 'Busshållplatsen Sandvikens centrum, mot stan',
      area: 'Sandviken',
      location: { lat: 59.3339, lng: 14.5034 },
      responsiblePartyId: 'lanstrafiken',
      remarkCount: 2,
      targetDate: '2027-05-31',
      links: [{ label: 'Länstrafikens hållplatsprogram', url: `${WEB}/lanstrafiken/hallplatser` }],
    },
    steps: [
      { status: 'received', at: '2026-11-05T09:00:00Z' },
      {
        status: 'planned',
        at: '2026-11-16T14:00:00Z',
        note: 'Länstrafiken sätter upp ett väderskydd med belysning när tjälen har gått ur marken i vår.',
      },
    ],
  },
  {
    input: {
      title: 'Belysning vid entréerna på Sjövägen 4–12',
      description: 'Flera av entrébelysningarna var trasiga eller satt så att de bländade.',
      place: 'Sjövägen 4–12, entréerna mot gården',
      area: 'Sandviken',
      location: { lat: 59.3328, lng: 14.5058 },
      responsiblePartyId: 'bostadsbolaget',
      remarkCount: 2,
    },
    steps: [
      { status: 'received', at: '2026-11-04T09:00:00Z' },
      {
        status: 'forwarded',
        at: '2026-11-06T11:00:00Z',
        note: 'Skickat till Hemgårdens förvaltare för området.',
        publicReason:
          'Husen ägs av Bostadsbolaget Hemgården. Vi har lämnat över synpunkterna, och Hemgården bestämmer när belysningen byts.',
      },
    ],
  },
  {
    input: {
      title: 'Kameror på Sandviks torg',
      description: 'Några deltagare önskade kameraövervakning på torget på kvällarna.',
      place: 'Sandviks torg',
      area: 'Sandviken',
      location: { lat: 59.3344, lng: 14.5013 },
      responsiblePartyId: 'est',
      remarkCount: 1,
    },
    steps: [
      { status: 'received', at: '2026-11-04T09:10:00Z' },
      {
        status: 'declined',
        at: '2026-11-18T10:00:00Z',
        note: 'Frågan togs upp på EST-mötet den 17 november.',
        publicReason:
          'Kameror på en allmän plats kräver tillstånd, och polisen ser inte att torget har fler brott än andra platser. ' +
          'Vi satsar i stället på bättre belysning och fler vuxna på torget på fredagskvällarna.',
      },
    ],
  },
  {
    input: {
      title: 'Ta bort klotter i gångtunneln',
      place: 'Gångtunneln under Sandviksvägen',
      area: 'Sandviken',
      responsiblePartyId: 'gatuavdelningen',
      remarkCount: 1,
    },
    steps: [
      { status: 'received', at: '2026-11-04T09:20:00Z' },
      { status: 'done', at: '2026-11-05T14:00:00Z', note: 'Klottret är borttvättat och väggarna har fått klotterskydd.' },
    ],
  },
  {
    input: {
      title: 'Fler vuxna på torget på fredagskvällar',
      place: 'Sandviks torg',
      area: 'Sandviken',
      responsiblePartyId: 'byalaget',
      remarkCount: 1,
      targetDate: '2027-01-31',
    },
    steps: [{ status: 'received', at: '2026-11-20T16:00:00Z', note: 'Byalaget vill starta nattvandringar i januari.' }],
  },
];

type SeedConcern = Omit<NewConcern, 'spam'> & { closeAt?: string };

/** Contact details are shown only where the resident consented. */
const concerns: SeedConcern[] = [
  {
    at: '2026-03-12T19:40:00Z',
    categoryId: 'belysning',
    place: { description: 'Bäckparken, gången mellan lekplatsen och Bäckvägen' },
    timeOfDay: ['evening', 'night'],
    dayType: ['weekdays', 'weekends'],
    description: 'Tre lampor i rad är släckta sedan flera veckor. Jag går hellre runt hela parken.',
    contact: { name: 'Karin', email: 'karin@example.se', consent: true },
    language: 'sv',
    closeAt: '2026-06-10T08:00:00Z',
  },
  {
    at: '2026-08-30T20:15:00Z',
    categoryId: 'vegetation',
    place: { description: 'Stigen bakom Ekbackens förskola', location: { lat: 59.3121, lng: 14.5602 } },
    timeOfDay: ['evening'],
    dayType: [],
    description: 'Buskarna har vuxit ihop över stigen så att man inte ser om någon kommer.',
    language: 'sv',
  },
  {
    at: '2026-10-05T06:50:00Z',
    categoryId: 'gang-och-cykelvag',
    place: { description: 'Cykeltunneln vid Bäckby centrum', location: { lat: 59.3171, lng: 14.5452 } },
    timeOfDay: ['day', 'evening'],
    dayType: ['weekdays'],
    description: 'Det droppar vatten i tunneln och golvet blir isigt på morgonen. Lampan vid södra öppningen blinkar.',
    contact: { phone: '070-000 00 00', consent: true },
    language: 'sv',
  },
  {
    at: '2026-11-03T21:05:00Z',
    categoryId: 'busshallplats',
    place: { description: 'Hållplats Bäckby vändslinga' },
    timeOfDay: ['night'],
    dayType: ['weekends'],
    description: 'The shelter has no light. At night you cannot see the timetable.',
    language: 'en',
  },
];

const feedback = [
  ['/trygghet', 'Trygghet i kommunen', true, undefined, '2026-11-10T10:00:00Z'],
  ['/trygghet', 'Trygghet i kommunen', true, undefined, '2026-11-11T12:30:00Z'],
  ['/trygghet', 'Trygghet i kommunen', false, 'Jag hittade inte vart jag ska ringa om en trasig lampa.', '2026-11-12T18:02:00Z'],
  ['/trygghet', 'Trygghet i kommunen', true, 'Bra att se vad som hände efter vandringen.', '2026-11-24T08:45:00Z'],
  ['/trygghet/trygghetsvandringar', 'Trygghetsvandringar', true, undefined, '2026-11-03T09:15:00Z'],
  ['/trygghet/trygghetsvandringar', 'Trygghetsvandringar', false, 'När är nästa vandring i Bäckby?', '2026-11-08T20:10:00Z'],
  ['/trygghet/trygghetsvandringar', 'Trygghetsvandringar', true, undefined, '2026-11-19T07:55:00Z'],
  ['/trygghet/rapportera', 'Rapportera en otrygg plats', true, undefined, '2026-11-21T16:20:00Z'],
] as const;

/** Fills an empty database with a believable municipality: parties, categories, walks, measures, concerns, feedback. */
export async function seedDemoMunicipality(storage: Storage): Promise<void> {
  for (const party of parties) await storage.saveResponsibleParty(party);
  for (const [position, category] of categories.entries()) await storage.saveCategory(category, position);

  const ids: Record<keyof typeof walks, string> = {} as Record<keyof typeof walks, string>;
  for (const [key, walk] of Object.entries(walks) as [keyof typeof walks, SeedWalk][]) {
    ids[key] = (await storage.createWalk(walkInput(walk), at(walk.createdAt))).id;
  }

  const register = async (walkKey: keyof typeof walks, people: SeedRegistration[]) => {
    for (const { at: time, spam = false, ...registration } of people) {
      await storage.createRegistration(ids[walkKey], { ...registration, spam, at: time });
    }
  };
  await register('centrum2025', [person('Lars Berg', 2, '2025-10-01T10:00:00Z')]);
  await register('sandviken2026', [
    person('Aisha Hassan', 2, '2026-10-02T17:00:00Z', { language: 'sv' }),
    person('Per Nilsson', 1, '2026-10-05T08:12:00Z', { role: 'property_owner' }),
    person('Sandvikens byalag', 3, '2026-10-09T19:30:00Z', { role: 'association' }),
    person('Jonas Ek', 1, '2026-10-12T06:45:00Z', { role: 'transport_operator' }),
    { name: 'Anonym', partySize: 1, role: 'resident', consent: false, at: '2026-10-20T12:00:00Z' },
  ]);
  await register('backbyDark', [
    person('Fatima Ali', 2, '2026-11-15T18:20:00Z', { needs: 'Jag går med rullator.' }),
    person('Erik Sjöberg', 1, '2026-11-18T07:30:00Z'),
    { name: 'Anonym', partySize: 1, role: 'resident', consent: false, at: '2026-11-19T20:00:00Z' },
    { ...person('Buy cheap pills', 1, '2026-11-20T03:00:00Z'), spam: true },
  ]);
  await register('stationFull', [
    person('Sara Lund', 2, '2026-11-13T09:00:00Z'),
    person('Mohammed Karimi', 3, '2026-11-14T12:00:00Z', { role: 'property_owner' }),
    person('Pendlarföreningen', 4, '2026-11-15T15:00:00Z', { role: 'association' }),
    person('Lena Holm', 1, '2026-11-16T10:00:00Z', { role: 'transport_operator' }),
    person('Olof Strand', 2, '2026-11-17T18:00:00Z'),
    person('Nora Engström', 2, '2026-11-19T19:00:00Z'),
    person('Ali Yusuf', 1, '2026-11-21T09:30:00Z'),
  ]);
  await register('ekbackenCancelled', [person('Ingrid Wall', 1, '2026-11-14T08:00:00Z')]);

  await storage.setWalkStatus(ids.centrum2025, 'held', undefined, at('2025-10-15T08:00:00Z'));
  await storage.setWalkStatus(ids.sandviken2026, 'held', undefined, at('2026-11-03T08:00:00Z'));
  await storage.setWalkStatus(
    ids.ekbackenCancelled,
    'cancelled',
    'Förskolan byggs om i vår, så vi flyttar vandringen till hösten. Den nya tiden kommer här.',
    at('2026-11-22T10:00:00Z'),
  );

  const references: string[] = [];
  for (const { at: time, closeAt, ...concern } of concerns) {
    const stored = await storage.createConcern({ ...concern, spam: false, at: time });
    references.push(stored.reference);
    if (closeAt) await storage.setConcernStatus(stored.reference, 'closed', at(closeAt));
  }
  await storage.setConcernStatus(references[1]!, 'in_progress', at('2026-09-02T07:30:00Z'));

  const addMeasure = async ({ input, steps }: SeedMeasure, origin: MeasureInputT['origin']) => {
    const [first, ...later] = steps;
    const created = await storage.createMeasure(
      { ...input, origin, status: first!.status, ...(first!.note ? { note: first!.note } : {}) },
      at(first!.at),
    );
    if (created.kind !== 'ok') throw new Error(`seed: measure "${input.title}" refers to a missing record`);
    for (const { at: time, ...step } of later) await storage.addMeasureStatus(created.measure.id, step, at(time));
  };
  for (const measure of sandvikenMeasures) await addMeasure(measure, { kind: 'walk', walkId: ids.sandviken2026 });
  await addMeasure(
    {
      input: {
        title: 'Nya lampor i Bäckparken',
        place: 'Bäckparken, gången vid lekplatsen',
        area: 'Bäckby',
        responsiblePartyId: 'gatuavdelningen',
        remarkCount: 1,
      },
      steps: [
        { status: 'received', at: '2026-03-13T08:00:00Z' },
        { status: 'done', at: '2026-04-02T12:00:00Z', note: 'Tre armaturer bytta.' },
      ],
    },
    { kind: 'concern', reference: references[0]! },
  );
  await addMeasure(
    {
      input: {
        title: 'Flytta pendlarparkeringens belysning',
        place: 'Pendlarparkeringen vid resecentrum',
        area: 'Centrum',
        responsiblePartyId: 'gatuavdelningen',
        remarkCount: 2,
      },
      steps: [
        { status: 'received', at: '2025-10-16T08:00:00Z' },
        { status: 'done', at: '2026-02-20T10:00:00Z' },
      ],
    },
    { kind: 'walk', walkId: ids.centrum2025 },
  );

  for (const [index, [pageId, pageTitle, helpful, comment, time]] of feedback.entries()) {
    await storage.createFeedback({
      id: `5eed0000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      pageId: `${WEB}${pageId}`,
      pageTitle,
      language: 'sv',
      helpful,
      ...(comment === undefined ? {} : { comment }),
      spam: false,
      at: time,
    });
  }
}

// Concern categories shaped like the contract's CategoryList (api/openapi.json), for the concern form benchmark.
const party = (id, name, kind) => ({ id, name, kind });

export function buildCategoryList() {
  return {
    items: [
      { id: 'belysning', label: { sv: 'Trasig eller saknad belysning', en: 'Broken or missing street lighting' }, guidance: { sv: 'Skriv vid vilken stolpe det är mörkt.', en: 'Tell us which lamp post.' }, responsibleParty: party('gatuavdelningen', 'Gatuavdelningen', 'municipal_department'), callInstead: false },
      { id: 'vegetation', label: { sv: 'Buskar och träd som skymmer', en: 'Bushes and trees that block the view' }, guidance: { sv: 'Beskriv var växtligheten skymmer.', en: 'Describe where plants block the view.' }, responsibleParty: party('park-och-natur', 'Park och natur', 'municipal_department'), callInstead: false },
      { id: 'bostadsomrade', label: { sv: 'Bostadsområde, entréer och trapphus', en: 'Housing areas, entrances and stairwells' }, guidance: { sv: 'Vi skickar det vidare till bostadsbolaget.', en: 'We pass it on to the housing company.' }, responsibleParty: party('bostadsbolaget', 'Bostadsbolaget Hemgården AB', 'municipal_company'), callInstead: false },
      { id: 'busshallplats', label: { sv: 'Busshållplats', en: 'Bus stop' }, guidance: { sv: 'Skriv hållplatsens namn.', en: 'Give the name of the stop.' }, responsibleParty: party('lanstrafiken', 'Länstrafiken', 'transport_operator'), callInstead: false },
      { id: 'klotter', label: { sv: 'Klotter och skadegörelse', en: 'Graffiti and vandalism' }, guidance: { sv: 'Kränkande klotter tar vi bort inom ett dygn.', en: 'Offensive graffiti is removed within a day.' }, responsibleParty: party('gatuavdelningen', 'Gatuavdelningen', 'municipal_department'), callInstead: false },
      { id: 'brott-pagar', label: { sv: 'Ett brott pågår', en: 'A crime is happening now' }, guidance: { sv: 'Ring 112 direkt.', en: 'Call 112 now.' }, responsibleParty: party('polisen', 'Polisen', 'police'), callInstead: true, phone: '112' },
      { id: 'annat', label: { sv: 'Något annat', en: 'Something else' }, guidance: { sv: 'Beskriv vad som gör platsen otrygg.', en: 'Describe what makes the place feel unsafe.' }, responsibleParty: party('est', 'EST – kommunens trygghetsgrupp', 'other'), callInstead: false },
    ],
  };
}

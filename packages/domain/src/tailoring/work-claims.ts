/**
 * Claims about the work itself that carry no figure and no name, in the five languages the gate reads: how
 * often a task was done ("daily stock counts" where the profile says monthly). Each needs a line of the
 * profile that says the same about the same work.
 *
 * Every pattern is anchored on a word of its own and looks a bounded number of words around it.
 */
const W0 = '(?<![\\p{L}\\p{N}])';
const W1 = '(?![\\p{L}\\p{N}])';
const re = (alternatives: readonly string[], flags = 'iu'): RegExp =>
  new RegExp(`${W0}(?:${alternatives.join('|')})${W1}`, flags);

/**
 * How often, per period: what a sentence claims, and what a source line may say for it (wider: "a day", "per
 * month", "year-end"). "Bi-weekly" is its own period, neither weekly nor monthly.
 */
export const FREQUENCIES: readonly {
  readonly period: string;
  readonly claim: RegExp;
  readonly source: RegExp;
}[] = [
  {
    period: 'day',
    claim: re([
      'daily',
      'nightly',
      '(?:every|each|per) (?:single )?(?:day|night|morning|evening)',
      'on a daily basis',
      'täglich\\p{L}*',
      '(?:jeden|pro) (?:tag|morgen|abend)',
      'quotidien\\p{L}*',
      'journali\\p{L}*',
      '(?:chaque|par) (?:jour|matin|soir)',
      'tous les (?:jours|matins|soirs)',
      'diari[oa]s?',
      'diariamente',
      'a diario',
      '(?:cada|por) (?:día|mañana|noche)',
      'todos los días',
      'codzienn\\p{L}*',
      'dziennie',
      'każdego (?:dnia|ranka|wieczoru)',
      'na dzień',
    ]),
    source: re([
      'daily',
      'nightly',
      '(?:every|each|per|a) (?:single )?(?:day|night|morning|evening)',
      '/\\s?day',
      'täglich\\p{L}*',
      '(?:jeden|pro|am) (?:tag|morgen|abend)',
      'quotidien\\p{L}*',
      'journali\\p{L}*',
      '(?:chaque|par) (?:jour|matin|soir)',
      'tous les (?:jours|matins|soirs)',
      'diari[oa]s?',
      'diariamente',
      'a diario',
      '(?:cada|por|al) (?:día|mañana|noche)',
      'todos los días',
      'codzienn\\p{L}*',
      'dzienn\\p{L}*',
      'każdego (?:dnia|ranka|wieczoru)',
      'na dzień',
    ]),
  },
  {
    period: 'shift',
    claim: re([
      '(?:every|each|per) shift',
      'pro schicht',
      '(?:chaque|par) (?:poste|service)',
      '(?:cada|por) turno',
      'na (?:każdej )?zmian\\p{L}*',
    ]),
    source: re([
      '(?:every|each|per|a) shift',
      '(?:pro|jede) schicht',
      '(?:chaque|par) (?:poste|service)',
      '(?:cada|por) turno',
      'na (?:każdej )?zmian\\p{L}*',
    ]),
  },
  {
    period: 'week',
    claim: re([
      'weekly',
      '(?:every|each|per) week',
      'wöchentlich\\p{L}*',
      '(?:jede|pro) woche',
      'hebdomadaire\\p{L}*',
      '(?:chaque|par) semaine',
      'toutes les semaines',
      'semanal\\p{L}*',
      '(?:cada|por) semana',
      'todas las semanas',
      'a la semana',
      'tygodniow\\p{L}*',
      'cotygodniow\\p{L}*',
      'co tydzień',
    ]),
    source: re([
      'weekly',
      '(?:every|each|per|a) week',
      '/\\s?(?:week|wk)',
      'wöchentlich\\p{L}*',
      '(?:jede|pro) woche',
      'hebdomadaire\\p{L}*',
      '(?:chaque|par) semaine',
      'toutes les semaines',
      'semanal\\p{L}*',
      '(?:cada|por) semana',
      'todas las semanas',
      'a la semana',
      'tygodniow\\p{L}*',
      'cotygodniow\\p{L}*',
      'co tydzień',
      'w tygodniu',
      // "Three mornings a week" is weekly work.
      '(?:\\p{L}+ )?(?:times|mornings|evenings|nights|days|shifts|mal|fois|veces|razy) (?:a|per|pro|par|à la|por|a la|w) (?:week|woche|semaine|semana|tygodniu)',
    ]),
  },
  {
    period: 'fortnight',
    claim: re([
      'bi-?weekly',
      'fortnightly',
      'every (?:two|other) weeks?',
      'zweiwöchentlich\\p{L}*',
      'alle zwei wochen',
      'toutes les deux semaines',
      'bimensuel\\p{L}*',
      'quincenal\\p{L}*',
      'cada dos semanas',
      'co dwa tygodnie',
      'dwutygodniow\\p{L}*',
    ]),
    source: re([
      'bi-?weekly',
      'fortnightly',
      'every (?:two|other) weeks?',
      'zweiwöchentlich\\p{L}*',
      'alle zwei wochen',
      'toutes les deux semaines',
      'bimensuel\\p{L}*',
      'quincenal\\p{L}*',
      'cada dos semanas',
      'co dwa tygodnie',
      'dwutygodniow\\p{L}*',
    ]),
  },
  {
    period: 'month',
    claim: re([
      'monthly',
      '(?:every|each|per) month',
      'month-end',
      'monatlich\\p{L}*',
      '(?:jeden|pro) monat',
      'mensuel\\p{L}*',
      'mensuellement',
      '(?:chaque|par) mois',
      'tous les mois',
      'mensual\\p{L}*',
      '(?:cada|por) mes',
      'todos los meses',
      'al mes',
      'miesięczn\\p{L}*',
      'comiesięczn\\p{L}*',
      'co miesiąc',
    ]),
    source: re([
      'monthly',
      '(?:every|each|per|a) month',
      '/\\s?(?:month|mo)',
      'month-end',
      'monatlich\\p{L}*',
      'monats\\p{L}+',
      '(?:jeden|pro|im) monat',
      'mensuel\\p{L}*',
      'mensuellement',
      '(?:chaque|par) mois',
      'tous les mois',
      'fin de mois',
      'mensual\\p{L}*',
      '(?:cada|por) mes',
      'todos los meses',
      'al mes',
      'cierre de mes',
      'miesięczn\\p{L}*',
      'comiesięczn\\p{L}*',
      'co miesiąc',
      'w miesiącu',
    ]),
  },
  {
    period: 'quarter',
    claim: re([
      'quarterly',
      '(?:every|each|per) quarter',
      'vierteljährlich\\p{L}*',
      'quartalsweise',
      '(?:jedes|pro) quartal',
      'trimestriel\\p{L}*',
      '(?:chaque|par) trimestre',
      'trimestral\\p{L}*',
      '(?:cada|por) trimestre',
      'kwartaln\\p{L}*',
      'co kwartał',
    ]),
    source: re([
      'quarterly',
      '(?:every|each|per|a) quarter',
      'quarter-end',
      'vierteljährlich\\p{L}*',
      'quartals\\p{L}*',
      '(?:jedes|pro|im) quartal',
      'trimestriel\\p{L}*',
      '(?:chaque|par) trimestre',
      'trimestral\\p{L}*',
      '(?:cada|por|al) trimestre',
      'kwartaln\\p{L}*',
      'co kwartał',
      'w kwartale',
      // Four times a year, every three months.
      '(?:four|4|vier|quatre|cuatro|cztery) (?:times|mal|fois|veces|razy) (?:a|per|im|pro|par|al|por|w) (?:year|jahr|an|année|año|roku)',
      'every three months',
      'alle drei monate',
      'tous les trois mois',
      'cada tres meses',
      'co trzy miesiące',
    ]),
  },
  {
    period: 'year',
    claim: re([
      'annual\\p{L}*',
      'yearly',
      '(?:every|each|per) year',
      'jährlich\\p{L}*',
      '(?:jedes|pro) jahr',
      'annuel\\p{L}*',
      'annuellement',
      '(?:chaque|par) année',
      'tous les ans',
      'par an',
      'anual\\p{L}*',
      '(?:cada|por) año',
      'todos los años',
      'al año',
      'rocznie',
      'coroczn\\p{L}*',
      'co roku',
    ]),
    source: re([
      'annual\\p{L}*',
      'yearly',
      '(?:every|each|per|a) year',
      '/\\s?(?:year|yr)',
      'year-end',
      'fiscal year',
      'jährlich\\p{L}*',
      'jahres\\p{L}+',
      '(?:jedes|pro|im) jahr',
      'annuel\\p{L}*',
      'annuellement',
      '(?:chaque|par) année',
      'tous les ans',
      'par an',
      "fin d['’]année",
      'anual\\p{L}*',
      '(?:cada|por) año',
      'todos los años',
      'al año',
      'cierre del? (?:año|ejercicio)',
      'rocznie',
      'roczn\\p{L}*',
      'coroczn\\p{L}*',
      'co roku',
      'w roku',
    ]),
  },
];

// The routine itself, not a frequency: "daily operations", "tâches quotidiennes", "codzienna praca",
// "au quotidien", "a diario" of a tool ("I use Excel daily").
const ROUTINE_WORD = new RegExp(
  `^(?:${[
    'operations?',
    'routines?',
    'tasks?',
    'activit(?:y|ies)',
    'living',
    'lives?',
    'life',
    'business',
    'work',
    'workflows?',
    'duties',
    'running',
    'responsibilities',
    'challenges',
    'needs',
    'practice',
    'betrieb\\p{L}*',
    'arbeit',
    'aufgaben',
    'geschäft\\p{L}*',
    'alltag\\p{L}*',
    'praxis',
    'travail',
    'tâches?',
    'activités?',
    'vie',
    'gestion',
    'fonctionnement',
    'opérations?',
    'pratique',
    'trabajo',
    'tareas?',
    'actividades?',
    'vida',
    'gestión',
    'funcionamiento',
    'operaciones?',
    'práctica',
    'labor(?:es)?',
    'prac\\p{L}*',
    'obowiązk\\p{L}*',
    'zada\\p{L}*',
    'życi\\p{L}*',
    'funkcjonowani\\p{L}*',
    'działa\\p{L}*',
    'operacj\\p{L}*',
    'praktyc\\p{L}*',
  ].join('|')})$`,
  'iu',
);
const TOOL_USE = re([
  'use[sd]?',
  'using',
  'rel(?:y|ies|ied) on',
  'work(?:ed|ing|s)? (?:with|in)',
  'nutze\\p{L}*',
  'arbeite\\p{L}* (?:\\p{L}+ )?(?:mit|in)',
  'utilis\\p{L}*',
  'utiliz\\p{L}*',
  'uso',
  'trabaj\\p{L}* con',
  'używ\\p{L}*',
  'korzyst\\p{L}*',
  'pracuj\\p{L}* (?:w|z|na)',
]);

export interface FrequencyClaim {
  readonly period: string;
  readonly raw: string;
  readonly index: number;
}

/** The frequencies a sentence states about its work (not the routine, not how often a tool is used). */
export function frequencyClaims(text: string): FrequencyClaim[] {
  if (/(?<!\p{L})au quotidien(?!\p{L})/iu.test(text)) return [];
  // How often a tool is used ("I use Excel daily", "Ich arbeite täglich mit SAP"): a use just before the
  // period, not one after the work it qualifies ("Ran daily stock counts using scanners").
  const uses = [...text.matchAll(new RegExp(TOOL_USE.source, 'giu'))].map((m) => m.index);
  const out: FrequencyClaim[] = [];
  for (const { period, claim } of FREQUENCIES) {
    const all = new RegExp(claim.source, 'giu');
    for (const m of text.matchAll(all)) {
      const before =
        text
          .slice(Math.max(0, m.index - 30), m.index)
          .match(/[\p{L}-]+/gu)
          ?.at(-1) ?? '';
      const after =
        text
          .slice(m.index + m[0].length, m.index + m[0].length + 40)
          .match(/[\p{L}-]+/gu)
          ?.slice(0, 2) ?? [];
      // Only "daily" names the routine ("day-to-day"): "gestión semanal" is a weekly task.
      if (period === 'day' && [before, ...after].some((w) => ROUTINE_WORD.test(w))) continue;
      if (uses.some((at) => at < m.index && at >= m.index - 30)) continue;
      out.push({ period, raw: m[0], index: m.index });
    }
  }
  return out;
}

/** The periods a source line states. */
export function sourceFrequencies(text: string): Set<string> {
  return new Set(FREQUENCIES.filter((f) => f.source.test(text)).map((f) => f.period));
}

/** The sentence without its frequency words, to find the work it speaks of. */
export function withoutFrequencies(text: string): string {
  let out = text;
  for (const { claim } of FREQUENCIES) out = out.replace(new RegExp(claim.source, 'giu'), ' ');
  return out;
}

/**
 * Places the work may be said to cover, in the five languages: stores, branches, sites, plants, warehouses,
 * restaurants, hospitals and wards, schools, offices, regions and countries, departments.
 */
const SITE =
  '(?:stores?|shops?|class(?:es|rooms?)?|year groups?|kitchens?|naves?|hangars?|outlets?|supermarkets?|branch(?:es)?|sites?|locations?|facilit(?:y|ies)|plants?|factor(?:y|ies)|warehouses?|depots?|restaurants?|hotels?|hospitals?|clinics?|wards?|schools?|campus(?:es)?|offices?|regions?|countries|markets?|departments?|subsidiar(?:y|ies)|franchises?|filiale[n]?|geschäfte?|märkte?|läden|laden|niederlassung(?:en)?|zweigstellen?|standorte?|werke?|lager|restaurants?|kliniken|klinik|stationen|station|krankenhäuser|krankenhaus|schulen|schule|büros?|regionen|länder|abteilungen|abteilung|magasins?|boutiques?|agences?|succursales?|établissements?|usines?|entrepôts?|hôpitaux|hôpital|cliniques?|services?|écoles?|bureaux|bureau|pays|marchés?|départements?|tiendas?|sucursal(?:es)?|oficinas?|sedes?|centros?|plantas?|fábricas?|almacenes|almacén|restaurantes?|hospitales?|clínicas?|escuelas?|colegios?|regiones|región|países|país|mercados?|departamentos?|sklep\\p{L}*|oddzia\\p{L}*|placów\\p{L}*|filii|filia\\p{L}*|zakład\\p{L}*|magazyn\\p{L}*|restauracj\\p{L}*|szpital\\p{L}*|szkoł\\p{L}*|szkół|biur\\p{L}*|region\\p{L}*|kraj\\p{L}*|rynk\\p{L}*|dział\\p{L}*|lokalizacj\\p{L}*|punkt\\p{L}*)';
const COUNT = '(?:\\d+|\\p{L}+)\\s+';
const OWN =
  '(?:the|our|its|their|my|his|her|der|die|den|unserer?|unseren|ihrer?|ses|nos|leurs|les|l[oa]s|nuestr[oa]s|sus|naszych|nasze)\\s+';

// Every one of something in a whole area or organisation: "all the residential blocks in the city", "toutes les
// copropriétés de la ville", "todas las comunidades de la ciudad", "alle Kunden der Region", "wszystkie
// wspólnoty w mieście". A line about some of them supports none of it.
const AREA =
  '(?:city|town|region|district|area|county|state|country|province|company|group|chain|network|organi[sz]ation|ville|région|département|pays|entreprise|société|groupe|réseau|ciudad|región|provincia|zona|comarca|país|empresa|compañía|grupo|red|stadt|region|landkreises|bezirks|landes|unternehmens|konzerns|gruppe|mieście|regionie|województwie|powiecie|kraju|firmie|grupie|sieci)';
const EVERY_ONE_OF_AREA = `(?:(?:all|every)\\s+(?:of\\s+)?(?:the\\s+|our\\s+)?(?:[\\p{L}-]+\\s+){1,2}(?:in|of|across)\\s+(?:the|our|my)\\s+${AREA}|tou(?:te)?s\\s+les\\s+(?:\\p{L}+\\s+){1,2}(?:de|du|dans)\\s+(?:la\\s+|le\\s+|l['’]|notre\\s+)?${AREA}|tod[oa]s\\s+l[oa]s\\s+(?:\\p{L}+\\s+){1,2}(?:de|en)\\s+(?:la\\s+|el\\s+|nuestra\\s+|nuestro\\s+)?${AREA}|alle[nr]?\\s+(?:\\p{L}+\\s+){1,2}(?:der|des|im|in\\s+der)\\s+${AREA}|wszystki\\p{L}*\\s+(?:\\p{L}+\\s+){1,2}w\\s+(?:całym\\s+|całej\\s+)?${AREA})`;

// Work said to span several places of business, no count given: "at multiple store locations", "across
// several sites", "in mehreren Filialen", "dans plusieurs magasins", "en varias tiendas", "w kilku oddziałach"
// (several departments or markets are no places).
const SEVERAL_PLACES = `(?:multiple|several|numerous|mehreren?|plusieurs|vari[oa]s|kilku|wielu)\\s+(?:[\\p{L}-]+\\s+)?(?:stores|shops|locations|sites|branches|outlets|restaurants|hotels|warehouses|depots|clinics|hospitals|schools|offices|plants|facilities|filialen|standorten?|niederlassungen|magasins|agences|succursales|établissements|tiendas|sucursales|centros|oddział\\p{L}*|sklep\\p{L}*|lokalizacj\\p{L}*|placów\\p{L}*)`;

/**
 * The work said to cover every site: "all stores in the district", "every site in the region", "across all 12
 * branches", "alle Filialen", "toutes les agences", "todas las tiendas", "wszystkie oddziały", "każdy
 * sklep". A line speaking of one store supports none of it.
 */
export const ALL_SITES_RE = new RegExp(
  `${W0}(?:(?:all|every|each)\\s+(?:of\\s+)?(?:${OWN})?(?:${COUNT})?(?:[\\p{L}-]+\\s+)?${SITE}|(?:alle[nr]?|sämtliche[nr]?|jede[nrs]?)\\s+(?:${OWN})?(?:${COUNT})?(?:\\p{L}+\\s+)?${SITE}|(?:tou(?:te)?s\\s+(?:les|nos|ses|leurs)|chaque|l['’]ensemble\\s+des)\\s+(?:${COUNT})?(?:\\p{L}+\\s+)?${SITE}|(?:tod[oa]s\\s+(?:l[oa]s|nuestr[oa]s|sus)|cada)\\s+(?:${COUNT})?(?:\\p{L}+\\s+)?${SITE}|(?:wszystki\\p{L}*|każd\\p{L}*|cał\\p{L}*\\s+sieci\\p{L}*)\\s+(?:${COUNT})?(?:\\p{L}+\\s+)?${SITE}|${EVERY_ONE_OF_AREA}|${SEVERAL_PLACES})${W1}`,
  'iu',
);

// Several sites in a source line: "6 stores", "three branches", "several sites", "mehrere Filialen",
// "plusieurs magasins", "varias tiendas", "kilka sklepów".
const SEVERAL_SITES_RE = new RegExp(
  `${W0}(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many|various|numerous|zwei|drei|vier|fünf|sechs|mehrere[nr]?|verschiedene[nr]?|deux|trois|quatre|cinq|six|plusieurs|diverses|dos|tres|cuatro|cinco|seis|varias|varios|diversas|diversos|dwa|dwóch|dwie|trzy|trzech|cztery|czterech|pięć|pięciu|kilka|kilku|wiele|wielu|różnych)\\s+(?:[\\p{L}-]+\\s+)?${SITE}${W1}`,
  'iu',
);

// Classes and year groups are a teacher's load, not sites: "5 classes" covers no stores.
const CLASSES_RE = /class|year group|klass|clase|klas/iu;

/**
 * Whether a source line speaks of every site or of several (the work covered more than one), of the kind the
 * claim names: a teacher's "5 classes" are no sites of a business.
 */
export const sourceSpansSites = (text: string, claimed = ''): boolean => {
  const m = ALL_SITES_RE.exec(text) ?? SEVERAL_SITES_RE.exec(text);
  return m !== null && (!CLASSES_RE.test(m[0]) || claimed === '' || CLASSES_RE.test(claimed));
};

/**
 * Who the work was for, when it is a claim of standing: celebrities, royalty, heads of state and ministers,
 * diplomats and dignitaries, VIPs, the very wealthy, Fortune 500 companies, the C-suite. Written in lower case,
 * so the name checks do not read them. Each needs a line of the profile naming the same kind of audience.
 */
export const AUDIENCES: readonly { readonly what: string; readonly claim: RegExp }[] = [
  {
    what: 'celebrities',
    claim: re([
      'celebrit(?:y|ies)',
      'famous (?:\\p{L}+ )?(?:clients?|guests?|customers?|people|faces|artists?|actors?|athletes?|musicians?)',
      'a-list(?:ers?)?',
      '(?:film|movie|tv|pop|rock|sports?) stars?',
      '(?:professional|olympic|elite) athletes?',
      'prominente[nr]?',
      'promis?',
      'célébrités?',
      '(?:clients?|clientèle|personnes|personnalités|invités) célèbres?',
      'stars? (?:du|de la) (?:cinéma|télé\\p{L}*|sport|musique)',
      'famos[oa]s',
      'celebridades?',
      'celebryt\\p{L}*',
      'gwiazd\\p{L}* (?:filmu|sportu|muzyki|estrady|telewizji)',
    ]),
  },
  {
    what: 'royalty',
    claim: re([
      'royalty',
      'royals',
      'royal (?:family|household|guests?)',
      'members of (?:the )?royal',
      'königshaus\\p{L}*',
      'königliche[nr]? (?:familie|gäste)',
      'adel(?:ige[nr]?)?',
      'famille royale',
      'membres de la famille royale',
      'realeza',
      '(?:casa|familia) real',
      'rodzin\\p{L}* królewsk\\p{L}*',
      'członk\\p{L}* rodziny królewskiej',
    ]),
  },
  {
    what: 'heads of state and ministers',
    claim: re([
      '(?:government |cabinet |foreign |prime )?ministers?',
      'heads? of state',
      'presidents? of (?:the |several )?(?:countr\\p{L}*|states?|nations?)',
      'politicians?',
      'members of parliament',
      'senators?',
      'diplomats?',
      'dignitar(?:y|ies)',
      'minister(?:in|innen|n)?',
      'staatsgäste?n?',
      'staatsoberhäupter(?:n)?',
      'politiker(?:in|innen|n)?',
      'diplomat(?:in|innen|en)',
      'ministres?',
      "chefs? d['’]état",
      'hommes politiques',
      'diplomates?',
      'personnalités politiques',
      'ministr[oa]s?',
      'jefes? de estado',
      'polític[oa]s',
      'diplomátic[oa]s',
      'ministr(?:a|em|ów|owie|ami|om)',
      'polityk\\p{L}*',
      'politycy',
      'dyplomat\\p{L}*',
      'głow\\p{L}* państw\\p{L}*',
      'członk\\p{L}* (?:rządu|parlamentu)',
      'posł\\p{L}*',
    ]),
  },
  {
    what: 'VIPs and the very wealthy',
    claim: re([
      'vips?',
      'vip[- ](?:guests?|clients?|customers?|passengers?|patients?)',
      'vip-(?:gäste|kunden|kunden|klienci|klientów|gości)',
      'high[- ]net[- ]worth',
      'hnwis?',
      'uhnw\\p{L}*',
      'billionaires?',
      'millionaires?',
      'wealthy (?:clients?|customers?|families|individuals|guests?)',
      'fortune (?:500|100|1000)',
      'ftse (?:100|250)',
      'dax-(?:konzerne|unternehmen)',
      'clients? fortunés',
      'grandes fortunes',
      'clientes? (?:vip|de alto patrimonio)',
      'grandes patrimonios',
      'zamożn\\p{L}* klient\\p{L}*',
      'milioner\\p{L}*',
    ]),
  },
  {
    what: 'the C-suite',
    claim: re(['c-suite', 'c-level', 'ceos? of']),
  },
];

/**
 * Taking over a responsibility, a promotion without a title: "I went on to lead the night shift", "took over
 * the running of the warehouse", "übernahm die Leitung", "j'ai pris la responsabilité de", "pasé a coordinar",
 * "objąłem kierownictwo". What follows the match is what was taken over.
 */
export const TAKE_OVER_RE = new RegExp(
  `${W0}(?:${[
    'went on to (?:lead|manage|run|head|supervise|coordinate|oversee|direct)',
    'took over (?:the |a |my )?(?:running|management|leadership|lead|supervision|coordination|direction|responsibility|charge|helm|command) (?:of|for)',
    'took over (?:the |a |my )(?:[\\p{L}-]+ )?(?:team|shift|department|store|unit|ward|branch|site|warehouse|kitchen|crew|office|section|line|desk|project|account|region|restaurant|floor)',
    'took (?:charge|control|command|ownership|the helm) of',
    '(?:stepped|moved) (?:up|in) (?:to|as) (?:lead|manage|run|head|supervise|coordinate|oversee)',
    '(?:stepped|moved) (?:up )?into (?:a |the )?(?:lead|leadership|management|managerial|supervisory|team[- ]lead|coordinator) (?:role|position)',
    '(?:was|were|been|got) (?:given|entrusted with|handed|put in|placed in) (?:the )?(?:responsibility for|leadership of|management of|charge of|running of|lead of|leading|managing|running|charge)',
    'became (?:responsible|accountable) for (?:leading|managing|running|supervising|coordinating|the (?:[\\p{L}-]+ )?(?:team|staff|shift|crew|department|store|unit))',
    'rose to (?:lead|manage|head|run|supervise)',
    'assumed (?:the )?(?:role|leadership|management|command|direction|coordination|supervision|running) (?:of|as|for)',
    'übernahm\\p{L}* (?:\\p{L}+ ){0,3}(?:die |das )?(?:\\p{L}*leitung|führung|verantwortung|koordination|kommando)',
    '(?:habe|hat|hatte) (?:\\p{L}+ ){0,4}(?:\\p{L}*leitung|führung|verantwortung|koordination) (?:\\p{L}+ ){0,4}übernommen',
    '(?:mit der|die) (?:\\p{L}*leitung|führung) (?:\\p{L}+ ){0,3}(?:betraut|übertragen)',
    "(?:pris|prenais|repris) (?:la|le) (?:responsabilité|direction|tête|gestion|coordination|commandement|pilotage|encadrement) (?:de|du|des|d['’])",
    '(?:suis|est|étais) passée? (?:à la|au) (?:coordination|direction|gestion|responsabilité|pilotage|encadrement)',
    "(?:on )?m['’]a (?:confié|été confiée?) (?:la |le |l['’])?(?:direction|responsabilité|gestion|coordination|encadrement|pilotage)",
    'suis devenue? (?:responsable|cheffe?|chef d|coordinat\\p{L}*|superviseu\\p{L}*)',
    'pasé a (?:coordinar|dirigir|gestionar|liderar|supervisar|encargarme|ser (?:responsable|encargad[oa]|jef[ea])|llevar|coordinarlo|dirigirlo)',
    'asumí (?:la |el )?(?:dirección|coordinación|responsabilidad|gestión|jefatura|liderazgo|mando|supervisión)',
    'me hice cargo (?:de|del)',
    'quedé a cargo (?:de|del)',
    'me (?:encargaron|confiaron) (?:la |el )?(?:dirección|coordinación|gestión|responsabilidad|jefatura|mando)',
    'me convertí en (?:el |la )?(?:responsable|encargad[oa]|jef[ea]|coordinador[a]?|supervisor[a]?)',
    'obj(?:ął|ęł)\\p{L}* (?:\\p{L}+ )?(?:kierownictwo|stanowisko|funkcj\\p{L}*|dowodzenie|zarządzanie|prowadzenie|kierowanie|nadzór)',
    'przej(?:ął|ęł)\\p{L}* (?:\\p{L}+ )?(?:kierownictwo|odpowiedzialność|zarządzanie|prowadzenie|koordynację|nadzór|kierowanie|obowiązki (?:kierown|koordyn|brygadz)\\p{L}*)',
    'zacz(?:ął|ęł)\\p{L}* (?:kierować|koordynować|zarządzać|nadzorować)',
    'powierzono mi (?:kierowanie|koordynację|prowadzenie|nadzór|zarządzanie|kierownictwo)',
  ].join('|')})${W1}`,
  'iu',
);

/**
 * An effect claimed without a figure: "increasing weekend revenue", "boosted sales significantly", "halving wait
 * times", "tripling team productivity", "steigerte den Umsatz", "zwiększyłam sprzedaż", "augmenté le chiffre
 * d'affaires", "aumenté las ventas". What changed (the outcome) and the change are read; a line about the same
 * work must state a change of that outcome (a figure or a verb of change), else the effect is invented.
 */
const CHANGE =
  '(?:increas\\p{L}*|boost\\p{L}*|rais(?:e|ed|es|ing)|gr(?:ow|ew|own|owing|ows)|improv\\p{L}*|lift(?:ed|ing|s)?|driv(?:e|es|ing)|drove|reduc\\p{L}*|cut(?:s|ting)?|lower(?:ed|ing|s)?|decreas\\p{L}*|halv(?:e|ed|es|ing)|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl\\p{L}*|slash(?:ed|es|ing)?|maximi[sz]\\p{L}*|minimi[sz]\\p{L}*|shrink\\p{L}*|shrank|(?:ge)?steiger\\p{L}*|erhöh\\p{L}*|(?:ge)?senkt\\p{L}*|verringert\\p{L}*|reduziert\\p{L}*|verbessert\\p{L}*|verdoppelt\\p{L}*|zwiększ\\p{L}*|obniż\\p{L}*|zmniejsz\\p{L}*|popraw\\p{L}*|podwoi\\p{L}*|augment\\p{L}*|rédui\\p{L}*|amélior\\p{L}*|doubl\\p{L}*|diminu\\p{L}*|aument\\p{L}*|reduj\\p{L}*|reduc\\p{L}*|redu[jz]\\p{L}*|mejor\\p{L}*|duplic\\p{L}*|disminu\\p{L}*)';
const OUTCOME =
  "(?:revenues?|sales|profits?|margins?|turnover|takings|covers|footfall|traffic|bookings|productivity|efficiency|output|throughput|retention|satisfaction|engagement|conversions?|costs?|spend(?:ing)?|waste|errors?|downtime|wait(?:ing)? times?|delays?|complaints?|turnaround(?: times?)?|attendance|absences?|overtime|returns|shrink(?:age)?|umsatz\\p{L}*|umsätze|gewinn\\p{L}*|kosten|produktivität|effizienz|kundenzufriedenheit|fehlerquote|wartezeit\\p{L}*|sprzedaż\\p{L}*|przychod\\p{L}*|przychód|zysk\\p{L}*|koszt\\p{L}*|wydajnoś\\p{L}*|produktywnoś\\p{L}*|chiffre d['’]affaires|ventes|bénéfices?|coûts|productivité|rentabilité|satisfaction|ventas|ingresos|beneficios?|costes|costos|productividad|rentabilidad|satisfacción)";
const MAGNITUDE =
  '(?:significantly|dramatically|substantially|greatly|considerably|sharply|massively|markedly|drastically|noticeably|measurably|deutlich|erheblich|signifikant|znacząco|znacznie|istotnie|considérablement|significativement|nettement|significativamente|considerablemente|notablemente)';
const BETWEEN = "(?:[\\p{L}\\p{N}&'’-]+\\s+){0,3}?";
export const EFFECT_RE = new RegExp(
  `${W0}(?:${CHANGE}\\s+${BETWEEN}${OUTCOME}|${OUTCOME}\\s+(?:[\\p{L}-]+\\s+){0,2}?${CHANGE}|${MAGNITUDE}\\s+${CHANGE}|${CHANGE}\\s+(?:\\p{L}+\\s+){0,2}?${MAGNITUDE}|${MAGNITUDE}\\s+(?:higher|lower|faster|better|fewer|more|less))${W1}`,
  'iu',
);
const OUTCOME_RE = new RegExp(`${W0}${OUTCOME}${W1}`, 'giu');
const CHANGE_SOURCE_RE = new RegExp(
  `${W0}${CHANGE}${W1}|\\d\\s?%|(?:growth|savings?|increase|reduction|wzrost|spadek|hausse|baisse|aumento|reducción|steigerung|senkung|zuwachs)`,
  'iu',
);

/** The outcomes an effect claim names ("revenue", "wait times"), lower case. */
export function outcomesOf(text: string): string[] {
  return [...text.matchAll(OUTCOME_RE)].map((m) => m[0].toLowerCase());
}

/** Whether a source line states a change: a verb of change, a percentage or a noun of change. */
export const statesChange = (text: string): boolean => CHANGE_SOURCE_RE.test(text);

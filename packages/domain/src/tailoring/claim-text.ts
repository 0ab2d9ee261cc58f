/**
 * Reading claims out of text: numbers with their kind and value, years, scope words, degrees. The same
 * functions read the profile and the generated document, so formatting variants meet: "50 %" and "50%",
 * "$1.2M" and "$1,200,000", "four" and "4", "2019–2021" and "2019 - 2021".
 */
import {
  durationOf,
  MONTH_UNIT,
  readFigurePhrases,
  wordNumbers,
  YEAR_UNIT,
  type NumberKind,
  type NumberMention,
} from './number-words.js';

export type { NumberKind, NumberMention } from './number-words.js';

export interface YearMention {
  readonly raw: string;
  readonly years: readonly number[];
  readonly start: number;
}

/** NFKC (full-width digits, non-breaking and thin spaces), one kind of dash, straight apostrophes. */
export function canonicalText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f]/g, ' ');
}

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

const YEAR_RANGE_RE =
  /(?<![\p{L}\p{N}$€£.,])((?:19[5-9]\d|20\d\d))(?:\s*(?:-|to|until|through)\s*((?:19[5-9]\d|20\d\d)|present|now|today|current))?(?![\p{N}%])/giu;

// What follows a decimal, not a thousands group: "2.125%", "1.500 million", "3.250x".
const DECIMAL_UNIT = '%|percent|per\\s?cent|pct|[x×kKmMbB](?![\\p{L}\\p{N}])|mn|bn|million|billion|thousand';

const NUMBER_RE = new RegExp(
  [
    // Not inside a word ("B2B", "v8"); Chinese and Japanese write numbers straight after a character, though.
    '(?<![\\p{N}.,]|(?![\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}])\\p{L})',
    '(?<cur>[$€£¥]|USD\\s?|EUR\\s?|GBP\\s?)?',
    // Thousands grouped by commas ("40,000"), by spaces ("40 000", also a narrow no-break space, made a space
    // by canonicalText) or by dots ("40.000", German and Polish; never before a unit a decimal takes, "2.125%").
    `(?<int>\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d{3})+(?![\\d.,]|\\s?(?:${DECIMAL_UNIT}))|\\d{1,3}(?: \\d{3})+(?![\\d.,]\\d)|\\d+)(?:\\.(?<frac>\\d+))?\\+?`,
    `(?:\\s?(?<unit>%|percent\\b|per\\s?cent\\b|pct\\b|[x×](?![\\p{L}\\p{N}])|-?fold\\b|k\\b|K\\b|mm\\b|MM\\b|mn\\b|m\\b|M\\b|bn\\b|B\\b|b\\b|million\\b|billion\\b|thousand\\b|(?:-|\\s)?(?:${YEAR_UNIT}|${MONTH_UNIT})(?![\\p{L}])))?`,
    '(?:\\s?(?<cur2>dollars|USD|euros?|EUR|pounds|GBP)\\b)?',
  ].join(''),
  'gu',
);
/** Years and year ranges ("2019", "2019-2021", "2018 to present"). */
export function extractYears(text: string): YearMention[] {
  const t = canonicalText(text);
  const out: YearMention[] = [];
  YEAR_RANGE_RE.lastIndex = 0;
  for (let m = YEAR_RANGE_RE.exec(t); m !== null; m = YEAR_RANGE_RE.exec(t)) {
    const years = [Number(m[1])];
    if (m[2] !== undefined && /^\d+$/.test(m[2])) years.push(Number(m[2]));
    out.push({ raw: m[0].trim(), years, start: m.index });
  }
  return out;
}

function blankYears(t: string): string {
  YEAR_RANGE_RE.lastIndex = 0;
  return t.replace(YEAR_RANGE_RE, (s) => ' '.repeat(s.length));
}

/** Numbers with their kind and value; years are left to extractYears. */
export function extractNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const t = readFigurePhrases(blankYears(canonicalText(text)), out);
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(t); m !== null; m = NUMBER_RE.exec(t)) {
    const g = m.groups ?? {};
    const int = (g.int ?? '').replace(/[,. ]/g, '');
    let value = Number(`${int}${g.frac !== undefined ? '.' + g.frac : ''}`);
    const unit = (g.unit ?? '')
      .toLowerCase()
      .replace(/^[-\s]/, '')
      .replace(/\s/g, '');
    let kind: NumberKind = 'count';
    const duration = unit === '' ? null : durationOf(unit, value);
    if (duration) ({ kind, value } = duration);
    else if (unit === '%' || unit === 'pct' || unit.startsWith('per')) kind = 'percent';
    else if (unit === 'x' || unit === '×' || unit.endsWith('fold')) kind = 'multiplier';
    else if (unit !== '') value *= SCALE[unit] ?? 1;
    if (g.cur !== undefined || g.cur2 !== undefined) kind = kind === 'count' ? 'money' : kind;
    if (!Number.isFinite(value)) continue;
    out.push({ raw: m[0].trim(), kind, value, start: m.index });
  }
  out.push(...wordNumbers(t));
  for (const m of t.matchAll(MULTIPLIER_WORD_RE)) {
    const word = (m[1] ?? '').toLowerCase();
    const [kind, value] = MULTIPLIER_WORDS[word.replace(/ing$|ed$/u, '')] ??
      OTHER_MULTIPLIERS.find(([re]) => re.test(word))?.[1] ?? ['multiplier', 2];
    out.push({ raw: m[0], kind, value, start: m.index });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "doubled", "tripled", "halved": figures in words.
const MULTIPLIER_WORDS: Record<string, [NumberKind, number]> = {
  doubl: ['multiplier', 2],
  tripl: ['multiplier', 3],
  quadrupl: ['multiplier', 4],
  halv: ['percent', 50],
};
// The same in German, French, Spanish and Polish: "verdoppelt", "a doublé", "duplicó", "podwoiłam", "halbiert".
const OTHER_MULTIPLIERS: readonly (readonly [RegExp, [NumberKind, number]])[] = [
  [/^(?:verdoppel|doubl|duplic|podw)/u, ['multiplier', 2]],
  [/^(?:verdreifach|tripl|potr)/u, ['multiplier', 3]],
  [/^(?:vervierfach|quadrupl|cuadrupl|poczw)/u, ['multiplier', 4]],
  [/^halbi/u, ['percent', 50]],
];
const MULTIPLIER_WORD_RE =
  /(?<![\p{L}\p{N}])(doubled|doubling|tripled|tripling|quadrupled|halved|halving|verdoppel\p{L}*|verdreifach\p{L}*|vervierfach\p{L}*|halbiert\p{L}*|halbierte\p{L}*|doublée?s?|doublant|triplée?s?|quadruplée?s?|duplic(?:ó|é|aba|ado|ada|ando)|triplic(?:ó|é|aba|ado|ada|ando)|cuadruplic(?:ó|é|ado)|podwoi\p{L}*|podwoj\p{L}*|potroi\p{L}*|potroj\p{L}*|poczwórn\p{L}*)(?![\p{L}\p{N}])/giu;

/** How far a stated duration may exceed what the dates show (rounding: "5 years" for 4 years 7 months). */
export const DURATION_SLACK_YEARS = 0.5;

/** How far apart a fraction in words and a percentage may be ("nearly a fifth" for 18 %), in points. */
export const FRACTION_SLACK_POINTS = 3;

/**
 * Whether a claimed figure is the source's. Dropping or adding a currency sign is not a new claim; a magnitude
 * ("hundreds of") is met by any figure at least that large, and a source's magnitude supports only a magnitude
 * no larger; a fraction in words meets a percentage within a few points.
 */
export function sameNumber(claim: NumberMention, source: NumberMention): boolean {
  const loose = new Set<NumberKind>(['count', 'money']);
  const kinds = claim.kind === source.kind || (loose.has(claim.kind) && loose.has(source.kind));
  if (!kinds) return false;
  if (claim.atLeast === true) return source.value >= claim.value;
  if (source.atLeast === true) return false;
  const slack =
    claim.approximate === true || source.approximate === true
      ? FRACTION_SLACK_POINTS
      : 1e-9 * Math.max(1, Math.abs(source.value));
  return Math.abs(claim.value - source.value) <= slack;
}

// Verbs and nouns that claim leadership or ownership. A generated line may use one only where its source does.
// (Lookarounds instead of \b: JavaScript's \b does not see Polish or German letters as word characters.)
const W0 = '(?<![\\p{L}\\p{N}])';
const W1 = '(?![\\p{L}\\p{N}])';
export const SCOPE_RE = new RegExp(
  `${W0}(led|leads|managed|manages|managing|spearheaded|spearheading|architected|owned|directed|directing|headed|heading|oversaw|oversees|overseeing|supervised|supervising|chaired|orchestrated|drove|championed|championing|steered|steering|leitete|leite|geleitet|verantwortete|verantwortet|führte|kierował\\p{L}*|kieruję|zarządzał\\p{L}*|zarządzam|nadzorował\\p{L}*|nadzoruję|dirigé\\p{L}*|dirigeais|dirigeait|géré\\p{L}*|gérais|encadré\\p{L}*|encadrais|piloté\\p{L}*|supervisé\\p{L}*|managé\\p{L}*|dirigí|dirigía|lideré|lideraba|gestioné|gestionaba|supervisaba|encabecé)${W1}`,
  'iu',
);
// The titles an appointment names in French and Spanish ("promue cheffe de mission", "nommé responsable",
// "nombrada jefa de turno"): a leading or senior role, not any word after "promu" ("les produits promus sur…").
const APPOINTED_TO =
  '(?:chef|cheffe|responsable|directeur|directrice|manager|superviseu(?:r|se)|coordinat(?:eur|rice)|adjointe?|encadrante?|gérante?|référente?|jef[ea]|encargad[oa]|director[a]?|gerente|coordinador[a]?|supervisor[a]?|subdirector[a]?)';
/**
 * A promotion claimed, in the five languages: "was promoted", "promoted to Senior Analyst", "earned a promotion",
 * "wurde befördert", "awansował", "promue au poste", "ascendida a". Not the marketing sense ("promoted the
 * brand", "ran seasonal promotions").
 */
export const PROMOTION_RE = new RegExp(
  `${W0}(?:(?:was|were|got|been|being|get|am|is)\\s+(?:\\p{L}+\\s+){0,2}?promoted|promoted\\s+(?:to|twice|three times|\\d+\\s+times|me|him|her|us|within|after|in\\s+(?:my|the|under|less|just|only)|from|quickly|rapidly|early|internally)|(?:quickly|rapidly|soon|later|twice|internally|fast-tracked|repeatedly)\\s+promoted|(?:earned|received|won|got|gained|secured)\\s+(?:a|an|my|two|three|\\d+)\\s+(?:[\\p{L}-]+\\s+){0,2}?promotions?|(?:early|fast-track|fast|internal|rapid|quick)\\s+promotions?|promotion\\s+to|(?:wurde|bin|wurden)\\s+(?:[\\p{L}.]+\\s+){0,6}?befördert|nach\\s+(?:\\p{L}+\\s+){0,3}?befördert|beförderung(?:en)?(?!\\s+(?:von|der|des|nach|per|mit)\\s)|awans(?:u|em|ie)?|(?:obtenu|reçu|eu)\\s+(?:une|ma)\\s+(?:\\p{L}+\\s+)?promotion|promotion interne|(?:obtuve|recibí|conseguí)\\s+(?:un|mi)\\s+(?:\\p{L}+\\s+)?ascenso|zum\\s+\\p{L}+\\s+befördert|awansowa\\p{L}*|awans\\s+na|promue?s?\\s+(?:au poste|à|en tant que|comme|${APPOINTED_TO})|nommée?s?\\s+(?:au poste d[e']\\s*|comme\\s+)?${APPOINTED_TO}|appointed\\s+(?:as\\s+|to\\s+)?(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:lead|leader|manager|supervisor|head|director|chief|coordinator|captain|officer|principal)|(?:zum|zur)\\s+\\p{L}+\\s+ernannt|mianowan\\p{L}*|nombrad[oa]\\s+(?:como\\s+)?${APPOINTED_TO}|(?:été|suis|fut|fus|avoir été)\\s+promue?s?|ascendid[oa]\\s+a)${W1}`,
  'iu',
);
const SOURCE_SCOPE_RE = new RegExp(
  `${W0}(led|lead|leads|leading|managed|manages|managing|manager|management|spearheaded|architected|architect|owned|own|owns|owning|owner|ownership|directed|director|headed|head of|oversaw|oversees|supervised|supervisor|supervising|chaired|orchestrated|principal|foreman|chief|leitete|leite|leiter|leiterin|leitung|führte|verantwortete|verantwortet|kierował\\p{L}*|kieruję|kierownik\\p{L}*|kierowani\\p{L}*|zarządzał\\p{L}*|zarządzam|zarządzani\\p{L}*|nadzorował\\p{L}*|brygadzist\\p{L}*|lider\\p{L}*|dirigé\\p{L}*|géré\\p{L}*|gérant\\p{L}*|encadr\\p{L}*|piloté\\p{L}*|supervisé\\p{L}*|responsable|directeur|directrice|chef|cheffe|dirigí|lideré|gestioné|jefe|jefa|jefatura|dirección|gerente|director[a]?|encargad[oa])${W1}`,
  'iu',
);
// Starting a part of an organisation, which is founding it: "created the quality department", "set up a
// subsidiary in Lyon", "créé le service de contrôle de gestion", "creé el departamento de calidad",
// "baute die Abteilung … auf". Only when the unit ends the phrase or a preposition follows: "created the company
// newsletter" is writing, not founding.
const UNIT =
  '(?:department|division|unit|subsidiary|business|company|office|branch|service|département|pôle|cellule|filiale|entreprise|société|agence|departamento|unidad|sucursal|empresa|delegación|filial|abteilung|firma|niederlassung|tochtergesellschaft|dział|firmę|spółkę|oddział)';
const STARTED_UNIT = `(?:created|set\\s+up|established|launched|started|créé|crée|créée|monté|montée|lancé|creé|creó|monté|montó|puse\\s+en\\s+marcha|gründete|stworzył\\p{L}*|utworzył\\p{L}*)\\s+(?:the|a|an|our|its|my|le|la|l['’]|un|une|notre|mon|ma|el|una|nuestro|nuestra|mi|die|das|den|eine?n?|unsere?n?)\\s*(?:new\\s+|nouve(?:au|l|lle)\\s+|nuev[oa]\\s+|neue[nrs]?\\s+|own\\s+|propre\\s+|propia\\s+|eigene[nrs]?\\s+)?${UNIT}(?=\\s*(?:$|[.,;:!?)]|\\s(?:of|for|in|at|de|du|des|d['’]|pour|en|à|del|para|für|in|im|w|dla)(?![\\p{L}\\p{N}])))`;

/**
 * Founding something, in the five languages: "founded", "co-founded", "pioneered", "gründete", "założyłam",
 * "fondé", "fundé". A rewrite may say it only where its source says the thing was started. ("Established",
 * which rewrites mostly use for "set up" or "built", is left to the other checks.)
 */
export const FOUNDING_RE = new RegExp(
  `${W0}(co-?founded|founded|pioneered|(?:mit)?gegründet|gründete|(?:współ)?założył\\p{L}*|(?:co)?fondé\\p{L}*|fund[éó]|fundad[oa]|cofund[éó]|${STARTED_UNIT})${W1}`,
  'iu',
);
const SOURCE_FOUNDING_RE = new RegExp(
  `${W0}(co-?founded|founded|founder|co-?founder|founding|established|pioneered|instituted|started|start(?:ed)? up|set up|created|launched|introduced|initiated|built|new|gegründet|gründete|gründer\\p{L}*|aufgebaut|eingeführt|założył\\p{L}*|założyciel\\p{L}*|stworzył\\p{L}*|wprowadził\\p{L}*|fondé\\p{L}*|fondat\\p{L}*|créé\\p{L}*|lancé\\p{L}*|monté\\p{L}*|mise? en place|mis\\p{L}* en place|fund[éó]|fundad\\p{L}*|cre[éó]|lanc[éó]|mont[éó]|puest[oa] en marcha|puse en marcha|eingerichtet|utworzył\\p{L}*|uruchomił\\p{L}*)${W1}`,
  'iu',
);
export const hasSourceFounding = (text: string): boolean => SOURCE_FOUNDING_RE.test(text);

// Being the first of a group to do something: "the first in the company to", "als Erste im Team", "la première
// du cabinet à", "el primero de la empresa en", "jako pierwszy w firmie".
const GROUP =
  '(?:company|firm|organi[sz]ation|team|department|industry|sector|country|region|state|city|hospital|school|store|plant|unternehmen|firma|team|abteilung|branche|entreprise|société|cabinet|équipe|service|secteur|pays|région|ville|hôpital|magasin|usine|empresa|compañía|equipo|departamento|sector|país|región|ciudad|hospital|tienda|planta|firmie|zespole|dziale|branży|polsce|regionie|mieście|szpitalu|sklepie|zakładzie)';
const FIRST_AMONG = `(?:(?:the|der|die)\\s+first\\s+(?:person\\s+|employee\\s+|one\\s+|woman\\s+|man\\s+)?(?:in|at|of)\\s+(?:the|my|our)\\s+${GROUP}\\s+to|als\\s+erste[rn]?\\s+(?:im|in\\s+der|des|der)\\s+${GROUP}|(?:le|la)\\s+premi(?:er|ère)\\s+(?:de|du|dans)\\s+(?:l['’]|la\\s+|le\\s+|mon\\s+|ma\\s+|notre\\s+)?${GROUP}\\s+à|(?:el|la)\\s+primer[oa]\\s+(?:de|en)\\s+(?:la|el|mi|nuestra|nuestro)\\s+${GROUP}\\s+en|jako\\s+pierwsz\\p{L}*\\s+w\\s+(?:całej\\s+)?${GROUP})`;

/**
 * Being first, stated as a claim: "the first-ever", "the industry's first", "the world's first", "an
 * industry-first". A rewrite may say it only where its source says "first" about the same work: building a
 * thing is not building the first of its kind.
 */
export const NOVELTY_RE = new RegExp(
  `${W0}(first-ever|first ever|(?:industry|world|company|firm|country|nation|market)(?:(?:'s|’s) |-)first|first of its kind|erstmals|weltweit erste\\p{L}*|pierwsz\\p{L}* w (?:polsce|branży)|premi(?:er|ère) (?:du|en) (?:secteur|france)|primer\\p{L}* (?:del sector|en españa)|${FIRST_AMONG})${W1}`,
  'iu',
);
const SOURCE_FIRST_RE = new RegExp(
  `${W0}(first|erst\\p{L}*|pierwsz\\p{L}*|premi(?:er|ère)s?|primer\\p{L}*)${W1}`,
  'iu',
);
export const hasSourceFirst = (text: string): boolean => SOURCE_FIRST_RE.test(text);

/**
 * How far the work reached, stated as a claim: "adopted school-wide", "rolled out company-wide", "nationwide",
 * "across the organisation", "unternehmensweit", "w całej firmie", "à l'échelle de l'entreprise", "en toda la
 * empresa". A rewrite may say it only where its source says the same reach.
 */
export const REACH_RE =
  /(?<![\p{L}\p{N}])(?:(company|organi[sz]ation|school|district|department|enterprise|firm|state|nation|world|industry|campus|hospital|group|system|university|agency|division|region|country|city|team)[\s-]?wide|nationwide|worldwide|globally|across (?:the (?:whole |entire )?)?(company|organi[sz]ation|business|enterprise|school|district|group|firm|trust|chain|network|region|country)|the (?:entire|whole) (?:\p{L}+ )?(region|territory|country|state|company|organi[sz]ation|district|network|fleet|portfolio|department|division|business|hospital|school)|(?:unternehmens|konzern|bundes|welt|landes|europa|deutschland)weit|w całej (?:firmie|organizacji|szkole|grupie|spółce|polsce)|ogólnopolsk\p{L}*|na całym świecie|dans (?:toute l'(?:entreprise|organisation)|tout le groupe)|à l'échelle (?:de l'entreprise|du groupe|nationale|mondiale)|au niveau national|en toda la (?:empresa|organización|compañía)|a nivel (?:nacional|mundial|global))(?![\p{L}\p{N}])/iu;

export const WEAK_SCOPE_RE =
  /(?<!\p{L})(contributed|helped|assisted|supported|participated|collaborated|worked on|worked alongside|unterstützte|unterstützt|half|assistierte|wirkte mit|mitgewirkt|pomaga\p{L}*|wspiera\p{L}*|asystowa\p{L}*|aidé|assisté|soutenu|ayudé|apoyé|asistí|colaboré)(?!\p{L})/iu;

export function hasSourceScope(text: string): boolean {
  return SOURCE_SCOPE_RE.test(text);
}

const STOP = new Set(
  'the and for with from into that this their our your over under across about after before while than then also which using used use via per team teams work worked working more most less new all each both other within'.split(
    ' ',
  ),
);

/** Content words (lower case, 4+ letters, light plural folding) for overlap checks. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of canonicalText(text)
    .toLowerCase()
    .match(/[\p{L}][\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 4 || STOP.has(w)) continue;
    out.add(w.endsWith('s') && w.length > 4 ? w.slice(0, -1) : w);
  }
  return out;
}

/** Lower-case word tokens for name comparison: punctuation and legal suffixes dropped. */
export function nameTokens(text: string): string[] {
  return (
    canonicalText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter(
    (w) =>
      ![
        'inc',
        'ltd',
        'llc',
        'corp',
        'corporation',
        'co',
        'gmbh',
        'plc',
        'limited',
        'company',
        'the',
        'sa',
        'ag',
      ].includes(w),
  );
}

const TITLE_ABBREVIATIONS: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  eng: 'engineer',
  engr: 'engineer',
  mgr: 'manager',
  dev: 'developer',
  swe: 'software',
  asst: 'assistant',
  assoc: 'associate',
  vp: 'vice',
  rn: 'registered',
};

export function titleTokens(text: string): string[] {
  return nameTokens(text)
    .filter((w) => !['a', 'an', 'of', 'and', 'at', 'in', 'for'].includes(w))
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
    .map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/**
 * Whether every word of `claim` is in `source`, as often as it is used there (a shortened name or title is
 * fine; an added word, or a word said twice as in "Lead Warehouse Team Lead", is not).
 */
export function wordsWithin(claim: readonly string[], source: readonly string[]): boolean {
  if (claim.length === 0) return false;
  const have = new Map<string, number>();
  for (const w of source) have.set(w, (have.get(w) ?? 0) + 1);
  for (const w of claim) {
    const n = have.get(w) ?? 0;
    if (n === 0) return false;
    have.set(w, n - 1);
  }
  return true;
}

// Words that make a title someone else's deputy: an Assistant Store Manager is no Store Manager, a Deputy Head
// no Head, a Vice President no President, a stellvertretende Filialleiterin no Filialleiterin.
const UNDER_RE =
  /^(?:assistant|asst|deputy|vice|associate|trainee|apprentice|stellvertretende\p{L}*|stv|zastępc\p{L}*|adjoint\p{L}*|ayudante|auxiliar|asistente|sub|under)$/u;

/**
 * A title claimed within a title held: every word in it (see wordsWithin), and whatever makes the held one a
 * deputy's kept ("Store Manager" is not within "Assistant Store Manager"; "Dental Assistant" is its own title,
 * the word being its head).
 */
export function titleWithin(claim: readonly string[], source: readonly string[]): boolean {
  if (!wordsWithin(claim, source)) return false;
  return source.every((w, i) => i === source.length - 1 || !UNDER_RE.test(w) || claim.includes(w));
}

export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'doctorate' | 'diploma';

const LEVELS: ReadonlyArray<readonly [DegreeLevel, RegExp]> = [
  [
    'doctorate',
    /\b(ph\.?\s?d|d\.?phil|doctorate|doctoral|doctor of|ed\.?d|md|dr\.-ing|doktor\w*|promoviert\w*|doctorat|doctorad[oa])\b/i,
  ],
  [
    'master',
    /\b(master|masters|m\.?sc?|m\.?a|m\.?eng|mba|msn|m\.?ed|m\.?phil|m\.?tech|m\.e(?=\.)|mca|msee|msme|mscs|msce|mse|llm|magister|mgr|máster|diplôme d['’]ingénieur)(?![\p{L}])\.?/iu,
  ],
  [
    'bachelor',
    /\b(bachelor|bachelors|b\.?sc?|b\.?a|b\.?eng|b\.e(?=\.)|bsee|bsme|bsce|bscs|bsie|bse|bsn|b\.?ed|b\.?tech|b\.?com|bca|llb|ab|licence|grado|licenciad[oa]|licencjat)\b\.?/i,
  ],
  ['associate', /\b(associate|a\.?a\.?s?|a\.?s)\b/i],
  ['diploma', /\b(diploma|certificate)\b/i],
];
const DEGREE_NOISE = new Set(
  'of in the and degree bachelor bachelors master masters doctorate doctoral doctor phd ph d dphil bsc bs ba beng bsn bed btech bcom msc ms ma meng msn med mphil mtech mba associate diploma hons honours honors with first class en de d l et y licence doctorat diplome ingenieur grado licenciado licenciada master maestria doctorado doctorada ingeniero ingeniera'.split(
    ' ',
  ),
);

export interface Degree {
  readonly level: DegreeLevel | null;
  readonly words: readonly string[];
}

export function readDegree(text: string): Degree {
  const level = LEVELS.find(([, re]) => re.test(text))?.[0] ?? null;
  // Abbreviations spelt out, so "BSc" and "Bachelor of Science" name the same degree.
  const expanded = text
    .replace(/\bmba\b/gi, 'master business administration')
    // US engineering degrees name their field: "BSEE" is a Bachelor of Science in Electrical Engineering.
    .replace(/\b([bm])s(ee|me|ce|cs|ie|e)\b/gi, (_, level: string, field: string) => {
      const fields: Record<string, string> = {
        ee: 'electrical engineering',
        me: 'mechanical engineering',
        ce: 'civil engineering',
        cs: 'computer science',
        ie: 'industrial engineering',
        e: 'engineering',
      };
      return `${level}s science ${fields[field.toLowerCase()] ?? ''}`;
    })
    .replace(/\b(?:b|m)\.?\s?sc?\b\.?/gi, (m) => `${m} science`)
    .replace(/\b(?:b|m)\.?a\b\.?/gi, (m) => `${m} arts`)
    .replace(/\b(?:b|m)\.?eng\b\.?/gi, (m) => `${m} engineering`)
    .replace(/\b(?:b|m)sn\b/gi, (m) => `${m} nursing`);
  // Noise is compared without accents: "máster", "diplôme", "ingénieur" are degree words, not a field.
  const words = nameTokens(expanded)
    .filter((w) => !DEGREE_NOISE.has(w.normalize('NFKD').replace(/\p{M}/gu, '')) && w.length > 1)
    .map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
  return { level, words };
}

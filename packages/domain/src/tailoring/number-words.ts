/**
 * Figures written in words, in the five languages the gate reads (English, German, French, Spanish, Polish):
 * "twelve", "zwölf", "douze", "doce", "dwanaście"; "two and a half years"; "by half", "by a third"; and the
 * magnitudes a writer states without a figure ("hundreds of customers", "a multi-million budget"). A model
 * that inflates a figure in words inflates it just the same.
 */
export type NumberKind = 'percent' | 'money' | 'multiplier' | 'count' | 'duration';

export interface NumberMention {
  readonly raw: string;
  readonly kind: NumberKind;
  /** The value in base units (dollars, items, percent points; years for durations). */
  readonly value: number;
  readonly start: number;
  /** A fraction in words ("nearly a fifth"): the same figure within a few points. */
  readonly approximate?: boolean;
  /** A magnitude without a figure ("hundreds of"): this value or more. */
  readonly atLeast?: boolean;
}

const W0 = '(?<![\\p{L}\\p{N}])';
const W1 = '(?![\\p{L}\\p{N}])';

/**
 * Counts in words. Words another language uses otherwise are left out: French "sept" (September), "cent"
 * ("per cent"), Spanish "once" (German "elf" stays: no resume speaks of elves).
 */
// German numbers two to twenty, as words ("zwölf") and as the first part of a span ("zwölfjährige").
const GERMAN_NUMBERS: Readonly<Record<string, number>> = {
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  fünfzehn: 15,
  zwanzig: 20,
};

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  // English
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
  // German
  ...GERMAN_NUMBERS,
  dreißig: 30,
  fünfzig: 50,
  hundert: 100,
  tausend: 1000,
  dutzend: 12,
  // French
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  cinquante: 50,
  douzaine: 12,
  // Spanish
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  quince: 15,
  veinte: 20,
  treinta: 30,
  cincuenta: 50,
  cien: 100,
  docena: 12,
  // Polish (the cases a count takes: "dwóch", "pięciu", "dwunastu")
  dwa: 2,
  dwie: 2,
  dwóch: 2,
  dwoma: 2,
  trzy: 3,
  trzech: 3,
  cztery: 4,
  czterech: 4,
  pięć: 5,
  pięciu: 5,
  sześć: 6,
  sześciu: 6,
  siedem: 7,
  siedmiu: 7,
  osiem: 8,
  ośmiu: 8,
  dziewięć: 9,
  dziewięciu: 9,
  dziesięć: 10,
  dziesięciu: 10,
  dwanaście: 12,
  dwunastu: 12,
  piętnaście: 15,
  piętnastu: 15,
  dwadzieścia: 20,
  dwudziestu: 20,
  sto: 100,
  tysiąc: 1000,
  tysiąca: 1000,
  tuzin: 12,
};

const MULTIPLIER_NUMBERS: Readonly<Record<string, number>> = {
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  tenfold: 10,
};

/** Units of time after a figure, in the five languages. */
// French "an" alone is left out: "$5 an hour".
// "10-jährige Erfahrung", "8-letnie doświadczenie": a span of years as an adjective.
export const YEAR_UNIT =
  '(?:years?|yrs?|[jJ]ahren?|[jJ]ahr|jährig\\p{L}*|ans|années?|años?|lat|lata|letni\\p{L}*|rok|roku)';
export const MONTH_UNIT = '(?:months?|[mM]onaten?|[mM]onate|mois|mes(?:es)?|miesięcy|miesiące)';
const YEAR_UNIT_RE = new RegExp(`^${YEAR_UNIT}$`, 'iu');
const MONTH_UNIT_RE = new RegExp(`^${MONTH_UNIT}$`, 'iu');

/** The kind and value a unit after a figure gives it: "5 years" is a duration, "5 months" 5/12 of one. */
export function durationOf(unit: string, value: number): { kind: NumberKind; value: number } | null {
  if (YEAR_UNIT_RE.test(unit)) return { kind: 'duration', value };
  if (MONTH_UNIT_RE.test(unit)) return { kind: 'duration', value: value / 12 };
  return null;
}

const COUNT_WORD = `(?:${[...Object.keys(WORD_NUMBERS), ...Object.keys(MULTIPLIER_NUMBERS)]
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const WORD_NUMBER_RE = new RegExp(
  `${W0}(?<word>${COUNT_WORD})${W1}(?:[\\s-](?<unit>${YEAR_UNIT}|${MONTH_UNIT}|percent|fold|x)${W1})?`,
  'giu',
);

/** Counts, durations and multipliers written as words ("twelve", "five years", "zwölf Jahre", "threefold"). */
export function wordNumbers(t: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of t.matchAll(WORD_NUMBER_RE)) {
    const raw = m.groups?.word ?? '';
    // "DOS", "TRES" in capitals are names, not figures; "5 thousand" was read with its digits.
    if (raw.length > 1 && raw === raw.toUpperCase()) continue;
    if (/\d[\s,.]*$/u.test(t.slice(Math.max(0, m.index - 4), m.index))) continue;
    const word = raw.toLowerCase();
    const unit = (m.groups?.unit ?? '').toLowerCase();
    const multiplier = MULTIPLIER_NUMBERS[word];
    let kind: NumberKind = multiplier !== undefined ? 'multiplier' : 'count';
    let value = multiplier ?? WORD_NUMBERS[word] ?? 0;
    const duration = unit === '' ? null : durationOf(unit, value);
    if (duration) ({ kind, value } = duration);
    else if (unit === 'percent') kind = 'percent';
    else if (unit === 'fold' || unit === 'x') kind = 'multiplier';
    out.push({ raw: m[0].trim(), kind, value, start: m.index });
  }
  return out;
}

const NUMBER_OR_WORD = `(?:\\d+|${COUNT_WORD})`;
const valueOf = (s: string): number =>
  /^\d+$/u.test(s) ? Number(s) : (WORD_NUMBERS[s.toLowerCase()] ?? NaN);

/**
 * A figure and a half of a year or month, in the five languages: "two and a half years", "a year and a
 * half", "zweieinhalb Jahre", "anderthalb Jahre", "deux ans et demi", "dos años y medio", "półtora roku",
 * "dwa i pół roku".
 */
const HALF_RES: readonly RegExp[] = [
  new RegExp(
    `${W0}(?<n>${NUMBER_OR_WORD})(?:\\s+|-)and(?:\\s+|-)a(?:\\s+|-)half[\\s-]+(?<unit>years?|months?)${W1}`,
    'giu',
  ),
  new RegExp(`${W0}(?:a|one)\\s+(?<unit>year|month)\\s+and\\s+a\\s+half${W1}`, 'giu'),
  new RegExp(
    `${W0}(?<n>zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)einhalb\\s+(?<unit>Jahre?n?|Monaten?)${W1}`,
    'giu',
  ),
  new RegExp(`${W0}(?<n>anderthalb|eineinhalb)\\s+(?<unit>Jahre?n?|Monaten?)${W1}`, 'giu'),
  new RegExp(`${W0}(?<n>${NUMBER_OR_WORD}|un)\\s+(?<unit>ans?|années?|mois)\\s+et\\s+demie?${W1}`, 'giu'),
  new RegExp(`${W0}(?<n>${NUMBER_OR_WORD}|un)\\s+(?<unit>años?|meses|mes)\\s+y\\s+medio${W1}`, 'giu'),
  new RegExp(`${W0}(?<n>${NUMBER_OR_WORD})\\s+i\\s+pół\\s+(?<unit>roku|lat|miesiąca)${W1}`, 'giu'),
  new RegExp(`${W0}(?<n>półtora)\\s+(?<unit>roku|miesiąca)${W1}`, 'giu'),
];
const ONE_AND_A_HALF = new Set(['anderthalb', 'eineinhalb', 'półtora']);

function halfValue(n: string | undefined): number {
  if (n === undefined || n === 'un') return 1.5;
  const word = n.toLowerCase();
  if (ONE_AND_A_HALF.has(word)) return 1.5;
  return valueOf(word) + 0.5;
}

/**
 * Decades, in the five languages: "a decade", "two decades", "ein Jahrzehnt", "une décennie", "une dizaine
 * d'années", "una década", "ponad dekadę" (Polish has no article). Decades without a number ("decades of
 * experience", "Jahrzehnte") are two at least.
 */
const DECADE_RE = new RegExp(
  `${W0}(?:(?<two>two|zwei|deux|dos|dwie)\\s+|(?<one>a|one|ein|eine[mnr]?|une|una|jedn\\p{L}*)\\s+)?(?<decade>decades?|jahrzehnte?n?|décennies?|décadas?|dizaines? d'années|dekad\\p{L}*)${W1}`,
  'giu',
);
/**
 * A span of years as one word: "zehnjährige Erfahrung", "dziesięcioletnie doświadczenie" ("mehrjährig",
 * "kilkuletni" state no figure).
 */
const YEAR_ADJECTIVE_PREFIXES: Readonly<Record<string, number>> = {
  ein: 1,
  ...GERMAN_NUMBERS,
  jedno: 1,
  dwu: 2,
  trzy: 3,
  cztero: 4,
  pięcio: 5,
  sześcio: 6,
  siedmio: 7,
  ośmio: 8,
  dziewięcio: 9,
  dziesięcio: 10,
  jedenasto: 11,
  dwunasto: 12,
  piętnasto: 15,
  dwudziesto: 20,
};
const YEAR_ADJECTIVE_RE = new RegExp(
  `${W0}(?<prefix>${Object.keys(YEAR_ADJECTIVE_PREFIXES)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?:jährig|letni)\\p{L}*${W1}`,
  'giu',
);
function yearsOf(g: Record<string, string | undefined>): number {
  if (g.prefix !== undefined) return YEAR_ADJECTIVE_PREFIXES[g.prefix.toLowerCase()] ?? 0;
  if (g.two !== undefined) return 20;
  const plural = /^(?:decades|jahrzehnte|jahrzehnten|décennies|décadas|dizaines d'années)$/iu;
  return g.one === undefined && plural.test(g.decade ?? '') ? 20 : 10;
}

/**
 * Fractions of a whole, stated as a change ("cut costs by half", "in half", "by a third", "o połowę", "um die
 * Hälfte", "halbiert", "de moitié", "a la mitad") or a share ("two thirds of", "a quarter of"): a percentage, compared loosely because "nearly a fifth" is 18 % as much as
 * 20 %. Not a period ("in a quarter", "the third quarter"), an ordinal ("in a third shift") or "a third party".
 */
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 50,
  third: 100 / 3,
  thirds: 200 / 3,
  quarter: 25,
  quarters: 75,
  fifth: 20,
};
const FRACTION_RE = new RegExp(
  `${W0}(?:(?:by|in)\\s+(?<by>half)|(?<half>o\\s+połowę|um\\s+die\\s+Hälfte|halbiert|de\\s+moitié|a\\s+la\\s+mitad|en\\s+un\\s+50\\s*%)|by\\s+(?:a|one)[\\s-](?<byPart>third|quarter|fifth)(?!\\s+(?:party|parties)${W1})|(?:(?:a|one)[\\s-](?<of>half|third|quarter|fifth)|(?:two|three)[\\s-](?<ofMany>thirds|quarters))\\s+of)${W1}`,
  'giu',
);

/**
 * A magnitude without a figure: "dozens of", "hundreds of", "thousands of", "tens of thousands of", "millions
 * of", "a multi-million budget", "a six-figure deal"; "Hunderte von", "des milliers de", "cientos de", "setki".
 * It claims at least the smallest figure it could mean.
 */
const MAGNITUDE_RE = new RegExp(
  `${W0}(?:(?<tens>tens|hundreds)\\s+of\\s+(?<big>thousands|millions)|(?<plain>dozens|hundreds|thousands|millions|billions))\\s+of${W1}|${W0}(?:(?<plainDe>Dutzende|Hunderte|Tausende)n?\\s+(?:von\\s+)?|des\\s+(?<plainFr>dizaines|centaines|milliers)\\s+d|(?<plainEs>docenas|decenas|cientos|miles)\\s+de\\s|(?<plainPl>dziesiątki|dziesiątek|dziesiątkach|dziesiątkami|setki|setek|setkach|setkami|tysiące|tysięcy|tysiącach|tysiącami)${W1})|${W0}(?:(?:une|plus\\s+d['’]une|près\\s+d['’]une|environ\\s+une)\\s+(?<approxFr>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)s?|(?:un|plus\\s+d['’]un|près\\s+d['’]un)\\s+(?<approxFrK>millier))\\s+d|${W0}(?:(?:una|más\\s+de\\s+una|casi\\s+una)\\s+(?<approxEs>decena|docena|veintena|treintena|cincuentena)|(?:un|más\\s+de\\s+un|casi\\s+un)\\s+(?<approxEsK>centenar|millar))\\s+de\\s|${W0}(?<approxPl>kilkanaście|kilkunast\\p{L}*|kilkadziesiąt|kilkudziesięci\\p{L}*|kilkaset|kilkuset)${W1}|${W0}(?<multi>multi-?(?:million|billion))${W1}|${W0}(?<figure>six|seven|eight)-figure${W1}`,
  'giu',
);
const MAGNITUDES: Readonly<Record<string, number>> = {
  dozens: 24,
  hundreds: 200,
  thousands: 2_000,
  millions: 2_000_000,
  billions: 2_000_000_000,
  dutzende: 24,
  hunderte: 200,
  tausende: 2_000,
  dizaines: 20,
  centaines: 200,
  milliers: 2_000,
  docenas: 24,
  decenas: 20,
  cientos: 200,
  miles: 2_000,
  dziesiątki: 20,
  dziesiątek: 20,
  setki: 200,
  setek: 200,
  tysiące: 2_000,
  // The same words declined: "w dziesiątkach budynków", "setkami zleceń", "tysiącach".
  dziesiątkach: 20,
  dziesiątkami: 20,
  setkach: 200,
  setkami: 200,
  tysięcy: 2_000,
  tysiącach: 2_000,
  tysiącami: 2_000,
};
/**
 * Round counts in words ("une centaine de clients", "un centenar de obras", "kilkadziesiąt sklepów"): each
 * claims at least the least it could honestly round from ("about a hundred" is not 45).
 */
const APPROXIMATE_AT_LEAST: Readonly<Record<string, number>> = {
  dizaine: 8,
  douzaine: 10,
  quinzaine: 13,
  vingtaine: 18,
  trentaine: 27,
  quarantaine: 36,
  cinquantaine: 45,
  soixantaine: 55,
  centaine: 80,
  millier: 800,
  decena: 8,
  docena: 10,
  veintena: 18,
  treintena: 27,
  cincuentena: 45,
  centenar: 80,
  millar: 800,
  kilkanaście: 11,
  kilkadziesiąt: 20,
  kilkaset: 200,
};
const approximateKey = (word: string): string => {
  const w = word.toLowerCase();
  if (w.startsWith('kilkunast')) return 'kilkanaście';
  if (w.startsWith('kilkudziesięci')) return 'kilkadziesiąt';
  if (w === 'kilkuset') return 'kilkaset';
  return w;
};
const FIGURES: Readonly<Record<string, number>> = { six: 100_000, seven: 1_000_000, eight: 10_000_000 };

/** Money after a magnitude: "millions of dollars", "a multi-million-euro contract". */
const MONEY_AFTER = /^[\s-]*(?:of\s+)?(?:dollars?|euros?|pounds?|USD|EUR|GBP|złotych|zł|PLN)(?![\p{L}])/iu;

function magnitudeOf(g: Record<string, string | undefined>): number {
  if (g.tens !== undefined && g.big !== undefined)
    return (g.tens.toLowerCase() === 'tens' ? 10 : 100) * (MAGNITUDES[g.big.toLowerCase()] ?? 0);
  const plain = g.plain ?? g.plainDe ?? g.plainFr ?? g.plainEs ?? g.plainPl;
  if (plain !== undefined) return MAGNITUDES[plain.toLowerCase()] ?? 0;
  const approximate = g.approxFr ?? g.approxFrK ?? g.approxEs ?? g.approxEsK ?? g.approxPl;
  if (approximate !== undefined) return APPROXIMATE_AT_LEAST[approximateKey(approximate)] ?? 0;
  if (g.multi !== undefined) return /billion/iu.test(g.multi) ? 2_000_000_000 : 2_000_000;
  return FIGURES[(g.figure ?? '').toLowerCase()] ?? 0;
}

/**
 * Reads the phrases above out of `t` and returns the text with them blanked, so their parts are not read
 * again ("two and a half years" is not "two", "hundreds of thousands" not "thousand").
 */
export function readFigurePhrases(t: string, out: NumberMention[]): string {
  const blank = (text: string, at: number, length: number) =>
    text.slice(0, at) + ' '.repeat(length) + text.slice(at + length);
  let rest = t;
  for (const re of [DECADE_RE, YEAR_ADJECTIVE_RE])
    for (const m of rest.matchAll(re)) {
      out.push({ raw: m[0], kind: 'duration', value: yearsOf(m.groups ?? {}), start: m.index });
      rest = blank(rest, m.index, m[0].length);
    }
  for (const re of HALF_RES)
    for (const m of rest.matchAll(re)) {
      const unit = (m.groups?.unit ?? '').toLowerCase();
      const value = halfValue(m.groups?.n);
      const months = /^(?:months?|monaten?|mois|mes(?:es)?|miesiąca)$/u.test(unit);
      out.push({ raw: m[0], kind: 'duration', value: months ? value / 12 : value, start: m.index });
      rest = blank(rest, m.index, m[0].length);
    }
  for (const m of rest.matchAll(FRACTION_RE)) {
    const g = m.groups ?? {};
    const part = (g.half !== undefined ? 'half' : (g.by ?? g.byPart ?? g.of ?? g.ofMany ?? '')).toLowerCase();
    out.push({ raw: m[0], kind: 'percent', value: FRACTIONS[part] ?? 0, start: m.index, approximate: true });
    rest = blank(rest, m.index, m[0].length);
  }
  for (const m of rest.matchAll(MAGNITUDE_RE)) {
    const g = m.groups ?? {};
    const money = g.figure !== undefined || MONEY_AFTER.test(rest.slice(m.index + m[0].length));
    const value = magnitudeOf(g);
    out.push({ raw: m[0], kind: money ? 'money' : 'count', value, start: m.index, atLeast: true });
    rest = blank(rest, m.index, m[0].length);
  }
  return rest;
}

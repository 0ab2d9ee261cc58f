/**
 * Dates as resumes write them, in English, German, Polish, French, Spanish, Italian and Portuguese: "Mar 2021",
 * "März 2021", "marca 2021", "marzo 2021", "março de 2021", "mar/2021", "03/2021", "2021-03", "03.2021", "2021",
 * ranges with a dash or a word ("to", "bis", "do", "à", "hasta", "até"), open ends ("Present", "heute",
 * "obecnie", "actuel", "actualidad", "oggi", "atual"…) and open starts ("since 2020", "seit 2020", "od 2020",
 * "depuis 2020", "desde 2020", "dal 2020").
 */
const MONTH_NAMES: Array<[number, string[]]> = [
  [
    1,
    [
      'january',
      'jan',
      'januar',
      'jänner',
      'styczeń',
      'stycznia',
      'sty',
      'janvier',
      'janv',
      'enero',
      'ene',
      'gennaio',
      'genn',
      'gen',
      'janeiro',
    ],
  ],
  [
    2,
    [
      'february',
      'feb',
      'februar',
      'luty',
      'lutego',
      'lut',
      'février',
      'févr',
      'fév',
      'fevrier',
      'febrero',
      'febbraio',
      'febb',
      'fevereiro',
      'fev',
    ],
  ],
  [3, ['march', 'mar', 'märz', 'maerz', 'mär', 'marzec', 'marca', 'mars', 'marzo', 'março', 'marco']],
  [4, ['april', 'apr', 'kwiecień', 'kwietnia', 'kwi', 'avril', 'avr', 'abril', 'abr', 'aprile']],
  [5, ['may', 'mai', 'maj', 'maja', 'mayo', 'maggio', 'mag', 'maio']],
  [6, ['june', 'jun', 'juni', 'czerwiec', 'czerwca', 'cze', 'juin', 'junio', 'giugno', 'giu', 'junho']],
  [
    7,
    ['july', 'jul', 'juli', 'lipiec', 'lipca', 'lip', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ],
  [8, ['august', 'aug', 'sierpień', 'sierpnia', 'sie', 'août', 'aout', 'agosto', 'ago']],
  [
    9,
    [
      'september',
      'sept',
      'sep',
      'wrzesień',
      'września',
      'wrz',
      'septembre',
      'septiembre',
      'setiembre',
      'set',
      'settembre',
      'sett',
      'setembro',
    ],
  ],
  [
    10,
    [
      'october',
      'oct',
      'oktober',
      'okt',
      'październik',
      'października',
      'paź',
      'octobre',
      'octubre',
      'ottobre',
      'ott',
      'outubro',
      'out',
    ],
  ],
  [11, ['november', 'nov', 'listopad', 'listopada', 'lis', 'novembre', 'noviembre', 'novembro']],
  [
    12,
    [
      'december',
      'dec',
      'dezember',
      'dez',
      'grudzień',
      'grudnia',
      'gru',
      'décembre',
      'déc',
      'decembre',
      'diciembre',
      'dic',
      'dicembre',
      'dezembro',
    ],
  ],
];
const MONTH_NUMBER = new Map<string, number>(
  MONTH_NAMES.flatMap(([number, names]) => names.map((name) => [name, number] as [string, number])),
);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// Longest first, so "september" wins over "sep"; a name must not run on into more letters.
const MONTH = `(?:${[...MONTH_NUMBER.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})(?!\\p{L})\\.?`;
const YEAR = '(?:19|20)\\d{2}';
const HAS_YEAR = /(?:19|20)\d{2}/u;
// A season before a year ("Summer 2021", "Sommer 2019", "été 2020", "verano 2018", "lato 2017"): read as the
// year alone, no month is made up.
const SEASON =
  '(?:spring|summer|fall|autumn|winter|frühjahr|frühling|sommer|herbst|winter|printemps|été|automne|hiver|primavera|verano|otoño|invierno|wiosna|lato|jesień|zima)(?!\\p{L})';
// Spanish and Portuguese write "enero de 2020", "março de 2021"; Brazilian resumes "mar/2021".
const POINT = `(?:(?:${MONTH}|${SEASON})\\s*(?:de\\s+|\\/\\s*)?${YEAR}|\\d{1,2}\\s*[./]\\s*${YEAR}|${YEAR}\\s*[-/.]\\s*\\d{1,2}(?!\\d)|${YEAR})`;
const OPEN_WORDS = [
  'present',
  'current',
  'now',
  'today',
  'ongoing',
  'to date',
  // Indian CVs: "July 2019 – Till Date".
  'till date',
  'till now',
  'heute',
  'jetzt',
  'aktuell',
  'derzeit',
  'dato',
  'obecnie',
  'nadal',
  'teraz',
  'aktualnie',
  'dziś',
  'actuel',
  'actuelle',
  'actuellement',
  "aujourd'hui",
  'aujourd’hui',
  'présent',
  'en cours',
  'actualidad',
  'actualmente',
  'presente',
  'hoy',
  'oggi',
  'ad oggi',
  'attuale',
  'in corso',
  'atual',
  'atualmente',
  'o momento',
  'hoje',
  'em andamento',
  'em curso',
];
const OPEN_END = `(?:${OPEN_WORDS.sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})(?!\\p{L})`;
const SEPARATOR = `(?:\\s*[-–—−]+\\s*|\\s+(?:to|until|till|bis|do|à|au|a|hasta|al|até)\\s+)`;
const FROM = `(?:(?:from|von|ab|od|de|du|desde|dal|da)\\s+)?`;
const SINCE = '(?:since|seit|od|depuis|desde|dal)';

// Not preceded by a letter or digit: "A2019" or "12019" is not a date.
// Polish writes "r." (rok, year) after a year: "od 2018 r. do teraz", "2015 r. – 2019 r.".
const ROK = '(?:\\s?r\\.)?';
const RANGE = new RegExp(
  `(?<![\\p{L}\\d])${FROM}(${POINT})${ROK}${SEPARATOR}(${POINT}|${OPEN_END})${ROK}(?![\\p{L}\\d])`,
  'iu',
);
// Seasons of two years, worked both times ("Été 2022 et 2023", "Summers 2021 and 2022", "Sommer 2019 und
// 2020", "lato 2021 i 2022"): the first to the last.
const SEASONS_WORD = SEASON.replace('(?!\\p{L})', 's?(?!\\p{L})');
const SEASONS = new RegExp(
  `(?<![\\p{L}\\d])(?:${SEASONS_WORD}\\s+)?(${YEAR})\\s*(?:and|et|und|y|i|&|\\+)\\s*(?:${SEASONS_WORD}\\s+)?(${YEAR})(?![\\p{L}\\d])`,
  'iu',
);
// "Avril – juin 2024", "Mai – Juli 2023", "de abril a junio de 2024": two months of the year written once.
const MONTH_SPAN = new RegExp(
  `(?<![\\p{L}\\d])${FROM}(${MONTH})${SEPARATOR}(${MONTH}\\s*(?:de\\s+)?(${YEAR}))(?![\\p{L}\\d])`,
  'iu',
);
const OPEN_START = new RegExp(`(?<![\\p{L}\\d])${SINCE}\\s+(${POINT})${ROK}(?![\\p{L}\\d])`, 'iu');
const SINGLE = new RegExp(`(?<![\\p{L}\\d])(${POINT})(?![\\p{L}\\d])`, 'iu');
/** A line that is only the start of a range, its end on the next line ("June 2022 –"). */
export const DANGLING_START = new RegExp(
  `^${FROM}(${POINT})${SEPARATOR.replace('\\s+(?:', '\\s*(?:')}$`,
  'iu',
);
/** A line that ends with the start of a range, its end opening the next line ("…, Acme (Mar 2020 –"). */
export const DANGLING_TAIL = new RegExp(
  `(?<![\\p{L}\\d])(${POINT})${SEPARATOR.replace('\\s+(?:', '\\s*(?:')}$`,
  'iu',
);
/** A line ending in a month name whose year a narrow column put on the next line ("… (Wrz" + "2019 – …"). */
export const DANGLING_MONTH = new RegExp(`(?:^|[\\s(])${MONTH}$`, 'iu');
export const YEAR_START = new RegExp(`^${YEAR}(?!\\d)`, 'u');
/** The end of a range opening a line, maybe closing its bracket ("aujourd'hui)", "2019) Leading…"). */
export const RANGE_END_START = new RegExp(`^(?:${POINT}|${OPEN_END})[)\\]]?(?:\\s+|$)`, 'iu');
/** A line that starts a range and goes on with the entry, its end starting the next line ("2017 – Title…"). */
export const DANGLING_LEAD = new RegExp(`^${FROM}(${POINT})${SEPARATOR}(?=\\p{L})`, 'iu');
/** The end of a range at the start of a line, before the text it continues ("Present Leading…"). */
export const OPEN_OR_POINT_START = new RegExp(`^(${POINT}|${OPEN_END})(?:\\s+|$)`, 'iu');
export const OPEN_OR_POINT_LINE = new RegExp(`^(?:${POINT}|${OPEN_END})$`, 'iu');

export interface FoundDates {
  start: string | null;
  end: string | null;
  current: boolean;
  /** Where the dates are in the line, so the rest can be read without them. */
  index: number;
  length: number;
}

/** "June 2022" → "2022-06", "03/2021" → "2021-03", "2021.3" → "2021-03", "2019" → "2019". */
export function normaliseDate(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\.$/u, '');
  const named = new RegExp(`^(\\p{L}+)\\.?\\s*(?:de\\s+|\\/\\s*)?(${YEAR})$`, 'u').exec(value);
  if (named) {
    const month = MONTH_NUMBER.get(named[1] as string);
    return month ? `${named[2]}-${String(month).padStart(2, '0')}` : (named[2] as string);
  }
  const monthFirst = new RegExp(`^(\\d{1,2})\\s*[./]\\s*(${YEAR})$`, 'u').exec(value);
  if (monthFirst) return withMonth(monthFirst[2] as string, Number(monthFirst[1]));
  const yearFirst = new RegExp(`^(${YEAR})\\s*[-/.]\\s*(\\d{1,2})$`, 'u').exec(value);
  if (yearFirst) return withMonth(yearFirst[1] as string, Number(yearFirst[2]));
  return new RegExp(`^${YEAR}$`, 'u').test(value) ? value : null;
}

const withMonth = (year: string, month: number) =>
  month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : year;

const isOpen = (text: string) => new RegExp(`^${OPEN_END}$`, 'iu').test(text.trim());

// "Fort McMurray, AB   Jan 2018 – Present", "Wilmington, DE 2019 – 2021": a region's code in capitals before
// the dates is no German "ab" or French "de" ("from"), and stays with the place.
const REGION_CODE_BEFORE = /^(?:AB|DE|DU|OD)\s+/u;

/** The first date range of a line (or an open start, "seit 2020"), else null. */
export function findRange(line: string): FoundDates | null {
  // Every date has a year: a line without one is passed over without trying the long patterns.
  if (!HAS_YEAR.test(line)) return null;
  const range = RANGE.exec(line);
  if (range) {
    const endText = range[2] as string;
    const current = isOpen(endText);
    const regionCode = REGION_CODE_BEFORE.exec(range[0])?.[0].length ?? 0;
    return {
      start: normaliseDate(range[1] as string),
      end: current ? null : normaliseDate(endText),
      current,
      index: range.index + regionCode,
      length: range[0].length - regionCode,
    };
  }
  const span = MONTH_SPAN.exec(line);
  if (span) {
    const regionCode = REGION_CODE_BEFORE.exec(span[0])?.[0].length ?? 0;
    return {
      start: normaliseDate(`${span[1] as string} ${span[3] as string}`),
      end: normaliseDate(span[2] as string),
      current: false,
      index: span.index + regionCode,
      length: span[0].length - regionCode,
    };
  }
  const seasons = SEASONS.exec(line);
  // Without a season, two years joined by "and" are dates only set apart at the line's end ("…   2022 and 2023").
  const apart = (match: RegExpExecArray) =>
    /^\p{L}/u.test(match[0]) ||
    (match.index + match[0].length === line.length &&
      /(?: {3}|[|,–—-]\s?)$/u.test(line.slice(0, match.index)));
  if (seasons && Number(seasons[2]) > Number(seasons[1]) && apart(seasons))
    return {
      start: seasons[1] as string,
      end: seasons[2] as string,
      current: false,
      index: seasons.index,
      length: seasons[0].length,
    };
  const since = OPEN_START.exec(line);
  if (since)
    return {
      start: normaliseDate(since[1] as string),
      end: null,
      current: true,
      index: since.index,
      length: since[0].length,
    };
  return null;
}

/** A single date anywhere in the line ("2017", "Mai 2015"), used where one date is the whole story. */
export function findSingle(line: string): FoundDates | null {
  if (!HAS_YEAR.test(line)) return null;
  const single = SINGLE.exec(line);
  if (!single) return null;
  return {
    start: null,
    end: normaliseDate(single[1] as string),
    current: false,
    index: single.index,
    length: single[0].length,
  };
}

/** The line without the dates found in it, and without the separators and brackets they leave behind. */
export function withoutDates(line: string, dates: FoundDates): string {
  return tidy(`${line.slice(0, dates.index)}   ${line.slice(dates.index + dates.length)}`);
}

const LOOSE_ENDS = new Set([...' \t|,;:·•—–-()[]']);

/**
 * Strips the separators, brackets and stray punctuation dates leave at either end of a line. A loop rather
 * than an end-anchored pattern: such a pattern retries from every position of a long run (quadratic).
 */
export function tidy(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LOOSE_ENDS.has(text[start] as string)) start += 1;
  // A closing bracket that closes one in the text stays: "Master of Business Administration (MBA)". The
  // last "(" before the end only moves left as the end does, so a long run of ")" is read once.
  let open = text.lastIndexOf('(');
  for (; end > start && LOOSE_ENDS.has(text[end - 1] as string); end -= 1) {
    while (open >= end - 1) open = open === 0 ? -1 : text.lastIndexOf('(', open - 1);
    if (text[end - 1] === ')' && open >= start) break;
  }
  let inner = text.slice(start, end);
  // A bracket that lost its partner with the dates ("Acme (" or ") Berlin") goes too.
  if (inner.includes('(') !== inner.includes(')')) inner = inner.replace(/[()]/gu, ' ').trim();
  return inner.replace(/\s*\(\s*\)\s*/gu, ' ').trim();
}

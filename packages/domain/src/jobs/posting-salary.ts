import type { SalaryPeriod, SalaryRange } from './parsed-job-posting.js';

// Symbols and words → ISO 4217. Codes are also accepted as written (USD, PLN, CHF, …).
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  c$: 'CAD',
  r$: 'BRL',
  a$: 'AUD',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '¥': 'JPY',
  zł: 'PLN',
  zl: 'PLN',
  złotych: 'PLN',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  'fr.': 'CHF',
  kr: 'SEK',
};
const CODES =
  'USD|EUR|GBP|PLN|CHF|CAD|AUD|NZD|INR|JPY|SEK|NOK|DKK|CZK|HUF|RON|MXN|BRL|ARS|CLP|COP|ZAR|SGD|HKD|AED';
const CUR = String.raw`(US\$|C\$|A\$|R\$|\$|€|£|₹|¥|zł|złotych|euros?|Fr\.|\b(?:${CODES})\b)`;
// 120,000 · 120.000 · 120 000 (space, no-break or thin space) · 4.000,50 · 18,50 · 85k · 1.2M
// Bounded repeats keep each attempt constant-time, so a line of digits costs linear time, not quadratic.
const AMOUNT = String.raw`(\d{1,3}(?:[,. \u00a0\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?)\s?([kK]\b|[mM]\b|Tsd\.?|tys\.?)?`;
const DASH = String.raw`\s*(?:-|–|—|to|bis|a|à|do|hasta|jusqu'à)\s*`;
// One bounded pattern (no nested unbounded repeats), run once per candidate line: linear in the line.
// "$52K/yr - $60K/yr": a period written after the first amount does not end the range.
const PER = String.raw`(?:\s?\/\s?\p{L}{1,5}\.?)?`;
const SALARY_RE = new RegExp(
  `${CUR}?\\s?${AMOUNT}\\s?${CUR}?(?:${PER}${DASH}${CUR}?\\s?${AMOUNT}\\s?${CUR}?)?`,
  'giu',
);

/** A line that talks about pay, in English, German, Polish, French or Spanish. */
export const SALARY_LINE_RE =
  /salary|compensation|\bpay\b|\bpaid\b|gehalt|vergütung|\blohn|entgelt|wynagrodzenie|stawka|zarobki|pensja|salaire|rémunération|remuneration|rémunéré|salario|sueldo|retribución|\bwage|\bctc\b|\blpa\b|lakhs?\b|stipend|per (?:year|annum|month|hour)|a year|an hour|brutto|brut|bruto|sal[aá]rio|vencimento|remunera[çc][ãa]o|stipendio|retribuzione|\bRAL\b|\blord[oi]\b/i;

const PERIODS: readonly (readonly [SalaryPeriod, RegExp])[] = [
  [
    'hour',
    /per hour|an hour|\/\s?(?:hour|hr|h|std|godz|heure|hora)\b|hourly|pro stunde|die stunde|stundenlohn|za godzin[ęe]|na godzin[ęe]|godzinow|de l'heure|par heure|\bhoraire|por hora|la hora|all'ora|l'ora|\bhora\b/i,
  ],
  [
    'day',
    /per day|a day|\/\s?(?:day|tag|dzień|jour|día)\b|daily rate|pro tag|dziennie|par jour|por día|al día/i,
  ],
  [
    'week',
    /per week|a week|\/\s?(?:week|wk|woche)\b|weekly|pro woche|tygodniowo|par semaine|por semana|semanal/i,
  ],
  [
    'month',
    /per month|a month|\/\s?(?:month|mo|monat|mies|mois|mes)\b|monthly|pro monat|im monat|monatlich|monatsgehalt|miesi[ęe]cznie|na miesi[ąa]c|mies\.|\bmc\b|par mois|mensuel|al mes|mensual|por mes|por mês|ao mês|\/\s?mês|mensal|al mese|mensil[ei]|\bmese\b/i,
  ],
  [
    'year',
    /per year|per annum|a year|(?<=\d\s?)pa\b|\/\s?(?:year|yr|jahr|rok|an|año)\b|annual|yearly|p\.\s?a\.|pro jahr|im jahr|jährlich|jahresgehalt|rocznie|na rok|roczne|par an\b|annuel|brut annuel|al año|anual|por año|por ano|ao ano|anuais|\bRAL\b|lordi? annu[oi]|all'anno|l'anno|\bLPA\b|lakhs? per annum/i,
  ],
];

/**
 * The pay period a text states, or null. Never guessed from the amount. When it names several, the first one
 * written is the amount's: "1 900 € brut par mois + primes. Horaires : 7h-15h" is monthly, the hours after it
 * are the schedule.
 */
export function periodOf(text: string): SalaryPeriod | null {
  let first: SalaryPeriod | null = null;
  let at = Infinity;
  for (const [period, re] of PERIODS) {
    const i = text.search(re);
    if (i !== -1 && i < at) [first, at] = [period, i];
  }
  return first;
}

function currencyOf(raw: string | undefined, dollar: string, written?: string): string | null {
  if (raw === undefined) return null;
  // "$52,000 - $60,000 CAD a year": a code written after the amounts says which dollar the sign is.
  if (raw === '$' && written !== undefined && /^[A-Z]{3}$/.test(written) && CODES.includes(written))
    return written;
  const lower = raw.toLowerCase();
  if (lower === '$') return dollar;
  return CURRENCY_WORDS[lower] ?? (/^[a-z]{3}$/i.test(raw) ? raw.toUpperCase() : null);
}

function toNumber(raw: string | undefined, suffix: string | undefined): number | null {
  if (raw === undefined) return null;
  let s = raw.replace(/[ \u00a0\u202f]/g, '');
  // European grouping "50.000" / "50.000,00"; decimal comma "18,50"; Indian "20,00,000"; US "120,000.00".
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  else s = s.replace(/,/g, '');
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  const mult = suffix === undefined ? 1 : /^[kt]/i.test(suffix) ? 1000 : 1_000_000;
  return Math.round(n * mult * 100) / 100;
}

const YEAR_LIKE = /^(?:19|20)\d{2}$/;

// "between $20 and $25", "entre 45 000 et 55 000 €", "zwischen 50.000 und 60.000 €", "między 8 000 a 9 000 zł":
// the word joining the two amounts becomes a dash. Bounded: one amount of at most 20 characters in between.
const BETWEEN_RE =
  /\b(between|entre|zwischen|między|pomiędzy)(\s+\S{0,4}\d[\d .,\u00a0\u202f]{0,14}[kK]?\s?(?:€|\$|£|zł|EUR|USD|GBP|PLN|CHF)?\s)(?:and|et|und|y|a|i)\s/giu;

/**
 * The sentence of a line the amount at `at` is in: a posting written as one paragraph names other periods in
 * other sentences ("… £85,000 - £100,000 + equity. … join a weekly on-call rotation." is no weekly pay).
 */
function sentenceAt(line: string, at: number, length: number): string {
  const start = Math.max(0, ...[...line.slice(0, at).matchAll(/[.!?]\s/g)].map((m) => m.index + 2));
  const end = /[.!?](?:\s|$)/.exec(line.slice(at + length));
  return line.slice(start, end === null ? line.length : at + length + end.index);
}

// Indian pay in lakhs a year ("CTC: 12-18 LPA", "8.5 LPA", "10 to 14 lakhs per annum"): rupees, a year.
const LAKH_RE =
  /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)(?:\s?(?:-|–|to)\s?(\d{1,3}(?:\.\d{1,2})?))?\s?(?:LPA\b|lakhs? per annum|lacs? per annum|lakhs?\b)/i;

function lakhs(line: string): SalaryRange | null {
  const m = LAKH_RE.exec(line);
  if (m === null) return null;
  const min = Math.round(Number(m[1]) * 100_000);
  const max = m[2] === undefined ? min : Math.round(Number(m[2]) * 100_000);
  return { min: Math.min(min, max), max: Math.max(min, max), currency: 'INR', period: 'year' };
}

/** The stated salary of one line, or null. Amounts without a currency are ignored (years, counts, ids). */
export function salaryInLine(written: string, context: string, dollar = 'USD'): SalaryRange | null {
  if (written.length < 200 && /lpa|lakh|lac/i.test(written)) {
    const inLakhs = lakhs(written);
    if (inLakhs !== null) return inLakhs;
  }
  const line = written.replace(BETWEEN_RE, '$1$2- ');
  let best: SalaryRange | null = null;
  SALARY_RE.lastIndex = 0;
  for (let m = SALARY_RE.exec(line); m !== null; m = SALARY_RE.exec(line)) {
    if (m[0].trim() === '') {
      SALARY_RE.lastIndex++;
      continue;
    }
    const currency = currencyOf(m[1] ?? m[4] ?? m[5] ?? m[8], dollar, m[8] ?? m[4]);
    if (currency === null) continue;
    if (
      m[2] !== undefined &&
      YEAR_LIKE.test(m[2]) &&
      m[3] === undefined &&
      m[6] === undefined &&
      m[1] === undefined
    )
      continue;
    let a = toNumber(m[2], m[3]);
    let b = toNumber(m[6], m[7]);
    if (a === null || a < 5) continue;
    // "85-95k": the suffix of the upper bound applies to both.
    if (b !== null && m[3] === undefined && m[7] !== undefined && a < 1000 && b >= 1000)
      a = toNumber(m[2], m[7]);
    if (b !== null && a !== null && b < a) [a, b] = [b, a];
    const before = line.slice(Math.max(0, m.index - 20), m.index);
    const upTo = /up to\s*$|bis zu\s*$|do\s*$|hasta\s*$|jusqu'à\s*$|max(?:imum|\.)?\s*$/i.test(before);
    const after = line.slice(m.index, m.index + m[0].length + 40);
    const range: SalaryRange = {
      min: upTo && b === null ? null : a,
      max: b ?? a,
      currency,
      period: periodOf(after) ?? periodOf(sentenceAt(line, m.index, m[0].length)) ?? periodOf(context),
    };
    if (best === null || (best.min === best.max && b !== null)) best = range;
    if (b !== null) break;
  }
  return best;
}

const MAX_SALARY_LINES = 400;

// A bare "$" is the dollar of the country the posting is in: "Brisbane QLD – $35.50 per hour" is AUD.
const DOLLAR_COUNTRIES: readonly (readonly [string, RegExp])[] = [
  ['AUD', /\bAustralia\b|(?:^|[\s,])(?:NSW|QLD|VIC|TAS|ACT)(?=$|[\s,)])/],
  [
    'CAD',
    /\bCanada\b|,\s*(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)(?=$|[\s,)])|\b(?:Ontario|Quebec|Québec|British Columbia|Alberta)\b/,
  ],
  ['NZD', /\bNew Zealand\b|\bAotearoa\b/],
  ['SGD', /\bSingapore\b/],
  ['HKD', /\bHong Kong\b/],
  ['MXN', /\bM[eé]xico\b/],
];

/** The currency a bare "$" means in a posting whose place reads `place` (USD unless another country says). */
export function dollarOf(place: string): string {
  for (const [currency, re] of DOLLAR_COUNTRIES) if (re.test(place)) return currency;
  return 'USD';
}

/**
 * The posting's salary: the first range (or single amount) with a currency on a line about pay, or among the
 * first lines (headers often carry "€60k–€70k"). Lines are read once each, at most a few hundred.
 */
export function salaryOf(lines: readonly string[], dollar = 'USD'): SalaryRange | null {
  let best: SalaryRange | null = null;
  let checked = 0;
  for (let i = 0; i < lines.length && checked < MAX_SALARY_LINES; i++) {
    const t = lines[i] as string;
    if (t.length > 5000) continue;
    const payLine = SALARY_LINE_RE.test(t);
    const withCurrency = /[$€£₹¥]\s?\d|\d\s?(?:[kK]\s?)?(?:[$€£]|zł|PLN|EUR|USD|GBP|CHF)/.test(t);
    // A header line with an amount, or any short line with an amount and a pay period ("42 000 € par an").
    const early = withCurrency && (i < 8 || (t.length < 120 && periodOf(t) !== null));
    if (!payLine && !early) continue;
    checked++;
    const next = lines[i + 1] ?? '';
    const found = salaryInLine(t, next.length < 80 ? next : '', dollar);
    if (found === null) continue;
    if (best === null || (best.min === best.max && found.min !== found.max)) best = found;
    if (best.min !== null && best.max !== null && best.min !== best.max) break;
  }
  return best;
}

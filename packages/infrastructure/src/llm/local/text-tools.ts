const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  sept: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const POINT = `(?:${MONTH}\\s+\\d{4}|\\d{1,2}/\\d{4}|\\d{4})`;
const OPEN_END = '(?:present|current|now|today|ongoing)';

/** A date range such as "June 2018 - Present", "2014 – 2016", "03/2019 to 05/2021". */
export const DATE_RANGE = new RegExp(`(${POINT})\\s*(?:[-–—]|to)\\s*(${POINT}|${OPEN_END})`, 'iu');
/** A date range whose end sits on the next line (pdftotext's two-column layout): "2021 –". */
export const DANGLING_START = new RegExp(`^\\s*(${POINT})\\s*[-–—]\\s*(?=\\S|$)`, 'iu');
export const OPEN_END_START = new RegExp(`^\\s*(${OPEN_END}|${POINT})\\b\\s*`, 'iu');
export const SINGLE_POINT = new RegExp(`(?:\\(\\s*)?\\b(${POINT})\\b(?:\\s*\\))?`, 'iu');

/** "June 2022" → "2022-06", "2019" → "2019", "03/2021" → "2021-03", "Present" → null. */
export function normaliseDate(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\.$/u, '');
  if (new RegExp(`^${OPEN_END}$`, 'u').test(value)) return null;
  const numeric = /^(\d{1,2})\/(\d{4})$/u.exec(value);
  if (numeric) return `${numeric[2]}-${(numeric[1] as string).padStart(2, '0')}`;
  const named = /^([a-z]+)\.?\s+(\d{4})$/u.exec(value);
  if (named) {
    const month =
      MONTHS[(named[1] as string).slice(0, 4) === 'sept' ? 'sept' : (named[1] as string).slice(0, 3)];
    return month ? `${named[2]}-${month}` : (named[2] as string);
  }
  const year = /^(\d{4})$/u.exec(value);
  return year ? (year[1] as string) : null;
}

export const isOpenEnd = (text: string): boolean => new RegExp(`^${OPEN_END}$`, 'iu').test(text.trim());

export const BULLET = /^\s*[•*\-–▪◦·●■►]\s+/u;
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
export const PHONE = /(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/u;
export const LINK =
  /\b(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com|github\.com|gitlab\.com|[\w-]+\.(?:dev|io|me))\/?[\w\-./]*/iu;

/** Joins lines broken by pdftotext hyphenation ("deploy-" + "ment") and collapses spaces. */
export function joinWrapped(parts: readonly string[]): string {
  const out: string[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const previous = out.at(-1);
    // Only the last two characters are looked at: a pattern anchored at the end of the joined text would
    // rescan all of it for every part (quadratic on thousands of short lines).
    if (previous !== undefined && /[a-z]-$/u.test(previous.slice(-2)) && /^[a-z]/u.test(part))
      out[out.length - 1] = `${previous.slice(0, -1)}${part}`;
    else out.push(part);
  }
  return out.join(' ').replace(/\s+/gu, ' ').trim();
}

/** Sentences of a paragraph (split after . ! ? followed by a capital letter). */
export const sentences = (paragraph: string): string[] =>
  paragraph
    .split(/(?<=[.!?])\s+(?=[A-Z])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);

/** Splits on commas and semicolons outside parentheses. */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ',' || char === ';' || char === '|') && depth === 0) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items
    .map((item) =>
      item
        .trim()
        .replace(/^(?:and|&)\s+/iu, '')
        .replace(/[.;:]$/u, '')
        .trim(),
    )
    .filter((item) => item.length > 0);
}

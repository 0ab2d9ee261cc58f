import type { CoverLetterContent } from '../documents/document.js';
import type { JobFacts } from '../llm/llm-tasks.js';
import { textLanguage, type TextLanguage } from '../tailoring/text-language.js';

// A posting's title and company come from a parser reading free text: they may carry Markdown ("## Backend
// Engineer"), asides ("(m/w/d)", "(Nights)"), a location glued on ("Nimbus Analytics Ltd., London"), or a
// placeholder ("Untitled posting"). A letter is addressed with clean facts only, and framed (salutation,
// sign-off, one signature) the same way whoever wrote the body.

/** Legal forms that end a company's name; what follows them after a separator is a place, not the name. */
const LEGAL_FORM =
  /(?:^|\s|,\s*)(?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|kg|se|sa|s\.a|sas|sarl|srl|spa|s\.p\.a|bv|b\.v|nv|n\.v|oy|ab|as|a\/s|sp\. z o\.o|sp\.j|s\.l|pty ltd|limited|incorporated|corporation)\.?$/iu;

const PLACEHOLDER =
  /^(?:untitled(?: posting| job| position)?|unknown|n\/?a|none|tbd|confidential|company|employer)$/iu;

const stripMarkup = (text: string): string =>
  text
    .replace(/^\s*(?:#{1,6}\s+|[-*•]\s+|>\s*)/u, '')
    .replace(/[*_`]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

const withoutAsides = (text: string): string =>
  text
    .replace(/\s*[([][^)\]]*[)\]]/gu, '')
    .replace(/\s*[([][^)\]]*$/u, '')
    .trim();

const ABBREVIATION =
  /(?<!\p{L})(sr|jr|snr|jnr|st|dr|ds|nr|no|inż|mgr|dipl|ing|techn|kfm|asst|assoc|dept|gen|int|ltd)\./giu;

/**
 * The role a letter names: Markdown, asides in brackets and a trailing qualifier after a dash ("Registered
 * Nurse - Telemetry") removed; `null` for a placeholder or text that is not a title (a sentence, a long line).
 */
export function cleanJobTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  let t = withoutAsides(stripMarkup(title));
  t = t.replace(/^(?:job title|position|role|stelle|poste)\s*:\s*/iu, '');
  const [head] = t.split(/\s+[-–—|]\s+|\s*[|:]\s+/u);
  t = (head ?? t).replace(/[\s,;:.-]+$/u, '').trim();
  if (t === '' || PLACEHOLDER.test(t)) return null;
  // A sentence is no title; an abbreviation's full stop inside one is ("Sr. Engineer", "Specjalista ds. płac").
  const unabbreviated = t.replace(ABBREVIATION, '$1');
  if (t.split(/\s+/u).length > 8 || /[.!?]\s/u.test(unabbreviated)) return null;
  return t;
}

/**
 * The employer a letter names, with its legal form ("Ledgerline Ltd.") and without it ("Ledgerline", for
 * the salutation). A place glued on after the legal form or equal to the job's location is removed; a
 * "company" that is only the first half of "City, ST" (the parser split a location line) is no company.
 */
export function cleanCompany(
  company: string | null | undefined,
  location: string | null | undefined = null,
): { name: string; short: string } | null {
  if (!company) return null;
  let c = withoutAsides(stripMarkup(company));
  const loc = (location ?? '').trim();
  const isRegionCode = /^[A-Z]{2,3}$/u.test(loc);
  const parts = c.split(/\s+[-–—|]\s+|\s*\|\s*/u);
  const place = loc.split(',')[0]?.trim().toLowerCase() ?? '';
  const tail = (parts.at(-1) ?? '').toLowerCase();
  if (
    parts.length > 1 &&
    (isRegionCode || LEGAL_FORM.test(parts[0] as string) || (place !== '' && tail.startsWith(place)))
  ) {
    // "Bridgeway Builders LLC - Beaverton" (+ "OR"): the part after the dash is where, not who.
    c = parts[0] as string;
  } else if (parts.length === 1 && isRegionCode && !LEGAL_FORM.test(c) && !c.includes(',')) {
    // "Seattle" + "WA": a "City, ST" line read as company and location.
    return null;
  }
  // "Nimbus Analytics Ltd., London": cut after the legal form.
  const commaParts = c.split(/,\s*/u);
  for (let i = 0; i < commaParts.length - 1; i += 1) {
    const upTo = commaParts.slice(0, i + 1).join(', ');
    const next = commaParts.slice(0, i + 2).join(', ');
    if (LEGAL_FORM.test(upTo) && !LEGAL_FORM.test(next)) {
      c = upTo;
      break;
    }
  }
  if (place !== '' && c.toLowerCase().endsWith(`, ${place}`)) c = c.slice(0, c.length - place.length - 2);
  c = c.replace(/[\s,;:-]+$/u, '').trim();
  if (c === '' || PLACEHOLDER.test(c)) return null;
  let short = c;
  for (let i = 0; i < 2 && LEGAL_FORM.test(short); i += 1) short = short.replace(LEGAL_FORM, '').trim();
  short = short.replace(/[\s,;:-]+$/u, '').trim();
  return { name: c, short: short || c };
}

/** The job as a writer sees it: clean title and company (empty title when the posting gave none). */
export function cleanJobFacts(
  job: { title: string; company: string | null; location?: string | null },
  keywords: string[],
): JobFacts {
  return {
    title: cleanJobTitle(job.title) ?? '',
    company: cleanCompany(job.company, job.location ?? null)?.name ?? null,
    keywords,
  };
}

/** "Dear Ledgerline hiring team," — or "Dear Hiring Team," when the company is unknown. */
export function hiringTeamSalutation(company: string | null | undefined): string {
  const clean = cleanCompany(company);
  return clean ? `Dear ${clean.short} hiring team,` : 'Dear Hiring Team,';
}

/** The salutation a letter written in another language opens with, as letters there are addressed. */
export const LETTER_SALUTATIONS: Readonly<Record<Exclude<TextLanguage, 'en'>, string>> = {
  de: 'Sehr geehrte Damen und Herren,',
  fr: 'Madame, Monsieur,',
  es: 'Estimado equipo de selección:',
  pl: 'Szanowni Państwo,',
};

/** The salutation for a letter in its own language: English addresses the company's hiring team. */
function salutationFor(paragraphs: readonly string[], company: string | null): string {
  const language = textLanguage(paragraphs.join('\n'));
  return language === null || language === 'en'
    ? hiringTeamSalutation(company)
    : LETTER_SALUTATIONS[language];
}

const SIGN_OFF =
  /^(?:sincerely|yours sincerely|yours faithfully|yours truly|best regards|kind regards|warm regards|regards|best wishes|best|respectfully|thank you|with thanks|mit freundlichen grüßen|freundliche grüße|viele grüße|z poważaniem|cordialement|atentamente|saludos cordiales)\b[,!.]?$/iu;

const BARE_SIGN_OFF =
  /^(?:mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|z poważaniem|z wyrazami szacunku|pozdrawiam)$/iu;

const norm = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s.,]+/gu, ' ')
    .trim();

/** The sign-off alone: the signature line is printed once, by the document, under it. */
export function signOff(closing: string, fullName: string): string {
  const name = norm(fullName);
  const lines = closing
    .split(/\n+/u)
    .map((l) => l.trim())
    .filter((l) => l !== '' && norm(l) !== name)
    .map((l) => {
      // "Sincerely, Maria Okafor" → "Sincerely,"
      const n = norm(l);
      return name !== '' && n.endsWith(` ${name}`) ? l.slice(0, l.length - fullName.length).trim() : l;
    })
    .filter((l) => l !== '');
  const text = lines.join(' ').trim();
  if (text === '') return 'Sincerely,';
  // German and Polish write their sign-off without a comma.
  return /[,!.]$/u.test(text) || BARE_SIGN_OFF.test(text) ? text : `${text},`;
}

/**
 * A letter framed for sending: the salutation addresses the company's hiring team, the body holds no
 * salutation, sign-off or signature of its own, and the closing is only the sign-off (the signature is
 * `fullName`, printed once).
 */
export function frameLetter(
  letter: Pick<CoverLetterContent, 'salutation' | 'paragraphs' | 'closing'>,
  fullName: string,
  company: string | null,
): Omit<CoverLetterContent, 'signature'> {
  const name = norm(fullName);
  const paragraphs = letter.paragraphs
    // "Ltd.." (a sentence ending on an abbreviation's period) reads as a typo; an ellipsis stays.
    .map((p) => p.trim().replace(/(?<!\.)\.\.(?!\.)/gu, '.'))
    .filter((p) => p !== '')
    .filter((p, i) => !(i === 0 && /^(?:dear|hello|hi|to whom)\b/iu.test(p) && p.length < 80))
    .filter((p) => {
      const n = norm(p);
      if (n === name) return false;
      const lines = p.split(/\n+/u).map((l) => l.trim());
      return !(
        lines.length <= 2 &&
        SIGN_OFF.test(lines[0] ?? '') &&
        (lines[1] ? norm(lines[1]) === name : true)
      );
    });
  return {
    salutation: salutationFor(paragraphs, company),
    paragraphs,
    closing: signOff(letter.closing, fullName),
  };
}

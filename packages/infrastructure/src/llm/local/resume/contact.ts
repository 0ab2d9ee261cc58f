import { withoutPostcode } from '@tailor/domain';
import { createRequire } from 'node:module';
import type * as PhoneNumbers from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { namesJobTitle, ORG_WORD, TITLE_WORD } from './entry-header.js';

// An address starts where a run of its characters starts (the look-behind): tried from every position inside a
// long run without an @, the pattern read to the run's end each time, and a 20,000-character token took a second.
export const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
// A domain label is at most 63 characters: bounded, so a long run of "a-a-a-…" is not read to its end from each
// of its word starts (100,000 characters took 23 s).
// Not inside an email address ("priya@desai.dev" names no website); a site may have subdomains ("blog.priya.io").
export const LINK =
  /(?<![@\w.-])(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com|github\.com|gitlab\.com|(?:[\w-]{1,63}\.){1,3}(?:dev|io|me))\/?[\w\-./]*/iu;

// A run of digits with the punctuation phones are written with; 7 to 15 digits are checked after.
const PHONE_CANDIDATE = /(?:\+|00)?\s?\(?\d[\d\s()./-]{5,22}\d/gu;
// National numbers are tried against the countries whose resumes Tailor reads most; an international
// number (+ or 00) needs no guess.
const COUNTRIES: CountryCode[] = [
  'US',
  'GB',
  'DE',
  'PL',
  'FR',
  'ES',
  'IT',
  'NL',
  'AT',
  'CH',
  'CA',
  'AU',
  'IN',
  'IE',
];
let phoneNumbers: typeof PhoneNumbers | undefined;

/**
 * libphonenumber-js and its metadata are ~2 MB of heap (~5 MB resident) that only resume parsing and
 * redaction use, and both are synchronous: its CommonJS build is required on the first phone candidate
 * (as cheerio is, see lazy-cheerio.ts) instead of being imported by every server at start.
 */
function parsePhone(text: string, country?: CountryCode): PhoneNumbers.PhoneNumber | undefined {
  phoneNumbers ??= createRequire(import.meta.url)('libphonenumber-js') as typeof PhoneNumbers;
  return phoneNumbers.parsePhoneNumberFromString(text, country);
}

const YEARS = /(?:19|20)\d{2}\s*[-–/.]\s*(?:(?:19|20)\d{2}|\d{1,2})\b|^(?:19|20)\d{2}$/u;
// A day's date ("23/07/1992", "12.04.1988", "07-23-1992"), as a date of birth is written among the contact
// details: eight digits that libphonenumber reads as a possible number in some country.
const CALENDAR_DATE = /^\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:19|20)\d{2}$/u;

/**
 * The first phone number in the text, as written there ("555-201-3344", "+44 20 7946 0958", "030 1234567").
 * A candidate must be a possible number for its own country code or for one of COUNTRIES
 * (libphonenumber-js), so dates ("2019 - 2021") and postcodes are not taken for phones.
 */
export function findPhone(text: string): string | null {
  for (const phone of phonesIn(text)) return phone;
  return null;
}

/** Every phone number in the text, as written there, by the rule of findPhone. */
export function* phonesIn(text: string): Generator<string> {
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const candidate = match[0].trim().replace(/[\s(.-]+$/u, '');
    const digits = candidate.replace(/\D/gu, '');
    if (digits.length < 7 || digits.length > 15 || YEARS.test(candidate) || CALENDAR_DATE.test(candidate))
      continue;
    const international = /^(?:\+|00)/u.test(candidate);
    const normalised = candidate.replace(/^00/u, '+');
    const possible = international
      ? parsePhone(normalised)?.isPossible()
      : COUNTRIES.some((country) => parsePhone(normalised, country)?.isPossible());
    if (possible) yield candidate;
  }
}

const LOCATION_SEGMENT = /^[\p{Lu}][\p{L} .'-]*(,\s*[\p{Lu}][\p{L} .'-]*)+$/u;
// The document's title, maybe named after its template ("Curriculum Vitae Europass", "Europass CV").
const NOT_A_NAME =
  /^(?:europass\s+)?(curriculum vitae|resume|résumé|cv|lebenslauf|życiorys|contact|kontakt|contacto)(?:\s+europass)?$/iu;
/**
 * A status line under the name ("U.S. Citizen", "Active Secret Clearance", "Eligible to work in the UK",
 * "Open to relocation", "Führerschein Klasse B"): no headline.
 */
const STATUS =
  /(?<!\p{L})(?:citizen(?:ship)?|clearance|veteran|visa|work permit|(?:authori[sz]ed|eligible|right) to work|green card|permanent resident|relocat\p{L}*|available (?:immediately|from|for)|driving licen[cs]e|driver'?s licen[cs]e|staatsangehörigkeit|führerschein|nationalit\p{L}*|nacionalidad|obywatelstwo|prawo jazdy|permis)(?!\p{L})/iu;

// A unit of an organisation: what an academic or a hospital doctor writes under the name.
const AFFILIATION =
  /(?<!\p{L})(?:department|dept\.|faculty|school of|institute|university|universität|université|universidad|uniwersytet|hospital|lehrstuhl|fakultät|wydział|katedra|faculté|departamento|facultad|laboratory|laboratoire)(?!\p{L})/iu;

// A place's name, maybe with its country in brackets as Europass writes it ("Sevilla (España)").
const PLACE_PART = /^\p{Lu}[\p{L} .'’-]*(?:\s?\(\p{Lu}[\p{L} .'’-]*\))?$/u;
const INDIAN_PIN = /(?<=\p{L})\s+\d{3}\s?\d{3}$/u;

/**
 * The place of a postal address: "12 Elm Street, Cambridge, MA 02138" → "Cambridge, MA", "Hauptstraße 5,
 * 10115 Berlin" → "Berlin", "Flat 2, 10 Downing Street, London SW1A 2AA" → "London", "Flat 12, Lotus
 * Apartments, Pune, Maharashtra 411001" → "Pune, Maharashtra". The last two parts after the last one with a
 * house number, postcodes removed; null unless the segment is such an address.
 */
function addressPlace(segment: string): string | null {
  if (!/\d/u.test(segment) || segment.length > 120) return null;
  const written = segment.split(',').map((part) => part.trim());
  // An Indian PIN after the state ends an address ("…, Pune, Maharashtra 411001").
  const parts = written.map((part, index) =>
    withoutPostcode(index === written.length - 1 ? part.replace(INDIAN_PIN, '') : part).trim(),
  );
  // A street, or at least a postcode ("Portland, OR 97205", "10115 Berlin" under the street): else no address.
  const street = parts.findLastIndex((part) => /\d/u.test(part));
  const postcode = parts.some((part, index) => part !== written[index]);
  // The city and its region: an Indian address names a building and an area before them.
  const place = parts
    .slice(street + 1)
    .filter(Boolean)
    .slice(-2);
  return ((street >= 0 && parts.length >= 2) || postcode) &&
    place.length > 0 &&
    place.every((part) => PLACE_PART.test(part))
    ? place.join(', ')
    : null;
}

/**
 * A city standing alone among contact details ("jane@example.com | 555-201-3344 | Denver", "Kraków |
 * anna@example.pl", "Frankfurt am Main"): one to three capitalised words, the small words of place names
 * between them. A headline beside contact details names a job ("Software Engineer") or a profession, and
 * an employer an organisation: neither is a place.
 */
const BARE_CITY =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:am|an|im|upon|on|sur|en|de|del|la|le|nad|pod)\s+)?\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const PROFESSION =
  /(?<!\p{L})(?:professional|expert|enthusiast|generalist|graduate|student|freelancer?|specialist)(?!\p{L})/iu;
// The label of a contact row ("Phone   +1 312 555 0142" in a grid): no headline, no place.
const CONTACT_LABEL =
  /^(?:phone|telephone|tel|mobile|mobil|handy|cell|telefon|téléphone|portable|teléfono|móvil|komórka|e-?mail|mail|courriel|correo|web|website|webseite|site|homepage|linkedin|github|gitlab|xing|portfolio|address|adresse|anschrift|dirección|adres|location|wohnort|lieu|ort|city|stadt|ville|ciudad|miasto|contact|kontakt|contacto)$/iu;
const namesBareCity = (segment: string): boolean =>
  BARE_CITY.test(segment) &&
  !TITLE_WORD.test(segment) &&
  !ORG_WORD.test(segment) &&
  !PROFESSION.test(segment);

/**
 * "Department of Chemistry, University of Edinburgh" under an academic's name: where they work, no headline;
 * "Professor of Chemistry, University of Edinburgh" names a job and is one.
 */
const namesOnlyAnAffiliation = (segment: string): boolean =>
  AFFILIATION.test(segment) && !TITLE_WORD.test(segment);

/** A line holding an email address, a phone number or a profile link. */
const holdsContactDetail = (line: string): boolean =>
  EMAIL.test(line) ||
  LINK.test(line) ||
  findPhone(line.replace(new RegExp(EMAIL.source, 'gu'), ' ')) !== null;

// A web address without its scheme ("behance.net/maria", "www.maria.design"): a domain before a slash or at
// the end, or "www.".
const WEB_ADDRESS = /\.\p{L}{2,}(?:\/|$)|www\./iu;

// A website alone in its segment: a domain name with a country's or a generic ending, maybe a path.
const WEBSITE =
  /^(?:https?:\/\/)?(?:www\.)?[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,3}\.(?:com|net|org|co|uk|de|fr|es|pl|eu|at|ch|it|nl|be|us|ca|design|art|studio|page|site|tech|info|blog|app|ai|online|website|me|io|dev)(?:\/[\w\-./]*)?$/iu;

const SITE_LABEL =
  /^(?:portfolio|portfolio site|website|web|site|homepage|home page|blog|behance|dribbble|portafolio|sitio web|página web|site web|webseite|strona(?: www| internetowa)?)\s*:\s*/iu;

export interface HeaderFacts {
  fullName: string | null;
  headline: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: string[];
}

// Not `\b`: it only knows ASCII word characters, so "JOSÉ MÜLLER" would become "JosÉ MÜLler".
const titleCase = (text: string): string =>
  text === text.toUpperCase()
    ? text
        .toLowerCase()
        .replace(/(^|[^\p{L}'’])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase())
        // Irish and French names keep the capital after their apostrophe: "O'BRIEN" is O'Brien, "D'ARCY" D'Arcy.
        .replace(/(?<!\p{L})([OD]['’])(\p{Ll})/gu, (_, prefix: string, c: string) => prefix + c.toUpperCase())
    : text;

/**
 * A line of personal details whose digits are no phone number: an identity, tax or insurance number ("DNI:
 * 12345678Z", "PESEL: 88041212345", "Steuer-ID") or a date of birth, as European CVs list them.
 */
const NOT_A_NUMBER_TO_CALL =
  /^(?:dni|nie|nif|pesel|nip|regon|ssn|social security|passport|pasaporte|passeport|paszport|personalausweis|ausweis|steuer-?id|sozialversicherungsnummer|n° de sécurité sociale|numéro de sécurité sociale|date of birth|d\.?o\.?b|birth ?date|geburtsdatum|geboren|date de naissance|né(?:e)? le|fecha de nacimiento|data urodzenia)\b/iu;

/**
 * A personal detail's row, labelled with a colon or set in a table ("Geburtsdatum   12.04.1988 in Heilbronn",
 * "Familienstand   verheiratet", "Staatsangehörigkeit   deutsch"): neither its label nor its value is a
 * headline or a place.
 */
const PERSONAL_DETAIL =
  /^(?:geburtsdatum|geburtsort|geboren|familienstand|staatsangehörigkeit|nationalität|date of birth|place of birth|marital status|nationality|date de naissance|lieu de naissance|situation familiale|état civil|nationalité|fecha de nacimiento|lugar de nacimiento|estado civil|nacionalidad|data urodzenia|miejsce urodzenia|stan cywilny|obywatelstwo)(?:\s*:|\s{3})/iu;

// A link cut where a narrow column wrapped it, after a hyphen or slash ("linkedin.com/in/sophie-muller-").
const LINK_CUT_AT_END = new RegExp(`(?:${LINK.source})[-/_]$`, 'iu');
// The rest of it alone on the next line ("hr", "sophie-muller/"): one lower-case path token.
const LINK_REST = /^[a-z0-9][a-z0-9_-]{0,60}\/?$/u;

/** A link wrapped over two lines is one link: its hyphen kept, no space put in. */
function joinWrappedLinks(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      previous.length <= 300 &&
      LINK_CUT_AT_END.test(previous) &&
      LINK_REST.test(line.trim())
    )
      joined[joined.length - 1] = previous + line.trim();
    else joined.push(line);
  }
  return joined;
}

/**
 * Name, headline and contact details from the lines above the first section (and a "Contact" section, whose
 * lines `contactSection` holds):
 * the name is the first segment shaped like a name, the headline the next short line of words, the
 * location a "City, Region" segment or a labelled one. Values are copied, never composed.
 */
export function readHeader(
  headerLines: readonly string[],
  contactSection: ReadonlySet<string> = new Set(),
): HeaderFacts {
  const lines = joinWrappedLinks(headerLines);
  const whole = lines.join('\n');
  const email = EMAIL.exec(whole)?.[0] ?? null;
  const phone = findPhone(
    lines
      .filter((line) => !NOT_A_NUMBER_TO_CALL.test(line))
      .join('\n')
      .replace(new RegExp(EMAIL.source, 'gu'), ' '),
  );
  const links = [...whole.matchAll(new RegExp(LINK.source, 'giu'))].map((match) => match[0]);
  const segments = lines
    .filter((line) => !PERSONAL_DETAIL.test(line))
    .flatMap((line) => {
      // An icon before each detail ("✆ +34 655 123 456 ✉ carlos@… ⌂ Valencia", Canva's templates) separates them.
      const parts = line
        .split(/\s{3,}|\s+[—–|·•]\s+|\s*\p{So}\s*/u)
        .map((segment) => segment.trim())
        .filter(Boolean);
      // A "Contact" section (a sidebar's) holds contact details only: a city alone there is the place.
      const amongContactDetails = (parts.length > 1 && holdsContactDetail(line)) || contactSection.has(line);
      return parts.map((text) => ({ text, amongContactDetails, line }));
    });
  const handles = [email ?? '', ...links].map((address) =>
    (/^[^@]+/u.exec(address.replace(/^.*\/(?=[^/]+\/?$)/u, ''))?.[0] ?? '')
      .toLowerCase()
      .replace(/[^a-z]/gu, ''),
  );
  let fullName: string | null = null;
  let headline: string | null = null;
  let location: string | null = null;
  const named: { full?: string; given?: string; family?: string } = {};
  let headlineLine: string | null = null;
  for (const { text, amongContactDetails, line } of segments) {
    // "emilycarter.design", "www.anna-nowak.pl" beside an email or a phone: a personal website, whatever its
    // domain (LINK knows only the developers' ones).
    // "Portfolio: emilycarter.design", "Website: …": a labelled site is one wherever it stands.
    const site = SITE_LABEL.exec(text);
    const address = site ? text.slice(site[0].length).trim() : text;
    if (
      (amongContactDetails || site) &&
      WEBSITE.test(address) &&
      !links.some((link) => link.includes(address))
    ) {
      links.push(address);
      continue;
    }
    // "Dr. Anna Schmidt", "mgr inż. Jan Nowak": until the name is read, a title before it is no part of it.
    const segment = fullName
      ? text
      : withoutHonorifics(fullName === null ? rejoinedName(text, handles) : text);
    if (segment === '') continue;
    const name = labelledName(segment);
    if (name) {
      named[name.part] ??= name.value;
      continue;
    }
    const labelled = /^(?:location|address|adresse|anschrift|adres|dirección|wohnort|lieu):\s*(.+)$/iu.exec(
      segment,
    );
    if (labelled) {
      const value = (labelled[1] as string).trim();
      location ??= addressPlace(value) ?? value;
      continue;
    }
    const place = addressPlace(segment);
    if (place !== null) {
      location ??= place;
      continue;
    }
    // Icons from PDF fonts, contact details and labelled values are not names or headlines.
    // A slash between words is no link ("Cashier / Customer Service", "Kellner/Barkeeper"); after a domain it is.
    if (
      /[@:\d]|^\S\s/u.test(segment) ||
      (segment.includes('/') && WEB_ADDRESS.test(segment)) ||
      !/^[\p{L}][\p{L} .,'’()&/-]*$/u.test(segment)
    )
      continue;
    const withLetters = fullName ? null : nameWithPostNominals(segment);
    if (withLetters) {
      fullName = titleCase(withLetters);
      continue;
    }
    // "Department of Chemistry, University of Edinburgh" (an academic's affiliation) names no place.
    if (LOCATION_SEGMENT.test(segment) && !AFFILIATION.test(segment)) {
      location ??= segment;
      continue;
    }
    if (NOT_A_NAME.test(segment) || STATUS.test(segment) || CONTACT_LABEL.test(segment)) continue;
    const words = segment.split(/\s+/u).length;
    // The name may share the line with the contact details; a city after it is not a headline.
    if (amongContactDetails && (fullName || words === 1) && namesBareCity(segment)) {
      location ??= segment;
      continue;
    }
    // A job title is never the name ("Sr. Software Engineer" above the name, or in place of it).
    if (
      !fullName &&
      words >= 2 &&
      words <= 4 &&
      !/[,/]/u.test(segment) &&
      /^\p{Lu}/u.test(segment) &&
      !namesJobTitle(segment)
    )
      fullName = titleCase(segment);
    else if (!fullName && !headline && words <= 8 && namesJobTitle(segment)) {
      headline = segment;
      headlineLine = line;
    }
    // The name again (a running header's "CV – Isabelle Marchand" read first, then the name in small capitals)
    // is no headline.
    else if (fullName && segment.toLowerCase() === fullName.toLowerCase()) continue;
    else if (fullName && !headline && words <= 8 && !namesOnlyAnAffiliation(segment)) {
      headline = segment;
      headlineLine = line;
    }
    // "OPERATIONS MANAGER | LOGISTICS | TEAM LEADERSHIP": a headline of several parts, no contact detail
    // among them, is the whole line, as a LinkedIn headline is.
    else if (
      headline &&
      line === headlineLine &&
      !amongContactDetails &&
      words <= 4 &&
      !namesBareCity(segment)
    )
      headline = `${headline} | ${segment}`;
  }
  // A name the resume labels ("Name: Katharina Vogel", "Vorname: … / Nachname: …") is the name, whatever
  // name-shaped line came before it.
  const labelledFull = named.full ?? (named.given && named.family ? `${named.given} ${named.family}` : null);
  if (labelledFull) fullName = titleCase(labelledFull);
  return { fullName, headline, email, phone, location, links };
}

/**
 * A name set in spaced-out capitals whose word gaps the PDF's text lost ("RICHARDA.WHITMORE" for "R I C H A R D
 * A .  W H I T M O R E"): split where an email's or a profile link's handle ("rwhitmore", "richardwhitmore")
 * starts or ends a word of it. Left as it is when no handle tells.
 */
function rejoinedName(segment: string, handles: readonly string[]): string {
  if (!/^[\p{Lu}.'’-]{8,30}$/u.test(segment)) return segment;
  const letters = segment.toLowerCase();
  const cuts = new Set<number>();
  for (const handle of handles) {
    if (handle.length < 4) continue;
    // Where the handle's longest run of the name's first letters ends, and where its last letters start.
    let head = 0;
    while (head < handle.length && head < letters.length && letters[head] === handle[head]) head += 1;
    if (head >= 3 && head < letters.length - 2) cuts.add(head);
    let tail = 0;
    while (tail < handle.length && tail < letters.length && letters.at(-1 - tail) === handle.at(-1 - tail))
      tail += 1;
    if (tail >= 3 && tail < letters.length - 2) cuts.add(letters.length - tail);
  }
  if (cuts.size === 0) return segment;
  let out = '';
  [...segment].forEach((char, index) => {
    if (cuts.has(index) && !out.endsWith(' ')) out += ' ';
    out += char;
    // An initial's dot ends its word ("A.WHITMORE").
    if (char === '.' && index < segment.length - 1 && !cuts.has(index + 1)) out += ' ';
  });
  return out.replace(/\s+/gu, ' ').trim();
}

/**
 * Forms of address and academic or professional titles written before a name, in the five languages: "Dr.",
 * "Prof. Dr.", "Dr. med.", "Dr. rer. nat.", "Dr.-Ing.", "Dipl.-Ing.", "Mag.", "Ing.", "mgr inż.", "dr hab.",
 * "lek. med.", "Lic.", "Mr", "Ms", "Mrs", "Herr", "Frau", "Mme", "Sra.", "Pani". Not "M." (an initial as often as
 * "Monsieur"), "Sr." (Senior) or "Don" (a given name too); "med." only after "Dr." ("Med" shortens Mohamed).
 */
const HONORIFIC =
  /^(?:(?:(?:dipl|dr)\.-\p{L}+\.?\s*|[bm]\.\s?(?:sc|a|eng)\.\s*|(?:dr|lek)(?:\.\s*|\s+)(?:(?:med|dent|vet|rer|nat|pol|oec|phil|jur|habil|hab)(?:\.\s*|\s+))*|(?:prof|dres|ing|mgr|inż|lic|mag|dott|mr|mrs|ms|mx|miss|herr|frau|mme|mlle|sra|srta|dña|pan|pani)(?:\.\s*|\s+)))+/iu;

/**
 * A name without the titles before it: a profile's full name heads every document generated from it, and the
 * resume's degrees are read from its education. Left as written when nothing but titles would remain.
 */
function withoutHonorifics(segment: string): string {
  const title = HONORIFIC.exec(segment);
  if (title === null) return segment;
  const rest = segment.slice(title[0].length).trim();
  return /^\p{Lu}/u.test(rest) && rest.split(/\s+/u).length >= 2 ? rest : segment;
}

// Degrees, licences and certifications written after a name ("Ashley Nguyen, BSN, RN", "Omar Haddad, PhD",
// "Linda Park, CPA, CFA"). No region's code ("MD", "PA", "PE" are also states and provinces): a place is no name.
const POST_NOMINAL =
  /^(?:RN|BSN|MSN|DNP|LPN|LVN|NP|APRN|FNP(?:-BC)?|CRNA|CNA|CCRN|CEN|Ph\.?D\.?|PharmD|DDS|DMD|DPT|MBA|MPH|MSW|LCSW|LMFT|CPA|CMA|CFA|CFP|PMP|P\.Eng\.?|CISSP|SHRM-(?:CP|SCP)|PHR|SPHR|Esq\.?|J\.?D\.?|RD|OTR\/L|MSc|BSc|MEng|BEng|MA|BA|MS|BS|FACHE|CPhT|EMT(?:-P)?|CSP|CPCU|CHRP|ACCA|ACA|FCA|CIPD|MRICS)$/u;

/** The name of "Name, BSN, RN": a name followed by its post-nominal letters only; else null. */
function nameWithPostNominals(segment: string): string | null {
  const [name, ...letters] = segment.split(/\s*,\s*/u);
  if (letters.length === 0 || !letters.every((part) => POST_NOMINAL.test(part))) return null;
  const words = (name as string).split(/\s+/u).length;
  return words >= 2 && words <= 4 && /^\p{Lu}/u.test(name as string) ? (name as string) : null;
}

const NAME_LABELS: ReadonlyArray<[RegExp, 'full' | 'given' | 'family']> = [
  [
    /^(?:(?:full )?name|vor- und (?:nach|zu)name|nom(?: et prénom| complet)?|nombre(?: completo)?|imię i nazwisko)$/iu,
    'full',
  ],
  [/^(?:vorname|first name|given names?|prénom|imię|nombre de pila)$/iu, 'given'],
  [
    /^(?:nachname|familienname|zuname|last name|surname|family name|nom de famille|nazwisko|apellidos?)$/iu,
    'family',
  ],
];

/** A labelled line naming the person ("Name: …", "Nachname: …"), when its value reads as a name. */
function labelledName(segment: string): { part: 'full' | 'given' | 'family'; value: string } | null {
  const colon = segment.indexOf(':');
  if (colon <= 0 || colon > 24) return null;
  const label = segment.slice(0, colon).trim();
  const value = withoutHonorifics(segment.slice(colon + 1).trim());
  const part = NAME_LABELS.find(([pattern]) => pattern.test(label))?.[1];
  if (!part || !/^\p{L}[\p{L} .'’-]*$/u.test(value) || value.split(/\s+/u).length > 5) return null;
  return { part, value };
}

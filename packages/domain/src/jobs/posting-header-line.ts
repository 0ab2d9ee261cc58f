import type { RemotePolicy } from './parsed-job-posting.js';

/** Legal forms that mark a company name in English, German, Polish, French, Spanish and their neighbours. */
export const LEGAL_FORM_RE =
  /(?:^|\s)(?:GmbH|gGmbH|AG|SE|KG|KGaA|OHG|e\.\s?V\.|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Co\.|plc|PLC|LLP|LP|S\.\s?A\.?|SA|S\.\s?L\.?|SL|S\.L\.U\.|SAS|SARL|SASU|S\.\s?p\.\s?A\.|SpA|Sp\.\s?z\s?o\.\s?o\.?|sp\.\s?z\s?o\.\s?o\.?|S\.\s?A\.\s?S\.|B\.\s?V\.|BV|N\.\s?V\.|NV|Oy|AB|AS|ApS|s\.\s?r\.\s?o\.|SRL|S\.R\.L\.|S\.\s?r\.\s?l\.|Srl|Ltda\.?|Lda\.?|Pty\.?\s?Ltd\.?|GmbH\s?&\s?Co\.\s?KG)(?=$|[\s,.)])/;

const COUNTRIES =
  'USA|U\\.S\\.A?\\.?|United States|UK|U\\.K\\.|United Kingdom|England|Scotland|Wales|Ireland|India|Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|Suisse|France|Belgium|Belgique|België|Netherlands|Nederland|Luxembourg|Spain|España|Espagne|Portugal|Italy|Italia|Poland|Polska|Pologne|Polonia|Czechia|Czech Republic|Slovakia|Hungary|Romania|Denmark|Sweden|Norway|Finland|Canada|Australia|New Zealand|Mexico|México|Argentina|Chile|Colombia|Brazil|Brasil|Singapore|Japan|Remote|Europe|EU|EMEA|DE|PL|FR|ES|AT|CH|NL|BE|IT|PT|GB|IE|US';
export const COUNTRY_RE = new RegExp(`(?:^|[\\s,(])(?:${COUNTRIES})(?=$|[\\s,).])`);
// The US states' two-letter codes, and Australia's states and Canada's provinces as written after a city.
const US_STATES =
  'A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]';
const AU_REGIONS = 'NSW|QLD|VIC|TAS|ACT|NT|WA|SA';
// Written out too: "Halifax, Nova Scotia", "Townsville, Queensland".
const AU_CA_REGION_NAMES =
  'Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland(?: and Labrador)?|Prince Edward Island|Yukon|New South Wales|Queensland|Tasmania|Western Australia|South Australia|Northern Territory';
const AU_CA_REGIONS = `${AU_REGIONS}|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|${AU_CA_REGION_NAMES}`;
export const US_STATE_RE = new RegExp(`,\\s*(?:${US_STATES})\\b`);

const REGION_RE = new RegExp(`^(?:${COUNTRIES}|${US_STATES}|${AU_CA_REGIONS})$`);

const PROVINCE_RE = new RegExp(`^(?:${AU_CA_REGIONS})$`);
/** "Nova Scotia", "NSW", "Queensland": a whole text naming an Australian state or a Canadian province. */
export const namesProvince = (text: string): boolean => PROVINCE_RE.test(text.trim());

/** "WA", "ON", "NSW", "Germany", "UK": a whole text naming a country, a US state, or an Australian or Canadian region. */
export const namesRegion = (text: string): boolean => REGION_RE.test(text.trim());

// "Parkville VIC", "Brighton VIC 3186", "Austin TX 78701": a place and its region without a comma between.
const PLACE_AND_REGION_RE = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){0,2}\\s(?:${US_STATES}|${AU_CA_REGIONS})(?:\\s\\d{4,5})?$`,
  'u',
);

/** A place written with its region and no comma, as Australians write it: "Parkville VIC", "Brighton VIC 3186". */
export const namesPlaceAndRegion = (text: string): boolean => PLACE_AND_REGION_RE.test(text.trim());

const MODES: readonly (readonly [RemotePolicy, RegExp])[] = [
  // Part of the week from home is hybrid: "Télétravail partiel", "teilweise Homeoffice", "teletrabajo parcial".
  [
    'hybrid',
    /\bhybrid\b|hybrydow|hybride|híbrido|hibrido|praca hybrydowa|télétravail (?:partiel|occasionnel|possible)|teletrabajo parcial|remoto parcial|parcialmente remoto|semipresencial|teilweise (?:home ?office|remote)|częściowo zdaln|\b[1-4] ?(?:días?|jours?|tage?|dni|days?)\b[^\n.;]{0,20}(?:teletrabajo|télétravail|home ?office|remote|zdaln|from home)/i,
  ],
  [
    'remote',
    /\bremote\b|zdaln|télétravail|teletravail|remoto|teletrabajo|home ?office|work from home|\bwfh\b/i,
  ],
  [
    'onsite',
    /\bon[- ]?site\b|\bin[- ]office\b|\bin[- ]person\b|vor ort|stacjonarn|sur site|presencial|en présentiel/i,
  ],
];

export function workModeOf(text: string): RemotePolicy | null {
  for (const [mode, re] of MODES) if (re.test(text)) return mode;
  return null;
}

const EMPLOYMENT_WORDS =
  /\b(?:full[- ]?time|part[- ]?time|contract|temporary|internship|permanent|vollzeit|teilzeit|befristet|unbefristet|pełny etat|pełen etat|niepełny etat|umowa o pracę|\bB2B\b|\bCDI\b|\bCDD\b|temps plein|temps partiel|alternance|jornada completa|media jornada|tiempo completo|tiempo parcial|jornada parcial|indefinido)\b/i;

export const HEADER_SEPARATORS = /\s+[-–—|·•]\s+|\s*\|\s*|\s+[–—]\s*/;

// "Brisbane QLD", "Toronto, ON".
const AU_CA_REGION_RE = new RegExp(`(?:^|[\\s,])(?:${AU_CA_REGIONS})$`);
// A postcode written before a place: "75001 Paris", "80-001 Gdańsk", "1012 AB Amsterdam".
const LEADING_POSTCODE = String.raw`^(?:\d{2}-?\d{3}|\d{4}\s?[A-Z]{2})\s+(?=\p{Lu})`;
// A postcode or department number written after a place: "Tacoma, WA 98402", "Lyon (69)", a British one
// ("Leeds, LS9 7TF", "London EC1V 9HX"), a Canadian one ("Toronto, ON M5V 3L9"), an Australian one after its
// state ("Melbourne VIC 3000") or an Indian PIN after its state or a dash ("Pune, Maharashtra 411001",
// "Pune - 411 001"; not "Job ID 123456"), and a British district alone ("Doncaster DN4", "Bristol, BS5"; not a
// language level, "Deutsch C1", nor "B2B").
const TRAILING_POSTCODE = String.raw`(?:,\s*|\s+)(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$|(?:,\s*|\s+)(?![ABC][12]$|B2[BC]$)[A-Z]{1,2}\d[A-Z\d]?$|\s+(?:\d{5}(?:-\d{4})?|\(\d{2,5}\))$|(?<=\s(?:${AU_REGIONS}))\s+\d{4}$|(?<=,\s*\p{Lu}[\p{L}.' ]{1,40})\s+\d{3}\s?\d{3}$|(?<=\p{L})\s*-\s*\d{3}\s?\d{3}$`;
const POSTCODE_RE = new RegExp(`${TRAILING_POSTCODE}|${LEADING_POSTCODE}`, 'u');
const STARTS_WITH_POSTCODE_RE = new RegExp(LEADING_POSTCODE, 'u');

/** The place without its postcode or department number. */
export function withoutPostcode(text: string): string {
  // "Lyon 6e (69)", "Paris 8ème": a French arrondissement after the city goes with its department number.
  // Every postcode has a digit: most lines have none and skip the pattern's look-behinds at every position.
  if (!/\d/u.test(text)) return text.trim();
  return text
    .trim()
    .replace(POSTCODE_RE, '')
    .replace(/\s\d{1,2}(?:e|er|ème)$/u, '');
}

// "Paris 08 - 75", "Nantes - 44": a French place with its arrondissement and department number.
const FRENCH_PLACE_RE = /^\p{Lu}[\p{L}'’ -]{1,40}?(?:\s\d{1,2}(?:e|er)?)?\s-\s(?:\d{2}|2A|2B|97\d)$/u;
// "Jundiaí - SP", "São Paulo/SP": a Brazilian city and its state's code.
const BRAZILIAN_PLACE_RE =
  /^\p{Lu}[\p{L}'’ ]{1,40}?(?:\s[-–]\s|\s?\/\s?)(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)$/u;

/** One place name of up to four words, with the particles places have ("Ribarroja del Turia"). */
export const PLACE_NAME_RE =
  /^\p{Lu}[\p{L}'’.-]+(?:\s(?:\p{Lu}[\p{L}'’.-]+|de|del|la|las|los|am|an|der|sur|sous|nad|upon|on|le|les|di)){0,3}$/u;

/** "Berlin, Germany", "Austin, TX", "Kraków, Polska", "Madrid (Spain)": a place by its shape. */
export function looksLikeLocation(text: string): boolean {
  if (EMPLOYMENT_WORDS.test(text) || workModeOf(text) !== null) return false;
  if (FRENCH_PLACE_RE.test(text.trim()) || BRAZILIAN_PLACE_RE.test(text.trim())) return true;
  // "13002 Marseille", "80-001 Gdańsk", "1012 AB Amsterdam": a postcode before a place name.
  if (STARTS_WITH_POSTCODE_RE.test(text.trim()) && PLACE_NAME_RE.test(withoutPostcode(text))) return true;
  // A name with a legal form is an employer, whatever country it names ("Teleperformance Polska Sp. z o.o.");
  // an Irish county ("Co. Cork") is a place.
  if (LEGAL_FORM_RE.test(text) && !US_STATE_RE.test(text) && !/(?:^|,\s*)Co\.\s/.test(text)) return false;
  const t = withoutPostcode(text);
  if (t.length === 0 || t.length > 60 || /\d{3,}|[$€£]/.test(t)) return false;
  // A postcode is a place's mark: "Leeds, LS9 7TF" is a place even as a single name.
  if (t !== text.trim() && PLACE_NAME_RE.test(t)) return true;
  if (US_STATE_RE.test(t)) return true;
  // "Gądki, Kórnik, wielkopolskie": Polish regions are written in lower case after the place.
  const commaParts = t.split(',').map((p) => p.trim());
  if (
    commaParts.length >= 2 &&
    commaParts.length <= 4 &&
    PLACE_NAME_RE.test(commaParts[0] ?? '') &&
    commaParts.slice(1).every((p) => PLACE_NAME_RE.test(p) || /^\p{Ll}{4,25}$/u.test(p))
  )
    return true;
  if (/^\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){0,2},?\s\p{Lu}{2,3}$/u.test(t) && AU_CA_REGION_RE.test(t))
    return true;
  const parts = t.split(',').map((p) => p.trim());
  if (parts.length >= 2 && parts.length <= 4) {
    if (parts.every((p) => /^\p{Lu}[\p{L} .'()-]{0,30}$/u.test(p))) return true;
  }
  // A country's name inside an organisation's ("U.S. Department of Homeland Security", "Bank of Canada",
  // "United States Postal Service") does not make it a place.
  return (
    COUNTRY_RE.test(t) && /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 5 && !ORGANISATION_WORD_RE.test(t)
  );
}

const ORGANISATION_WORD_RE =
  /(?<!\p{L})(?:Department|Ministry|Ministerium|Ministère|Ministerio|Ministerstwo|Agency|Office|Bureau|Administration|Service|Services|Army|Navy|Air Force|Corps|Bank|Group|University|College|Hospital|Institute|Council|Government|Authority|Commission|Foundation|Company|Corporation|Post|Postal|Railways?|Airlines?)(?!\p{L})/u;

function isCapitalisedName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 7 &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[.!?:]$/.test(text) &&
    !/^(?:we|our|job|role|position|about|wir|nous|somos|jesteśmy)\b/i.test(text)
  );
}

// "Werk Sindelfingen", "Standort Hamburg", "Plant Greer": the employer's site in a city is the city.
const SITE_WORD_RE =
  /^(?:Werk|Standort|Niederlassung|Filiale|Site|Plant|Campus|Usine|Établissement|Planta|Sede|Zakład|Oddział)\s+(?=\p{Lu})/u;

export interface HeaderLineReading {
  readonly company: string | null;
  readonly location: string | null;
  readonly remote: RemotePolicy | null;
}

/**
 * Reads a header line of separated parts: "Nordwind GmbH - Hamburg, Germany (Hybrid)", "Acme | Austin, TX |
 * Remote", "Harbor Dental · Portland, OR". The work mode in parentheses or as its own part is taken out; a part
 * shaped like a place is the location; the first remaining capitalised part is the company. Null when the line
 * has no such shape.
 */
export function readHeaderLine(line: string): HeaderLineReading | null {
  if (line.length > 160 || /[.!?]\s*$/.test(line)) return null;
  // Its dash is the department's, not a separator between an employer and a place.
  if (FRENCH_PLACE_RE.test(line.trim()) || BRAZILIAN_PLACE_RE.test(line.trim()))
    return { company: null, location: line.trim(), remote: null };
  let remote: RemotePolicy | null = null;
  const withoutParens = line.replace(/\(([^()]{1,40})\)/g, (whole, inner: string) => {
    const mode = workModeOf(inner);
    if (mode !== null || EMPLOYMENT_WORDS.test(inner)) {
      remote ??= mode;
      return ' ';
    }
    return whole;
  });
  const parts = withoutParens
    .split(HEADER_SEPARATORS)
    .map((p) => p.trim().replace(/^[,;]\s*|\s*[,;]$/g, ''))
    .filter((p) => p !== '');
  let company: string | null = null;
  let location: string | null = null;
  const rest: string[] = [];
  // Parts that state the job's terms: its work mode, employment type or pay.
  let terms = 0;
  for (const part of parts) {
    const mode = workModeOf(part);
    if (mode !== null && part.split(/\s+/).length <= 3) {
      remote ??= mode;
      terms += 1;
      continue;
    }
    if (
      (EMPLOYMENT_WORDS.test(part) && part.split(/\s+/).length <= 4) ||
      (/\d/.test(part) && /[$€£]|zł|PLN|EUR|USD|GBP|CHF/.test(part))
    ) {
      terms += 1;
      continue;
    }
    if (LEGAL_FORM_RE.test(part) && company === null && !US_STATE_RE.test(part)) company = part;
    else if (location === null && looksLikeLocation(part)) location = part;
    else rest.push(part);
  }
  // "Acme GmbH, Berlin": a company with a legal form, then its place after a comma.
  if (company !== null && location === null) {
    const m =
      /^(.*?(?:GmbH|AG|SE|Ltd\.?|LLC|Inc\.?|S\.A\.|SA|S\.L\.|SL|SAS|Sp\. z o\.o\.|B\.V\.)),\s*(\p{Lu}[\p{L} ,.'-]{1,60})$/u.exec(
        company,
      );
    if (m && m[1] && m[2]) {
      company = m[1].trim();
      location = m[2].trim();
    }
  }
  // "CDI · Paris · Télétravail partiel": a line of the job's terms, with one name among them, names its place.
  const lone = rest[0];
  if (
    company === null &&
    location === null &&
    terms > 0 &&
    rest.length === 1 &&
    lone !== undefined &&
    PLACE_NAME_RE.test(withoutPostcode(lone)) &&
    lone.split(/\s+/).length <= 3
  )
    location = lone;
  else if (company === null) {
    const candidate = rest.find(isCapitalisedName);
    if (candidate !== undefined && (location !== null || rest.length >= 2)) company = candidate;
  }
  // With a company named, a lone capitalised part after it is the place ("Nordwind GmbH - Hamburg").
  if (location === null && company !== null) {
    const place = rest.find(
      (p) =>
        p !== company && /^\p{Lu}[\p{L} .'-]{1,40}$/u.test(withoutPostcode(p)) && p.split(/\s+/).length <= 3,
    );
    if (place !== undefined) location = place;
  }
  if (company === null && location === null) return null;
  if (parts.length < 2 && !(company !== null && location !== null)) return null;
  return { company, location: location === null ? null : location.replace(SITE_WORD_RE, ''), remote };
}

import { namesPlaceAndRegion, namesRegion } from '@tailor/domain';

/**
 * Which part of an entry's header is the title, which the employer and which the place: headers come as
 * "Title, Employer, City", "Title at Employer", "Employer — Title", "Title | Employer | City", or over two
 * lines in either order. Parts are split by their separators; an employer is recognised by a legal-form
 * suffix or an organisation word, a title by a job word, in five languages; otherwise the usual order
 * (title first) holds.
 */
const COMPANY_SUFFIX =
  /^(inc|llc|ltd|limited|corp|co|gmbh|plc|s\.?a|s\.?l|s\.?a\.?s|sarl|ag|se|kg|ohg|e\.?v|sp\.? z o\.?o|s\.?p\.?a|b\.?v|n\.?v|pty|lp|llp)\.?$/iu;
export const ORG_WORD =
  /((?<!\p{L})(inc|llc|ltd|gmbh|ag|se|plc|corp|s\.a|s\.l|sp\. z o\.o|group|gruppe|grupo|groupe|holding|bank|hospital|clinic|klinik|klinikum|klinika|clinique|clínica|szpital|hôpital|hospital|biuro|kancelaria|zakład|farmacia|pharmacie|apotheke|apteka|restaurant|restaurante|restauracja|hotel|hôtel|atelier|cabinet|agence|centrum|centre|centro|zentrum|university|universität|uniwersytet|université|universidad|college|collège|lycée|school|schule|szkoła|escuela|instituto?|institut|ministry|technologies|technology|solutions|systems|services|logistics|logistik|consulting|labs?|studio|agency|agentur|partners|foundation|stiftung|fundacja|fondation|fundación|company|corporation|enterprises|industries|instalaciones|polska|españa|france|deutschland|wirtschaftsprüfungsgesellschaft|s\.p\.a|s\.r\.l|spa|srl|ltda|università|universidade|faculdade|escola|scuola|liceo|ospedale|azienda)(?!\p{L}))/iu;
// An acronym ("KPMG", "IBM"): case-sensitive, and not `\b`, which does not know non-ASCII letters.
const ACRONYM = /(?<!\p{L})\p{Lu}{2,}(?!\p{L})/u;
export const TITLE_WORD =
  /(engineer|developer|programmer|architect|manager|director|head|lead|chief|officer|president|nurse|physician|doctor|therapist|pharmacist|teacher|tutor|lecturer|professor|instructor|analyst|accountant|auditor|controller|bookkeeper|consultant|advisor|adviser|specialist|coordinator|administrator|assistant|associate|intern|trainee|apprentice|technician|electrician|plumber|welder|mechanic|operator|driver|clerk|cashier|representative|executive|designer|scientist|researcher|editor|writer|supervisor|foreman|worker|agent|owner|founder|partner|cook|chef|waiter|receptionist|buchhalter|ingenieur|entwickler|leiter|leiterin|berater|beraterin|lehrer|lehrerin|krankenschwester|pflege|kauffrau|kaufmann|elektriker|mitarbeiter|referent|sachbearbeiter|assistent|prüfer|revisor|kierownik|specjalista|inżynier|programista|księgow|nauczyciel|magazynier|logistyk|koordynator|analityk|asystent|dyrektor|pielęgniar|technik|elektryk|konsultant|enseignant|professeur|ingénieur|développeur|responsable|comptable|infirmi|technicien|électricien|conseill|chargé|directeur|gestionnaire|ingeniero|desarrollador|jefe|jefa|contable|enfermer|técnico|electricista|profesor|maestr|analista|gerente|director|oficial|encargad|auxiliar|asesor|specjalist|kierowca|sprzedaw|handlow|kucharz|kelner|recepcjonist|pracownik|menedżer|wissenschaftler|fachkraft|monteur|meister|verkäufer|köchin|attaché|vendeu|cuisini|serveu|pharmacien|aide-soignant|employé|stagiaire|apprenti|farmacéutic|vendedor|cociner|camarer|recepcionista|administrativ|dependient|becari|operari|conductor|impiegat|responsabile|contabile|ingegnere|sviluppatore|insegnante|infermier|tecnico|direttore|commess|cameriere|cuoco|magazzinier|operai|addett|estagiári|desenvolvedor|engenheir|enfermeir|coordenador|atendente|motorista|cozinheir|gerente|volunteer|voluntari[oa]|bénévole|wolontariusz|ehrenamtlich)/iu;

// Job words that are also common surnames ("Tim Cook", "Minnie Driver", "Jane Head"): a job only after a
// rank or a field ("Line Cook", "Truck Driver"), so a two-word name that ends in one stays a name.
const SURNAME_TOO =
  /^(?:cook|driver|head|lead|partner|owner|agent|clerk|chef|worker|meister|mason|tutor|baker|porter|taylor|steward|page|marshal)$/iu;
// A rank written before a job ("Sr. Software Engineer", "Jr. Analyst", "Senior Nurse").
const RANK_BEFORE =
  /^(?:sr|jr|snr|jnr|senior|junior|principal|chief|lead|head|staff|travel|registered|certified|licensed|assistant|associate|deputy|interim|acting)\.?$/iu;

/**
 * Whether a short line is a job title, never a person's name ("Sr. Software Engineer", "Travel Registered
 * Nurse", "Chief Executive Officer", "Kauffrau für Büromanagement"): one of its words is a job word of the
 * five languages (its stem and at most a short ending), other than a surname's unless a rank comes first.
 */
export function namesJobTitle(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length > 6) return false;
  const ranked = RANK_BEFORE.test(words[0] ?? '') && words.length >= 2;
  return words.some((word) => {
    const bare = word.replace(/[.,()]/gu, '');
    const match = TITLE_WORD.exec(bare);
    if (match === null || match.index !== 0 || bare.length - match[0].length > 4) return false;
    return ranked || !SURNAME_TOO.test(bare);
  });
}

const STRONG = /\s+[|·•—–]\s+|\s{3,}|\s+-\s+|\t/u;
const AT = /^(.+?)\s+(?:at|@|bei|chez)\s+(\p{Lu}.*)$/u;
const SCHOOL_OF = /(?:universit\p{L}*|college|institute|school)\s+of\s/iu;
// "w" (Polish) and "en" (Spanish) also mean "at", but are common inside titles: only before a capital
// and after a job word.
const AT_WEAK = /^(.+?)\s+(?:w|en)\s+(\p{Lu}.*)$/u;

export interface HeaderParts {
  title: string | null;
  company: string | null;
  location: string | null;
}

/**
 * A pay grade after a title ("Program Analyst, GS-0343-12", "Logistics Officer, O-3", "Staff Nurse, Band 5",
 * "Referentin, EG 13"): part of the title, not a field of its own.
 */
const PAY_GRADE =
  /^(?:(?:GS|GG|GM|WG|WL|WS|SES|ES|NH|NT|FS|FP|O|E|W)-\d{1,4}(?:-\d{1,2})?|(?:Band|Grade|Pay grade|Level|EG|TVöD|TV-L|Stufe)\s?\d{1,2}[a-z]?)$/u;

// Military ranks, in the five languages: what a veteran writes in brackets after a role ("(Captain, O-3)").
const RANK =
  /^(?:(?:first|second|staff|master|chief|senior|lance|petty|warrant|flight|sergeant|lieutenant|brigadier|major|rear|vice)\s+)*(?:private|corporal|sergeant|lieutenant|captain|major|colonel|commander|ensign|officer|specialist|airman|seaman|general|admiral|gefreiter|unteroffizier|feldwebel|stabsfeldwebel|leutnant|oberleutnant|hauptmann|oberst|caporal|sergent|adjudant|capitaine|commandant|soldado|cabo|sargento|teniente|capitán|comandante|szeregowy|kapral|sierżant|chorąży|podporucznik|porucznik|kapitan)$/iu;

/** Commas split, except before a legal form ("ABC Company, Inc.") or a pay grade, or inside brackets. */
function splitCommas(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ',' || char === ';') && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  const merged: string[] = [];
  for (const part of parts.filter(Boolean)) {
    // "Colorado Springs, CO": Colorado's code after a city, not "& Co." after a firm.
    const stateCode = part === 'CO' && CITY_SHAPE.test(merged.at(-1) ?? '');
    if (merged.length > 0 && !stateCode && (COMPANY_SUFFIX.test(part) || PAY_GRADE.test(part)))
      merged[merged.length - 1] += `, ${part}`;
    else merged.push(part);
  }
  return merged;
}

/** The parts of one header line, in order; a line's first part is its main one. */
/**
 * A line split at its strong separators, each part without separators left at its ends ("Title | Employer |
 * dates | City": with the dates taken out, "| City" would keep its bar).
 */
const strongParts = (line: string, header = false): string[] =>
  (header ? withLowerTails(line) : line.split(STRONG)).map((part) =>
    part.replace(/^[\s|·•—–,;-]+|[\s|·•—–,;-]+$/gu, ''),
  );

const STRONG_KEPT = new RegExp(`(${STRONG.source})`, 'u');
const DASH = /^\s*[—–-]\s*$/u;

/**
 * A header's parts, a part in lower case after a dash kept with the one before: "Magazynier – operator
 * wózka widłowego", "Verkäufer – stellvertretende Filialleitung" are one title (an employer's name has a
 * capital, "eBay" too), unless it is a place or an employment type ("– remote", "– part-time").
 */
function withLowerTails(line: string): string[] {
  const pieces = line.split(STRONG_KEPT);
  const parts: string[] = [pieces[0] as string];
  for (let index = 1; index + 1 < pieces.length; index += 2) {
    const [separator, text] = [pieces[index] as string, pieces[index + 1] as string];
    const tail =
      DASH.test(separator) &&
      /^\p{Ll}[^\p{Lu}\d]*$/u.test(text.trim()) &&
      !EMPLOYMENT_TYPE.test(text.trim()) &&
      !isPlaceName(text.trim());
    if (tail && parts.length > 0) parts[parts.length - 1] += `${separator}${text}`;
    else parts.push(text);
  }
  return parts;
}

/**
 * The parts a line's separators make (bars, dashes, wide gaps, commas), "at" left inside its part: a
 * credential's name may hold one ("First Aid at Work, St John Ambulance").
 */
export const separatedParts = (line: string): string[] =>
  strongParts(line)
    .filter(Boolean)
    .flatMap((part) => splitCommas(part));

export function lineParts(line: string, header = false): string[] {
  const strong = strongParts(line, header).filter(Boolean);
  const parts: string[] = [];
  for (const part of strong) {
    const found =
      AT.exec(part) ?? (TITLE_WORD.test(part.split(/\s+(?:w|en)\s+/u)[0] ?? '') ? AT_WEAK.exec(part) : null);
    // "University of Texas at Austin", "University of North Carolina at Chapel Hill": one school's name, not
    // a title at an employer.
    const at = found && !SCHOOL_OF.test(found[1] as string) ? found : null;
    if (at) parts.push(...splitCommas(at[1] as string), ...splitCommas(at[2] as string));
    else parts.push(...splitCommas(part));
  }
  return parts;
}

/**
 * How many of a line's last parts name a place: "Seattle, WA" after an employer ("Harborview Medical Center,
 * Seattle, WA"), or the whole of a line "Seattle, WA" (a city before its region or country, neither a job nor
 * an organisation).
 */
function placeTail(parts: readonly string[]): number {
  const last = parts.at(-1);
  if (parts.length < 2 || last === undefined) return 0;
  // "Bupa Aged Care, Brighton VIC": Australians write the region after the place without a comma.
  if (namesPlaceAndRegion(last)) return 1;
  if (!namesRegion(last)) return parts.length === 2 && cityAfterEmployer(parts[0] as string, last) ? 1 : 0;
  if (parts.length >= 3) return 2;
  const city = parts[0] as string;
  return !TITLE_WORD.test(city) && !ORG_WORD.test(city) && /^\p{Lu}\S*(?:\s\S+){0,2}$/u.test(city) ? 2 : 1;
}

/** A city's shape: "Madrid", "San Francisco", "Frankfurt am Main", "Aix-en-Provence", "Zielona Góra". */
// A freelancer's or a self-employed person's role, in the five languages.
const FREELANCE =
  /(?<!\p{L})(?:freelance[rd]?|free-lance|self-employed|independent|freiberufl\p{L}*|selbstständig\p{L}*|selbständig\p{L}*|indépendante?|auto-entrepreneur|autónom[oa]|autonom[oa]|samozatrudni\p{L}*|własna działalność)(?!\p{L})/iu;

const CITY_SHAPE =
  /^\p{Lu}\p{Ll}+(?:[\s-](?:(?:am|an|de|del|la|le|sur|upon|nad|im|on|en)[\s-])?\p{Lu}\p{Ll}+){0,2}$/u;

// A job's acronym ("Travel RN", "VP Sales", "CFO"): a job word, not an organisation's initials.
const TITLE_ACRONYM_SOURCE =
  '(?<!\\p{L})(?:RN|LPN|LVN|CNA|APRN|CRNA|NP|EMT|CEO|CFO|COO|CTO|CIO|CMO|CISO|CHRO|VP|SVP|EVP|AVP|SDE|SRE)(?!\\p{L})';
const TITLE_ACRONYM = new RegExp(TITLE_ACRONYM_SOURCE, 'gu');
const HAS_TITLE_ACRONYM = new RegExp(TITLE_ACRONYM_SOURCE, 'u');

/**
 * "BBVA, Madrid", "Siemens AG, München": an employer and the city it is in, as European CVs write them
 * (no region or country after the city). Neither part names a job, and the second is shaped like a city
 * and names no organisation, so the title is looked for on another line.
 */
function cityAfterEmployer(first: string, second: string): boolean {
  return (
    !TITLE_WORD.test(first) &&
    !HAS_TITLE_ACRONYM.test(first) &&
    !TITLE_WORD.test(second) &&
    !ORG_WORD.test(second) &&
    !ACRONYM.test(second) &&
    CITY_SHAPE.test(second)
  );
}

/** "Harborview Medical Center, Seattle, WA": one field (an employer) followed by its place. */
export function isEmployerWithPlace(line: string): boolean {
  const parts = lineParts(line);
  const place = placeTail(parts);
  return place > 0 && parts.length - place === 1;
}

// An employment type in brackets after an employer ("Acme (Contract)") is no place.
export const EMPLOYMENT_TYPE =
  /^(?:contract|contractor|freelance|part[- ]time|full[- ]time|internship|intern|temporary|temp|seasonal|volunteer|self[- ]employed|permanent|fixed[- ]term|befristet|teilzeit|vollzeit|praktikum|stage|alternance|prácticas|staż|zlecenie)$/iu;

/** "Chicago", "Seattle, WA", "Parkville VIC", "Remote": a place's name alone. */
function isPlaceName(text: string): boolean {
  const parts = splitCommas(text);
  if (EMPLOYMENT_TYPE.test(text.trim())) return false;
  return (
    namesRegion(text) ||
    namesPlaceAndRegion(text) ||
    /^remote$/iu.test(text) ||
    (parts.length === 1 && CITY_SHAPE.test(text) && !TITLE_WORD.test(text) && !ORG_WORD.test(text)) ||
    (parts.length >= 2 && placeTail(parts) === parts.length)
  );
}

const BRACKETS_AT_END = /^(.*\S)\s*\(([^()]+)\)$/u;

// What a title's brackets say besides an employer: how or when the job is done ("(Acting)", "(Nights)"), or
// the unit or speciality ("(ICU)", "(Backend)").
const TITLE_QUALIFIER =
  /^(?:acting|interim|hybrid|on-?site|nights?|days?|weekends?|evenings?|locum|relief|pro bono|icu|nicu|picu|micu|sicu|ccu|er|ed|or|pacu|l&d|med[/-]surg|back-?end|front-?end|full[- ]?stack|platform|infrastructure|mobile|ios|android|web|data|ml|ai|security|sre|devops|qa|cloud|embedded)$/iu;

/**
 * "Senior Software Engineer (Stripe) — Seattle, WA": a job word before the brackets, and in them a name that
 * is no place, employment type, job or qualifier. A lone capitalised word may be a city ("Engineer
 * (Berlin)"): it is the employer only when the line gives its place apart.
 */
function namesEmployerInBrackets(title: string, inBrackets: string, placeGiven: boolean): boolean {
  const name = inBrackets.trim();
  // "Logistics Officer (Captain, O-3)", "Staff Nurse (Band 5)": a rank or a pay grade is the title's.
  if (name.split(/\s*,\s*/u).some((part) => PAY_GRADE.test(part) || RANK.test(part))) return false;
  return (
    TITLE_WORD.test(title) &&
    /^\p{Lu}/u.test(name) &&
    (placeGiven ? !namesRegion(name) && !namesPlaceAndRegion(name) : !isPlaceName(name)) &&
    !EMPLOYMENT_TYPE.test(name) &&
    !TITLE_QUALIFIER.test(name) &&
    !TITLE_WORD.test(name)
  );
}

/** The title or employer parts of a header line, its place not counted: "Employer, City, ST" is one. */
// A street address under an employer ("8725 John J. Kingman Road, Fort Belvoir, VA 22060", "Lindenstraße 14,
// 50674 Köln", "12 rue des Tanneurs, Lyon", "ul. Długa 5, Kraków"), as a federal resume gives it: the place.
const STREET =
  /^(?:\d{1,6}[a-z]?\s+(?:[\p{L}.'’-]+\s+){0,4}(?:road|rd|street|st|avenue|ave|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|parkway|pkwy|highway|hwy|suite|circle|cir|terrace|square|sq)\.?(?:,|$)|\d{1,4}(?:,)?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai)\s|(?:ul\.|al\.|calle|avda\.|avenida|c\/|plaza|paseo)\s+\p{Lu}|\p{Lu}[\p{L}-]*(?:straße|strasse|weg|gasse|allee|platz|ring|damm)\s+\d{1,4}[a-z]?(?:,|$))/iu;
export const isStreetAddress = (line: string): boolean => line.length <= 120 && STREET.test(line.trim());

export const headerFields = (line: string): number => {
  if (isStreetAddress(line)) return 0;
  const parts = lineParts(line, true);
  const place = placeTail(parts);
  // "Senior Software Engineer (Stripe) — Seattle, WA": the title and its employer in one part.
  const bracketed = parts.length - place === 1 ? BRACKETS_AT_END.exec(parts[0] as string) : null;
  const both =
    bracketed !== null && namesEmployerInBrackets(bracketed[1] as string, bracketed[2] as string, place > 0);
  return parts.length - place + (both ? 1 : 0);
};

const titleScore = (text: string) => {
  // A pay grade's capitals ("GS-12") are no acronym of an organisation.
  const part = text
    .split(/,\s*/u)
    .filter((piece) => !PAY_GRADE.test(piece))
    .join(', ');
  const withoutJobAcronyms = part.replace(TITLE_ACRONYM, ' ');
  return (
    (TITLE_WORD.test(part) || withoutJobAcronyms !== part ? 1 : 0) -
    (ORG_WORD.test(part) || ACRONYM.test(withoutJobAcronyms) || /\p{L}\.\p{L}/u.test(part) ? 1 : 0)
  );
};

// A business function written after a title with a comma ("Vice President, Operations", "Director, Supply
// Chain", "Leiter, Vertrieb", "Directeur, Achats"): part of the title when an employer follows.
const BUSINESS_FUNCTION =
  /^(?:global\s+|corporate\s+|group\s+|regional\s+)?(?:operations|supply chain|sales|marketing|finance|engineering|product(?: management)?|human resources|hr|people|it|technology|strategy|business development|customer success|procurement|purchasing|logistics|manufacturing|quality|legal|compliance|communications|research(?: and| &) development|r&d|risk|audit|treasury|vertrieb|einkauf|finanzen|personal|produktion|ventes|achats|finances|ressources humaines|ventas|compras|finanzas|recursos humanos|sprzedaż|zakupy|finanse)$/iu;

function functionAfterTitle(parts: string[]): string[] {
  if (
    parts.length >= 3 &&
    TITLE_WORD.test(parts[0] as string) &&
    BUSINESS_FUNCTION.test(parts[1] as string) &&
    !TITLE_WORD.test(parts[2] as string)
  )
    return [`${parts[0]}, ${parts[1]}`, ...parts.slice(2)];
  return parts;
}

/** Whether an entry's header named its employer before its title, when its words decided it. */
export type HeaderOrder = 'titleFirst' | 'companyFirst' | null;

/**
 * Title, employer and place from the header lines of one entry (their dates already removed). `order` is
 * how the entries before it were written: a header whose words do not tell its title from its employer
 * ("Globex" over "UX Designer") is read the same way, since a resume lays out every entry alike.
 */
export function assignHeader(
  lines: readonly string[],
  order: HeaderOrder = null,
): HeaderParts & { order: HeaderOrder } {
  // One line split by strong separators ("Employer, City — Title", "Title | Employer | City, ST") is read as
  // one line per part: commas split inside a part, not between the fields.
  const single = lines.length === 1 ? strongParts(lines[0] as string, true).filter(Boolean) : [];
  const rows = single.length >= 2 && !single.some((part) => AT.test(part)) ? single : lines;
  const split = rows.map((row) => lineParts(row, true)).filter((parts) => parts.length > 0);
  // A line that is only a place ("Seattle, WA") or a street address is the place, wherever it stands; of an
  // address, the place is what follows the street.
  // "Senior Product Designer · Fintrail" over "Barcelona" (or "Remote"): the title and the employer apart on
  // one line, a place's name alone on the other is the place.
  const pairedAbove =
    rows === lines &&
    split.length === 2 &&
    split[1]?.length === 1 &&
    strongParts(rows[0] as string, true).filter(Boolean).length === 2 &&
    split[0]?.length === 2 &&
    TITLE_WORD.test(split[0][0] as string) &&
    isPlaceName(split[1][0] as string) &&
    !ACRONYM.test(split[1][0] as string);
  const isPlaceRow = (parts: string[], index: number) =>
    placeTail(parts) === parts.length || isStreetAddress(parts.join(', ')) || (pairedAbove && index === 1);
  const places = split
    .filter((parts, index) => isPlaceRow(parts, index))
    .map((parts) => (isStreetAddress(parts.join(', ')) && parts.length > 1 ? parts.slice(1) : parts));
  const perLine = split.filter((parts, index) => !isPlaceRow(parts, index));
  if (perLine.length === 0)
    return { title: null, company: null, location: places.flat().join(', ') || null, order: null };
  let title: string;
  let company: string | null;
  let titleTail: string[];
  let companyTail: string[];
  let others: string[];
  if (perLine.length === 1) {
    const parts = functionAfterTitle(perLine[0] as string[]);
    [title, company, titleTail, companyTail, others] = [parts[0]!, parts[1] ?? null, [], [], parts.slice(2)];
  } else {
    // Over several lines, each line's main part is a field; what follows it on its line is the place.
    const [a, b, ...more] = perLine as [string[], string[], ...string[][]];
    [title, company, titleTail, companyTail, others] = [a[0]!, b[0]!, a.slice(1), b.slice(1), more.flat()];
  }
  // Swap when the second part reads more like a job than the first (a job word counts for, an
  // organisation word against); ties follow the entries before, else the usual order, title first.
  // A tie is broken by the job word alone when only one part has one ("United States Army" over "Logistics
  // Officer": the organisation word in a title, "Logistics", evens its score).
  const tieBreak = (text: string | null) => (text !== null && TITLE_WORD.test(text) ? 0.5 : 0);
  const [first, second] = [
    titleScore(title) + tieBreak(title),
    company === null ? 0 : titleScore(company) + tieBreak(company),
  ];
  const decided: HeaderOrder =
    company === null || first === second ? null : second > first ? 'companyFirst' : 'titleFirst';
  if (company !== null && (decided ?? order) === 'companyFirst') {
    [title, company] = [company, title];
    [titleTail, companyTail] = [companyTail, titleTail];
  }
  // "Registered Nurse, ICU" over "Harborview Medical Center, Seattle, WA" (or over the employer, then
  // "Seattle, WA"): when the place is given apart from the title, what follows the title on its own line is
  // part of it (a unit, a team, a level).
  const placeApart = places.length > 0 || (company !== null && placeTail([company, ...companyTail]) > 0);
  if (titleTail.length > 0 && placeApart) {
    title = [title, ...titleTail.filter((part) => !namesRegion(part))].join(', ');
    titleTail = titleTail.filter(namesRegion);
  }
  // "Acme Corp (Chicago)": the place in brackets after the employer.
  const bracketed = company === null ? null : BRACKETS_AT_END.exec(company);
  if (bracketed && isPlaceName(bracketed[2] as string)) {
    company = bracketed[1] as string;
    companyTail = [bracketed[2] as string, ...companyTail];
  }
  // "Senior Software Engineer (Stripe)" with no employer apart: the employer in brackets after the title.
  const employerInBrackets = company === null ? BRACKETS_AT_END.exec(title) : null;
  const placeGiven = places.length > 0 || titleTail.some(isPlaceName);
  if (
    employerInBrackets &&
    namesEmployerInBrackets(employerInBrackets[1] as string, employerInBrackets[2] as string, placeGiven)
  ) {
    title = employerInBrackets[1] as string;
    company = (employerInBrackets[2] as string).trim();
  }
  // "Freelance Web Developer" over "Berlin": a freelancer works for no employer, and a bare city-shaped word
  // beside the title is where they work. A profile's role needs an employer: the title's own word for working
  // on one's own account ("Freelance") stands for it.
  if (
    company !== null &&
    FREELANCE.test(title) &&
    !FREELANCE.test(company) &&
    CITY_SHAPE.test(company) &&
    !ORG_WORD.test(company) &&
    !ACRONYM.test(company) &&
    !TITLE_WORD.test(company)
  ) {
    companyTail = [company, ...companyTail];
    company = FREELANCE.exec(title)?.[0] ?? null;
  }
  const rest = [...titleTail, ...companyTail, ...others, ...places.flat()];
  return { title, company, location: rest.length > 0 ? rest.join(', ') : null, order: decided ?? order };
}

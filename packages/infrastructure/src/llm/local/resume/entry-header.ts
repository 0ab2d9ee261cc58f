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
  /((?<!\p{L})(inc|llc|ltd|gmbh|ag|se|plc|corp|s\.a|s\.l|sp\. z o\.o|group|gruppe|grupo|groupe|holding|bank|hospital|clinic|klinik|klinikum|klinika|clinique|clínica|szpital|hôpital|hospital|biuro|kancelaria|zakład|farmacia|pharmacie|apotheke|apteka|restaurant|restaurante|restauracja|hotel|hôtel|atelier|cabinet|agence|centrum|centre|centro|zentrum|university|universität|uniwersytet|université|universidad|college|collège|lycée|school|schule|szkoła|escuela|instituto?|institut|ministry|technologies|technology|solutions|systems|services|logistics|logistik|consulting|labs?|studio|agency|agentur|partners|foundation|stiftung|fundacja|fondation|fundación|company|corporation|enterprises|industries|instalaciones|polska|españa|france|deutschland|wirtschaftsprüfungsgesellschaft)(?!\p{L}))/iu;
// An acronym ("KPMG", "IBM"): case-sensitive, and not `\b`, which does not know non-ASCII letters.
const ACRONYM = /(?<!\p{L})\p{Lu}{2,}(?!\p{L})/u;
export const TITLE_WORD =
  /(engineer|developer|programmer|architect|manager|director|head|lead|chief|officer|president|nurse|physician|doctor|therapist|pharmacist|teacher|tutor|lecturer|professor|instructor|analyst|accountant|auditor|controller|bookkeeper|consultant|advisor|adviser|specialist|coordinator|administrator|assistant|associate|intern|trainee|apprentice|technician|electrician|plumber|welder|mechanic|operator|driver|clerk|cashier|representative|executive|designer|scientist|researcher|editor|writer|supervisor|foreman|worker|agent|owner|founder|partner|cook|chef|waiter|receptionist|buchhalter|ingenieur|entwickler|leiter|leiterin|berater|beraterin|lehrer|lehrerin|krankenschwester|pflege|kauffrau|kaufmann|elektriker|mitarbeiter|referent|sachbearbeiter|assistent|prüfer|revisor|kierownik|specjalista|inżynier|programista|księgow|nauczyciel|magazynier|logistyk|koordynator|analityk|asystent|dyrektor|pielęgniar|technik|elektryk|konsultant|enseignant|professeur|ingénieur|développeur|responsable|comptable|infirmi|technicien|électricien|conseill|chargé|directeur|gestionnaire|ingeniero|desarrollador|jefe|jefa|contable|enfermer|técnico|electricista|profesor|maestr|analista|gerente|director|oficial|encargad|auxiliar|asesor|specjalist|kierowca|sprzedaw|handlow|kucharz|kelner|recepcjonist|pracownik|menedżer|wissenschaftler|fachkraft|monteur|meister|verkäufer|köchin|attaché|vendeu|cuisini|serveu|pharmacien|aide-soignant|employé|stagiaire|apprenti|farmacéutic|vendedor|cociner|camarer|recepcionista|administrativ|dependient|becari|operari|conductor)/iu;

const STRONG = /\s+[|·•—–]\s+|\s{3,}|\s+-\s+|\t/u;
const AT = /^(.+?)\s+(?:at|@|bei|chez)\s+(\p{Lu}.*)$/u;
// "w" (Polish) and "en" (Spanish) also mean "at", but are common inside titles: only before a capital
// and after a job word.
const AT_WEAK = /^(.+?)\s+(?:w|en)\s+(\p{Lu}.*)$/u;

export interface HeaderParts {
  title: string | null;
  company: string | null;
  location: string | null;
}

/** Commas split, except before a legal form ("ABC Company, Inc.") or inside brackets. */
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
    if (merged.length > 0 && COMPANY_SUFFIX.test(part)) merged[merged.length - 1] += `, ${part}`;
    else merged.push(part);
  }
  return merged;
}

/** The parts of one header line, in order; a line's first part is its main one. */
export function lineParts(line: string): string[] {
  const strong = line
    .split(STRONG)
    .map((part) => part.trim())
    .filter(Boolean);
  const parts: string[] = [];
  for (const part of strong) {
    const at =
      AT.exec(part) ?? (TITLE_WORD.test(part.split(/\s+(?:w|en)\s+/u)[0] ?? '') ? AT_WEAK.exec(part) : null);
    if (at) parts.push(...splitCommas(at[1] as string), ...splitCommas(at[2] as string));
    else parts.push(...splitCommas(part));
  }
  return parts;
}

const titleScore = (part: string) =>
  (TITLE_WORD.test(part) ? 1 : 0) -
  (ORG_WORD.test(part) || ACRONYM.test(part) || /\p{L}\.\p{L}/u.test(part) ? 1 : 0);

/** Title, employer and place from the header lines of one entry (their dates already removed). */
export function assignHeader(lines: readonly string[]): HeaderParts {
  const perLine = lines.map(lineParts).filter((parts) => parts.length > 0);
  if (perLine.length === 0) return { title: null, company: null, location: null };
  let first: string;
  let second: string | null;
  let rest: string[];
  if (perLine.length === 1) {
    const parts = perLine[0] as string[];
    [first, second, rest] = [parts[0] as string, parts[1] ?? null, parts.slice(2)];
  } else {
    // Over several lines, each line's main part is a field; what follows it on its line is the place.
    const [a, b, ...others] = perLine as [string[], string[], ...string[][]];
    first = a[0] as string;
    second = b[0] as string;
    rest = [...a.slice(1), ...b.slice(1), ...others.flat()];
  }
  let title = first;
  let company = second;
  // Swap when the second part reads more like a job than the first (a job word counts for, an
  // organisation word against); ties keep the usual order, title first.
  if (company !== null && titleScore(company) > titleScore(title)) [title, company] = [company, title];
  return { title, company, location: rest.length > 0 ? rest.join(', ') : null };
}

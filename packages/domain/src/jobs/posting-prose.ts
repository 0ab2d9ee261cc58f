import { LEGAL_FORM_RE } from './posting-header-line.js';

export interface ProseReading {
  readonly title: string | null;
  readonly company: string | null;
  readonly location: string | null;
  /** The role as the text writes it ("kierowcę kat. C"), before it is made a title ("Kierowca kat. C"). */
  readonly roleAsWritten: string | null;
}

const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t\u00a0](?:\p{Lu}[\p{L}\p{N}&'’.-]*|&|de|del|von|und|and|of|z(?=\so\.o\.)|sp\.|o\.o\.|GmbH|AG|SE|Ltd\.?|LLC|Inc\.?|SA|S\.A\.|SL|S\.L\.|SAS)){0,5})`;
// Names and places go on along their line, never over a line break ("in Sindelfingen" / "Ihre Aufgaben").
const PLACE = String.raw`(\p{Lu}[\p{L}'’.-]+(?:[ \t\u00a0-](?:\p{Lu}[\p{L}'’.-]+|(?:de|del|am|an|der|sur|nad)(?=[ \t\u00a0-]\p{Lu}))){0,3}(?:,[ \t\u00a0]?\p{Lu}[\p{L}.]+(?:[ \t\u00a0]\p{Lu}[\p{L}.]+)?)?)`;

// "We are Acme in Lyon", "Wir sind die Nordwind GmbH aus Hamburg", "Jesteśmy firmą Kowalski sp. z o.o. z Krakowa",
// "Nous sommes Boulangerie Martin à Lyon", "Somos Hotel Sol en Málaga".
const WE_ARE_RE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(?:We are|We're|Wir sind(?: die| der| das| ein| eine)?|Jesteśmy(?: firmą| spółką)?|Nous sommes|Somos)\s+(?:an?\s+|the\s+|la\s+|el\s+|une?\s+)?${NAME}(?:,\s[^,.]{0,60},)?\s+(?:in|based in|located in|aus|in der|w|z siedzibą w|z|à|au|en|de|from)\s+${PLACE}`,
  'u',
);
// "Acme Robotics in Berlin is hiring", "Acme Robotics (Berlin) is looking for", "La Boulangerie Martin à Lyon recrute",
// "Firma Nowak zatrudni magazyniera"
const COMPANY_HIRES_RE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)${NAME}(?:\s+(?:in|à|en|w|z|ze|aus)\s+${PLACE}|\s\(${PLACE}\))?\s+(?:is hiring|is looking for|is seeking|is recruiting|seeks|sucht|recrute|recherche|embauche|busca|contrata|necesita|precisa|poszukuje|szuka|zatrudni|zatrudnia)\b`,
  'u',
);
// "Wir, die Bäckerei Schmidt GmbH, suchen …", "We, Acme Ltd, are looking …", "Nous, la Boulangerie Martin,
// recrutons …": the employer named in apposition to "we".
const WE_APPOSITION_RE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(?:We|Wir|Nous|Nosotros|My),\s+(?:(?:die|der|das|the|la|le|les|l'|el|los|las|firma|spółka)\s+)?${NAME},\s+(?:are|have|seek|need|suchen|sind|brauchen|recherchons|recrutons|sommes|cherchons|buscamos|somos|necesitamos|szukamy|poszukujemy|jesteśmy|zatrudnimy)\b`,
  'u',
);
const COMPANY_HIRES_ALL_RE = new RegExp(COMPANY_HIRES_RE.source, 'gu');
const PRONOUN_SUBJECT_RE = /^(?:We|Wir|Nous|My|Our|Unser|Nasz|Nuestro|Notre|Se|On|Man|One)\b/;

/**
 * The first sentence in which a named employer hires: "Se busca camarero/a … Restaurante La Giralda busca
 * camarero/a …" passes over the impersonal "Se busca" to the restaurant. A few sentences at most.
 */
function employerHiring(opening: string): RegExpExecArray | null {
  COMPANY_HIRES_ALL_RE.lastIndex = 0;
  for (let k = 0; k < 4; k++) {
    const m = COMPANY_HIRES_ALL_RE.exec(opening);
    if (m === null) return null;
    if (m[1] !== undefined && !PRONOUN_SUBJECT_RE.test(m[1])) return m;
  }
  return null;
}

// "At Acme, we …", "En Hotel Mirador del Puerto, un hotel … en Málaga, buscamos …", "Chez Martin, nous …",
// "Bei der Nordwind GmbH in Hamburg suchen wir …": the employer opens the sentence, the place may follow.
const AT_ORG_WE_RE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(?:At|Bei(?: der| dem)?|Chez|En|W firmie|W)\s+${NAME}(?:\s+(?:in|à|en|w)\s+${PLACE})?(?:,\s([^,.]{0,100}),)?\s+(?:we|we're|wir|suchen|nous|recherchons|recrutons|buscamos|necesitamos|estamos|szukamy|poszukujemy)\b`,
  'u',
);
const PLACE_IN_RE = new RegExp(String.raw`\b(?:in|en|à|w|au)\s+${PLACE}`, 'u');
const AT_COMPANY_RE = new RegExp(
  String.raw`^\s+(?:at|bei|chez|en)\s+${NAME}(?:\s\(${PLACE}\)|\s+(?:in|à|en|w)\s+${PLACE})?`,
  'u',
);
// Praise before the role is no part of its title: "a friendly receptionist", "einen erfahrenen Elektriker",
// "doświadczonego spawacza". Words that name a grade ("qualified", "skilled", "senior") stay.
const PRAISE = String.raw`friendly|motivated|highly motivated|enthusiastic|talented|passionate|dedicated|reliable|hard-?working|energetic|dynamic|erfahrene[nr]?|engagierte[nr]?|motivierte[nr]?|zuverlässige[nr]?|doświadczon\p{L}{1,3}|zmotywowan\p{L}{1,3}|sumienn\p{L}{1,3}`;
const ROLE_INTRO = String.raw`(?:hiring:|need|needs|hiring|seeking|looking for|recruiting|searching for|suchen(?: wir)?|sucht|szukamy|poszukujemy|poszukuje|szuka|zatrudnimy|zatrudni|recherchons|recherche|recrute|recrutons|buscamos|busca|necesitamos|necesita|precisa)(?:\s+(?:zum nächsten Zeitpunkt|ab sofort|incorporar|zur Verstärkung unseres Teams|kandydatów na stanowisko|kandydatek na stanowisko|osoby na stanowisko|kandydata na stanowisko|kandydatki na stanowisko|na stanowisko|pour notre équipe|para nuestro equipo))?\s+(?:(?:un\/a|un\/una|un\(a\)|uno\/a|un\(e\)|un\.e|une?\/une?|eine?n?\/eine?|an?|the|one|eine?n?|ein|une?|el|la|una?|dwóch|an experienced|experienced)(?!\p{L})\s*)?(?:(?:${PRAISE})(?:,|\s+(?:and|und|i))?\s+){0,2}`;
const ROLE_STOP =
  /\s(?:who|to|with|that|for|in|at|and|to join|mit|der|die|für|in|zur|który|która|które|do|na|od|w|z|ze|qui|pour|avec|à|en|que|con|para|y|und|i|et)\s|[,.;:!?(\n]/u;

// The full stop of an abbreviation inside a role ("kierowcę kat. C+E", "Specjalista ds. płac", "Sr. Engineer")
// ends no sentence.
const ROLE_ABBREVIATION_RE = /(?:^|\s)(?:kat|ds|st|sr|jr|dipl|inż|mgr|techn|ing|nr)$/iu;

/** Where the role written at the start of `raw` ends: the first stop word or mark that is no abbreviation's. */
function roleEnd(raw: string): number {
  let from = 0;
  for (let guard = 0; guard < 8; guard++) {
    const stop = ROLE_STOP.exec(raw.slice(from));
    if (stop === null) return raw.length;
    const at = from + stop.index;
    if (stop[0] !== '.' || !ROLE_ABBREVIATION_RE.test(raw.slice(Math.max(0, at - 8), at))) return at;
    from = at + 1;
  }
  return raw.length;
}

function cleanRole(raw: string): string | null {
  const role = raw
    .slice(0, roleEnd(raw))
    // "eine Verkäuferin / einen Verkäufer": the second form of a pair comes with its own article.
    .replace(/\s*\/\s*(?:eine?n?|un|une|una|el|la)\s+/iu, ' / ')
    .replace(/\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|h\/f|k\/m|m\/k|f\/h)\)/gi, '')
    .trim();
  const words = role.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || role.length < 3) return null;
  // "… needs in small-group literacy": a role never opens with a preposition or a slash.
  if (
    /^(?:in|on|at|of|for|to|with|from|by|im|am|zu|na|po|dans|sur|de|en|por|a)$/i.test(words[0] ?? '') ||
    /^[/\\(]/.test(role)
  )
    return null;
  if (
    /^(?:someone|somebody|people|person|candidates?|talent|you|jemanden|kogoś|quelqu'un|alguien|osoby|osobę|une personne)$/i.test(
      role,
    )
  )
    return null;
  // A role in running text is written in lower case: shown as a title.
  return role.charAt(0).toUpperCase() + role.slice(1);
}

// Polish names the role after "zatrudnimy" in the accusative and after "poszukujemy" / "szukamy" in the genitive
// ("Zatrudnimy kierowcę kat. C", "Poszukujemy księgowej"); after "na stanowisko" it is written as a title.
const POLISH_CASE_VERB_RE = /^(?:zatrudni|poszukuj|szuka)\p{L}*\s(?!.*stanowisko)/iu;
// An adjective that agrees with the role: "młodszego", "księgową", "księgowej", "handlowego".
const POLISH_ADJECTIVE_RE = /\p{L}{3}(?:ego|ą|ej)$/u;

function polishAdjectiveNominative(word: string): string {
  if (word.endsWith('iego')) return `${word.slice(0, -4)}i`;
  if (word.endsWith('ego')) return `${word.slice(0, -3)}y`;
  return `${word.slice(0, word.endsWith('ej') ? -2 : -1)}a`;
}

// Roles whose dictionary form has an "e" the other cases drop ("handlowiec" → "handlowca"): no ending tells
// them from roles that end so as titles ("kierowca", "sprzedawca"), so they are listed.
const POLISH_MOBILE_E: Readonly<Record<string, string>> = {
  handlowca: 'handlowiec',
  handlowców: 'handlowiec',
  krawca: 'krawiec',
  krawców: 'krawiec',
  kupca: 'kupiec',
  szewca: 'szewc',
};

/**
 * The role's head noun back to its dictionary form: "kierowcę" → "kierowca", "operatora" → "operator",
 * "pielęgniarki" → "pielęgniarka", "programistów" → "programista". A form these endings do not cover stays as
 * written; a noun that already ends as a title ("kierowca", "specjalista") is left alone.
 */
function polishNounNominative(word: string): string {
  const mobile = POLISH_MOBILE_E[word.toLowerCase()];
  // The role is shown as a title by now ("Handlowca"): its capital stays.
  if (mobile !== undefined) return word.charAt(0) + mobile.slice(1);
  if (/\p{L}{3}ę$/u.test(word)) return `${word.slice(0, -1)}a`;
  if (/\p{L}{3}(?:ki|gi|cy|sty)$/u.test(word)) return `${word.slice(0, -1)}a`;
  if (/\p{L}{3}(?:c|st)ów$/u.test(word)) return `${word.slice(0, -2)}a`;
  if (/\p{L}{3}ów$/u.test(word)) return word.slice(0, -2);
  // Masculine roles take "-a" in both cases ("operatora", "magazyniera", "spawacza", "elektryka").
  if (/\p{L}{2}[rzkntgl]a$/u.test(word) && !/(?:st|c|w)a$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** "kierowcę kat. C+E" → "kierowca kat. C+E", "przedstawiciela handlowego" → "przedstawiciel handlowy". */
function polishRoleNominative(role: string): string {
  const words = role.split(' ');
  let i = 0;
  // Adjectives before the noun ("doświadczonego kierowcę"), or the role itself when it is one ("księgową").
  while (i < words.length && POLISH_ADJECTIVE_RE.test(words[i] as string)) {
    words[i] = polishAdjectiveNominative(words[i] as string);
    i++;
  }
  const noun = words[i];
  if (noun !== undefined) {
    words[i] = polishNounNominative(noun);
    i++;
    // Adjectives right after the noun agree with it ("pracownika magazynowego"); a noun after it is its
    // complement and keeps its case ("operatora koparki", "operatora wózka widłowego").
    while (i < words.length && POLISH_ADJECTIVE_RE.test(words[i] as string)) {
      words[i] = polishAdjectiveNominative(words[i] as string);
      i++;
    }
  }
  return words.join(' ');
}

// Polish names places in the locative after "w": the common cities back to their names.
const POLISH_LOCATIVE: Readonly<Record<string, string>> = {
  Warszawie: 'Warszawa',
  Krakowie: 'Kraków',
  Wrocławiu: 'Wrocław',
  Poznaniu: 'Poznań',
  Gdańsku: 'Gdańsk',
  Łodzi: 'Łódź',
  Katowicach: 'Katowice',
  Szczecinie: 'Szczecin',
  Lublinie: 'Lublin',
  Gdyni: 'Gdynia',
  Bydgoszczy: 'Bydgoszcz',
  Białymstoku: 'Białystok',
  Rzeszowie: 'Rzeszów',
  Toruniu: 'Toruń',
  Kielcach: 'Kielce',
  Olsztynie: 'Olsztyn',
  Opolu: 'Opole',
  Gliwicach: 'Gliwice',
  Sopocie: 'Sopot',
  Radomiu: 'Radom',
  Krakowa: 'Kraków',
  Warszawy: 'Warszawa',
  Wrocławia: 'Wrocław',
  Poznania: 'Poznań',
  Gdańska: 'Gdańsk',
};

export function placeName(raw: string): string {
  const t = raw.trim().replace(/[.,;]$/, '');
  return t
    .split(/(\s|,)/)
    .map((w) => POLISH_LOCATIVE[w] ?? w)
    .join('');
}

function companyName(raw: string): string {
  return raw.replace(/^(?:die|der|das|the|la|le|el|firma|firmą|spółka|spółką)\s+/i, '').trim();
}

/**
 * Title, company and place from a posting written as running text ("We are X in Y and need a Z who knows …"),
 * in English, German, Polish, French and Spanish. Reads only the opening of the text; bounded patterns.
 */
export function readProse(text: string): ProseReading {
  const opening = text.slice(0, 1200);
  let company: string | null = null;
  let location: string | null = null;
  const we = WE_ARE_RE.exec(opening);
  if (we?.[1]) {
    company = companyName(we[1]);
    location = we[2] ? placeName(we[2]) : null;
  } else {
    const hires = employerHiring(opening);
    if (hires?.[1]) {
      company = companyName(hires[1]);
      const place = hires[2] ?? hires[3];
      location = place ? placeName(place) : null;
    }
  }
  if (company === null) {
    const apposition = WE_APPOSITION_RE.exec(opening);
    if (apposition?.[1]) company = companyName(apposition[1]);
  }
  if (company === null) {
    const at = AT_ORG_WE_RE.exec(opening);
    if (at?.[1]) {
      company = companyName(at[1]);
      const place = at[2] ?? (at[3] === undefined ? undefined : PLACE_IN_RE.exec(at[3])?.[1]);
      location = place ? placeName(place) : null;
    }
  }
  let title: string | null = null;
  let roleAsWritten: string | null = null;
  const intro = new RegExp(ROLE_INTRO, 'iu').exec(opening);
  if (intro) {
    const after = opening.slice(intro.index + intro[0].length, intro.index + intro[0].length + 240);
    title = cleanRole(after);
    roleAsWritten = title;
    const verb = opening.slice(intro.index, intro.index + intro[0].length);
    if (title !== null && POLISH_CASE_VERB_RE.test(verb)) title = polishRoleNominative(title);
    // "… hiring a Forklift Operator at Coastal Cold Storage (Savannah, GA)": the employer right after the role.
    const at = title === null ? null : AT_COMPANY_RE.exec(after.slice(title.length));
    if (at?.[1] && company === null) {
      company = companyName(at[1]);
      const place = at[2] ?? at[3];
      location ??= place ? placeName(place) : null;
    }
  }
  if (
    company !== null &&
    (company.length > 80 || (!LEGAL_FORM_RE.test(company) && company.split(/\s+/).length > 6))
  )
    company = null;
  return { title, company, location, roleAsWritten };
}

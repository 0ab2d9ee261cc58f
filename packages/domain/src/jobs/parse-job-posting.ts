import type {
  EmploymentType,
  JobSection,
  JobSectionKind,
  ParsedJobPosting,
  RemotePolicy,
} from './parsed-job-posting.js';
import {
  COUNTRY_RE,
  LEGAL_FORM_RE,
  PLACE_NAME_RE,
  US_STATE_RE,
  HEADER_SEPARATORS,
  looksLikeLocation,
  namesProvince,
  namesRegion,
  readHeaderLine,
  withoutPostcode,
  workModeOf,
} from './posting-header-line.js';
import { placeName, readProse } from './posting-prose.js';
import { defaultKeywordMatcher } from './vocabulary.js';
import { dollarOf, salaryOf as salaryOfLines } from './posting-salary.js';
import { isRegExpSpace } from '../tailoring/knockouts.js';

const MAX_TITLE = 100;
// A job keeps at most 100,000 characters of description (JOB_LIMITS): reading stops there, so any input costs the same.
const MAX_INPUT = 100_000;
const HEADER_LINES = 6;
// Longer items stop absorbing continuation lines (a wall of text is not one requirement).
const MAX_ITEM = 2_000;

// An emoji opening a line is a bullet too ("✅ Must be 18+", "🔹 Pick and pack orders", "💷 £13.50 per hour"), as
// board posts write their lists; over a heading it is decoration ("🎯 Your tasks").
const EMOJI_LEAD = String.raw`(?:\p{Extended_Pictographic}|\p{Regional_Indicator})[\u{FE0F}\u{200D}\p{Extended_Pictographic}\p{Regional_Indicator}]*\s*`;
const EMOJI_LEAD_RE = new RegExp(`^${EMOJI_LEAD}`, 'u');
const BULLET_RE = new RegExp(
  String.raw`^(?:(?:[•\-*·▪◦‣●○■□►▸▶✓✔➢➤–—→]|\d{1,2}[.)]|\(?[a-z][.)])\s+|${EMOJI_LEAD}(?=\S))`,
  'u',
);
const PAGE_NUMBER_RE = /^\d{1,3}$/;

// An equal-opportunity statement, in a heading or in the sentence closing a posting.
const EQUAL_OPPORTUNITY = String.raw`equal (?:employment )?opportunit|\beeo\b`;

// Heading vocabulary, tried in this order: a heading matching an earlier group never reaches a later one
// ("Preferred qualifications" is niceToHave, "Application requirements" is application, not requirements).
const HEADING_KINDS: readonly (readonly [JobSectionKind, RegExp])[] = [
  [
    'requirements',
    /candidate profile|tools and technologies|technologies\b|\btools\b|tech(?:nical)? stack|^about you\b|^über dich|^o tobie|^profile?$/i,
  ],
  [
    'niceToHave',
    /nice[- ]to[- ]have|preferred|\bbonus|good[- ]to[- ]have|\bplus\b|desirable|\bdesired|additional skills|wünschenswert|von vorteil|ein plus|pluspunkt|deseable|valorable|se valorar|valoramos|un plus|souhaité|apprécié|atouts?\b|mile widziane|dodatkowym atutem|będzie atutem|atutem będzie|diferenciais|desejáve(?:l|is)|titolo preferenziale|graditi?\b|gradit[ao]\b/i,
  ],
  [
    'application',
    /how to apply|\bapplication\b|\bapply\b|^(?:kontakt|contact(?:o| us)?|ansprechpartner(?:in)?|(?:ihr|dein)e? ansprechpartner(?:in)?)$|bewirb|cómo inscribirse|interview|hiring process|next steps|what you need to do now|bewerbung|postula|candidature|aplikuj|jak aplikować|rekrutacj|comment postuler|cómo aplicar|como aplicar|envía tu cv|come candidarsi|candidatura|como se candidatar|candidate-se/i,
  ],
  [
    'legal',
    new RegExp(
      `${EQUAL_OPPORTUNITY}|diversity|inclusion|disclaimer|accommodation|safeguarding|data protection`,
      'i',
    ),
  ],
  [
    'benefits',
    /benefit|perks|we offer|what we offer|nous (?:vous |te )?proposons|pourquoi nous rejoindre|co zyskujesz|zaoferować|(?:deine|ihre) vorteile|was wir (?:dir|ihnen) bieten|why you(?:'|’)?ll love|why you will love|^vergütung$|^rémunération$|^(?:the |your |our |salary (?:and|&) )?package$|what(?:'|’)?s in it for you|what is in it for you|why (?:join|work (?:for|with)) us|(?:professional|career) development|development opportunities|growth opportunities|what you(?:'|’)?ll get|what you get|in return|why you(?:'|’)?ll love|se ofrece|te ofrecemos|compensation|salary|remuneration|\bpay\b|rewards|wir bieten|was wir bieten|unser angebot|das bieten wir|ofrecemos|qué ofrecemos|nous offrons|ce que nous offrons|avantages|beneficios|oferujemy|co oferujemy|benefity|wynagrodzenie|gehalt|salaire|salario|offriamo|cosa offriamo|vantaggi|retribuzione|oferecemos|o que oferecemos|benefícios|salário|remuneração/i,
  ],
  // The hours ("Working hours", "Arbeitszeiten", "Horaires", "Godziny pracy"): a section of its own, not part of
  // the list above it (the benefits, most often).
  [
    'other',
    /^(?:(?:working |work |your )?(?:hours|schedule|shifts?|rota)|working time|arbeitszeit(?:en)?|dienstzeiten|horaires?(?: de travail)?|horario(?: de trabajo)?|jornada(?: laboral)?|godziny pracy|czas pracy|grafik(?: pracy)?|orario(?: di lavoro)?|horário(?: de trabalho)?)$/i,
  ],
  [
    'summary',
    /about (?:the|this) (?:role|job|position|opportunity)|job description|job summary|role (?:overview|summary)|position (?:overview|summary)|overview|summary|the role|the opportunity|stellenbeschreibung|descripción|description du poste|descriptif du poste|le poste|opis stanowiska|descrizione dell'offerta|descrizione del(?:la)? (?:ruolo|posizione)|il ruolo|sobre a vaga|descrição da vaga|^a vaga$/i,
  ],
  [
    'about',
    /^about\b|company (?:overview|profile|description)|über das unternehmen|sobre la empresa|who we are|our (?:company|mission|story|culture|team)|your new company|culture|über uns|wer wir sind|sobre nosotros|quiénes somos|qui sommes|à propos|o nas|o firmie|kim jesteśmy|l'entreprise|chi siamo|l'azienda|sobre nós|sobre a empresa|quem somos/i,
  ],
  [
    'requirements',
    /requirement|qu?alifi?cation|must[- ]haves?|^(?:oczekiwania|voraussetzungen|formation|expérience|formación|experiencia|wykształcenie|doświadczenie|berufserfahrung|ausbildung)$|^essential(?: criteria| requirements| skills| experience)?$|^experience$|what you(?:'|’)?ll bring|what you bring|what you(?:'|’)?ll need|what you need|what we need|you will need|person specification|what we(?:'|’)?re looking for|what we are looking for|what we look for|who you are|you have|you should have|skills?\b|skill ?sets?|required experience|experience required|prerequisite|competenc|knowledge|\beducation\b|your profile|ideal candidate|anforderungen|qualifikation|dein profil|ihr profil|was du mitbringst|das bringst du mit|was sie mitbringen|das bringen sie mit|requisitos|perfil|lo que buscamos|qué buscamos|profil recherché|votre profil|ton profil|compétences|expertise|wymagania|nasze wymagania|oczekujemy|czego oczekujemy|twój profil|kwalifikacje|umiejętności|requisiti|cosa cerchiamo|il tuo profilo|profilo ricercato|competenze|o que (?:buscamos|procuramos|esperamos)/i,
  ],
  [
    'responsibilities',
    /responsibilit|what you(?:'|’)?ll do|what you will do|what you(?:'|’)?ll be doing|what you will be doing|a day in the life|what you(?:'|’)?ll work on|duties|your (?:new )?role|in this role|day[- ]to[- ]day|daily activities|key result|accountabilit|\btasks\b|aufgaben|deine aufgaben|ihre aufgaben|das erwartet|responsabilidades|funciones|tus tareas|qué harás|vos missions|missions?\b|tâches|ce que vous ferez|obowiązki|zakres obowiązków|twoje zadania|zadania|czym będziesz się zajmować|mansioni|responsabilità|cosa farai|attività|compiti|atividades|funções|o que você (?:vai )?fará|o que vais fazer/i,
  ],
];

const SHORT_WORDS = new Set([
  'and',
  'or',
  'of',
  'the',
  'for',
  'to',
  'in',
  'a',
  '&',
  'with',
  'at',
  'we',
  'you',
]);

interface Line {
  readonly text: string;
  readonly indent: number;
}

function classifyHeading(text: string): JobSectionKind | null {
  for (const [kind, re] of HEADING_KINDS) if (re.test(text)) return kind;
  return null;
}

const HEADING_END_MARKS = ':：-–—';

/**
 * `text` without a trailing run of `marks` and the spaces around it: what `.replace(/\s*[marks]+\s*$/, '')`
 * does, read once from the end. The pattern was tried from every position of a long run of marks and read each
 * to its end: a 60,000-character line of colons took 4 s. (Exported for the test that compares the two.)
 */
export function stripTrailingMarks(text: string, marks: string): string {
  const isSpace = (at: number) => isRegExpSpace(text.charCodeAt(at - 1));
  let end = text.length;
  while (end > 0 && isSpace(end)) end--;
  let start = end;
  while (start > 0 && marks.includes(text[start - 1]!)) start--;
  if (start === end) return text;
  while (start > 0 && isSpace(start)) start--;
  return text.slice(0, start);
}

function stripHeadingDecoration(line: string): string {
  const unwrapped = line.replace(/^#{1,6}\s*/, '').replace(/^\*\*(.*)\*\*$/, '$1');
  return stripTrailingMarks(unwrapped, HEADING_END_MARKS).trim();
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => !SHORT_WORDS.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}(&"']/u.test(w));
}

// Lower-case headings without a colon are accepted only in these common shapes ("Minimum qualifications").
const PLAIN_HEADING_RE =
  /^(?:(?:minimum|basic|preferred|required|desired|key|main|additional|necessary|your|job|roles? and)\s+)*(?:qualifications?|requirements?|responsibilit(?:y|ies)|duties|prerequisites?|skills? required|required skills|nice to have|about the (?:job|role|position)|benefits|what you(?:'|’)ll (?:do|bring)|what you(?:'|’)ll get in return|what you need to do now|why you(?:'|’)ll love|(?:essential|desirable) criteria)\b/i;

/** Returns the section kind when the line is a heading, otherwise null. */
function headingOf(
  written: string,
  standalone: boolean | 'overList' = false,
): { heading: string; kind: JobSectionKind } | null {
  const line = written.replace(EMOJI_LEAD_RE, '');
  if (line.length > 70 || BULLET_RE.test(line) || looksLikeSalary(line)) return null;
  // "Salary: ₹35,000 per month" is a labelled value, not a heading.
  if (/[:：]\s*\S/.test(line)) return null;
  // A short question standing over its section is a heading too ("Czego oczekujemy?", "Co oferujemy?", "Qui
  // sommes-nous ?", "¿Qué ofrecemos?"), when its words name a known section.
  const asked = /^[¿]?\s*([^?]{2,60}?)\s*\?$/u.exec(line.trim())?.[1];
  if (asked !== undefined && standalone && asked.split(/\s+/).length <= 6) {
    const kind = classifyHeading(asked);
    return kind === null ? null : { heading: asked, kind };
  }
  const heading = stripHeadingDecoration(line);
  if (heading === '' || /[.!?]$/.test(heading)) return null;
  const words = heading.split(/\s+/).length;
  const endsWithColon = /[:：]\s*$/.test(line);
  const endsWithDash = /\s[-–—]\s*$/.test(line);
  const upper = heading === heading.toUpperCase() && /\p{L}{3}/u.test(heading);
  if (!endsWithColon && heading.includes('(')) return null;
  const kind = classifyHeading(heading);
  if (kind !== null && words <= 8) {
    if (endsWithColon || endsWithDash || upper || PLAIN_HEADING_RE.test(heading)) return { heading, kind };
    if (words <= 6 && isTitleCase(heading)) return { heading, kind };
    // Board pages write headings in sentence case ("The role", "You have"): a short line standing alone
    // between a blank line and its body is one when its words say what a section is.
    if (standalone && words <= 5) return { heading, kind };
    // A longer one when a list follows right under it: "You might be a fit if you have" / "- 3+ years …".
    if (standalone === 'overList' && words <= 8) return { heading, kind };
    return null;
  }
  if ((endsWithColon || upper) && words <= 5 && (isTitleCase(heading) || upper))
    return { heading, kind: 'other' };
  return null;
}

/** Tidies line ends and spaces and splits a posting that arrived as one long line at its inline structure. */
function toLines(text: string): Line[] {
  const tidy = text
    .slice(0, MAX_INPUT)
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u2028\u2029]/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\t]/g, ' ')
    // Markdown emphasis ("**Company:** Finch Ltd") says nothing about the content.
    .replace(/\*\*|__/g, '');
  const out: Line[] = [];
  for (const raw of tidy.split('\n')) {
    let line = raw.trimEnd();
    const indent = line.length - line.trimStart().length;
    line = line.trim();
    if (PAGE_NUMBER_RE.test(line)) continue;
    // python-docx sometimes doubles a paragraph: "TitleTitle".
    if (
      line.length >= 8 &&
      line.length % 2 === 0 &&
      line.slice(0, line.length / 2) === line.slice(line.length / 2)
    ) {
      line = line.slice(0, line.length / 2);
    }
    if (line.length > 300) {
      for (const part of splitInline(line)) out.push({ text: part, indent: 0 });
    } else {
      out.push({ text: line, indent });
    }
  }
  return out;
}

const INLINE_HEADING_RE =
  /\s(?=(?:Key |Main |Your |Core |Primary )?(?:Responsibilities|Requirements|Qualifications|Preferred Qualifications|Nice to haves?|Must haves?|What you(?:'|’)ll do|What you(?:'|’)ll bring|Benefits|About us|Skills|Aufgaben|Anforderungen|Profil|Requisitos|Responsabilidades|Missions|Profil recherché)\s*:)/g;

const INLINE_HEADING_BODY_RE =
  /(?<=^|\n)((?:Key |Main |Your |Core |Primary )?(?:Responsibilities|Requirements|Qualifications|Preferred Qualifications|Nice to haves?|Must haves?|What you(?:'|’)ll do|What you(?:'|’)ll bring|Benefits|About us|Skills|Aufgaben|Anforderungen|Profil|Requisitos|Responsabilidades|Missions|Profil recherché))\s*:\s+/g;

// A one-line posting that opens with its header, "Plongeur H/F - Restaurant Le Vieux Port - Marseille - 11,88 €
// - Le Restaurant … recrute … :": the dashes before its first stop separate the header's parts, not bullets.
const HEADER_DASH_RE = /\s+[-–—|]\s+/;

function dashedHeaderLength(line: string): number {
  const stop = /[:.!?](?:\s|$)/.exec(line.slice(0, 200));
  if (stop === null) return 0;
  const head = line.slice(0, stop.index);
  return head.split(HEADER_DASH_RE).length >= 3 ? stop.index : 0;
}

function splitInline(line: string): string[] {
  const headLength = dashedHeaderLength(line);
  const head = line.slice(0, headLength);
  return (
    head +
    line
      .slice(headLength)
      .replace(INLINE_HEADING_RE, '\n')
      .replace(INLINE_HEADING_BODY_RE, '$1:\n')
      .replace(/\s+(?=[•·▪]\s)/g, '\n')
      .replace(/(:)\s+(?=[-*]\s)/g, '$1\n')
      .replace(/\s+(?=-\s+\p{Lu})/gu, '\n')
  )
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

interface RawSection {
  heading: string | null;
  kind: JobSectionKind;
  items: string[];
  bulleted: boolean;
  lastIndent: number;
}

function endsOpen(item: string): boolean {
  return /[,;(&/\-–]$/.test(item) || /\b(?:and|or|of|the|to|in|for|with|a|an)$/i.test(item);
}

const LEGAL_STATEMENT_RE = new RegExp(
  `${EQUAL_OPPORTUNITY}|does not discriminate|without regard to (?:race|colou?r|religion|sex|gender|age)|chancengleichheit|diskriminierungsfrei|igualdad de oportunidades|égalité des chances|równ\\p{L}* (?:traktowani|szans)`,
  'iu',
);

// The labelled rows of a federal posting's overview (USAJOBS), each label alone over its value: "Salary" /
// "$47,006 - $61,105 per year", "Pay scale & grade" / "GS 7", "Work schedule" / "Full-time", "Security
// clearance" / "Secret". They state the job's terms, as a header does; read as headings, "Salary" made every
// row under it a benefit.
const ROW_LABEL_RE =
  /^(?:open & closing dates|salary|pay|job types?|shift and schedule|work setting|time type|posted on|(?:job )?requisition id|remote type|worker (?:sub-)?type|pay scale & grade|locations?|duty locations?|remote job|telework eligible|travel required|relocation expenses reimbursed|appointment type|work schedule|service|promotion potential|job family \(series\)|supervisory status|security clearance|drug test|position sensitivity and risk|trust determination process|financial disclosure|bargaining unit status|announcement number|control number|this job is open to|clarification from the agency|hiring paths?)$/i;

function nextFilled(lines: readonly Line[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if ((lines[j] as Line).text !== '') return j;
  return -1;
}

/** Whether line `i` opens a run of labelled rows: a label, its value, and another label under that. */
function opensRows(lines: readonly Line[], i: number): boolean {
  if (!ROW_LABEL_RE.test((lines[i] as Line).text)) return false;
  const value = nextFilled(lines, i);
  const valueText = lines[value]?.text ?? '';
  if (value < 0 || ROW_LABEL_RE.test(valueText) || BULLET_RE.test(valueText)) return false;
  return ROW_LABEL_RE.test(lines[nextFilled(lines, value)]?.text ?? '');
}

// A job board's own buttons and banners copied with a posting ("Apply now", "Save job", "Share on LinkedIn",
// "Report this job", "Jetzt bewerben", "Merken", "Postuler", "Inscribirme en esta oferta", "Aplikuj", "Zapisz",
// a cookie banner): no part of any section. Left in, "Apply now" opened a how-to-apply section over the
// duties under it, and "Share on LinkedIn" under a list of requirements was one (with its keyword).
const SITE_CHROME_RE =
  /^(?:apply(?: now| (?:for|to) this (?:job|role|position|vacancy|apprenticeship|internship|opportunity)| on company site)?|easy apply|quick apply|save(?: job| this job)?|saved|share(?: this job| on [\p{L} ]{1,20})?|report(?: this)? job|print|back to (?:search|results|jobs)|similar jobs|show (?:more|less)|see more|(?:jetzt )?bewerben|(?:job )?merken|teilen|stelle melden|postuler|sauvegarder|partager|signaler(?: cette offre)?|inscribirme(?: en esta oferta)?|guardar(?: oferta)?|compartir|aplikuj(?: teraz)?|zapisz(?: ofertę)?|udostępnij|zgłoś(?: ofertę)?|(?:…|\.\.\.)\s*(?:show|see) more|use ai to assess how you fit|show match details|meet the hiring team|message|promoted by hirer|responses managed off linkedin|pay found in job post|careers|sign in|log in|search for jobs)\s*[.!]?$/iu;
const COOKIE_BANNER_RE =
  /\bcookies?\b.{0,300}\b(?:accept|agree|akzeptier|zustimm|accepter|acceptez|aceptar|acepta|akceptuj|zgod)|\b(?:accept|reject) all cookies\b|\bcookie (?:settings|preferences)\b/iu;

function isSiteChrome(text: string, title: string): boolean {
  if (text.length > 400) return false;
  return (
    SITE_CHROME_RE.test(text) ||
    // The plain word first: the banner pattern (case-insensitive Unicode, a bounded look-ahead) costs every
    // line of every posting a full scan otherwise, and match reports read each posting's lines again.
    (/cookie/i.test(text) && COOKIE_BANNER_RE.test(text)) ||
    (title !== '' && text === title)
  );
}

const OFFERED_KINDS: ReadonlySet<JobSectionKind> = new Set(['benefits', 'application', 'legal', 'about']);
const ASKING_KINDS: ReadonlySet<JobSectionKind> = new Set(['requirements', 'responsibilities', 'niceToHave']);

function buildSections(lines: readonly Line[], start: number): RawSection[] {
  // The posting's first line: repeated in a board's footer, it is no item of the last section.
  const title = start > 0 ? (lines.find((l) => l.text !== '')?.text ?? '') : '';
  const sections: RawSection[] = [];
  let current: RawSection = { heading: null, kind: 'intro', items: [], bulleted: false, lastIndent: 0 };
  sections.push(current);
  // Whether the last row read has its value yet ("Security clearance" → "Security clearance: Secret").
  let rowHasValue = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '' || isSiteChrome(line.text, title)) continue;
    // Labelled rows are one section of details, each row one item: "Security clearance: Secret".
    if (current.kind === 'details' ? ROW_LABEL_RE.test(line.text) : opensRows(lines, i)) {
      if (current.kind !== 'details') {
        current = { heading: null, kind: 'details', items: [], bulleted: false, lastIndent: 0 };
        sections.push(current);
      }
      current.items.push(line.text);
      rowHasValue = false;
      continue;
    }
    // A short line standing alone: after a blank line, or between a list item or a full sentence and a list
    // ("- naliczanie wynagrodzeń" / "Nasze wymagania" / "- znajomość Płatnika", "… en React et Ruby." /
    // "Profil recherché" / "- 3 ans …"), as text copied from a page often comes.
    const before = lines[i - 1]?.text ?? '';
    const after = lines[i + 1]?.text ?? '';
    // A short capitalised line between a list or a sentence and what follows, or right over a list, as text
    // copied from a page without its blank lines comes: "- Betriebliche Altersvorsorge" / "Über uns" / "Das
    // Klinikum …", "… enhanced DBS check." / "How to apply" / "Please complete …", "Zapisz" / "Twój zakres
    // obowiązków" / "- przewóz towarów …". Only the words of a known section make it a heading.
    const short =
      after !== '' &&
      /^\p{Lu}/u.test(line.text) &&
      !/[.!,;]$/.test(line.text) &&
      !BULLET_RE.test(line.text) &&
      line.text.split(/\s+/).length <= 4;
    const spaced = (i === 0 || before === '') && after !== '';
    const standalone =
      spaced ||
      ((BULLET_RE.test(before) || /[.!?]$/.test(before)) &&
        /^\p{Lu}/u.test(line.text) &&
        BULLET_RE.test(after)) ||
      (short &&
        (BULLET_RE.test(before) ||
          /[.!?]$/.test(before) ||
          BULLET_RE.test(after) ||
          // Over a list written without bullets in lower case, as Polish boards copy: "Nasze wymagania" /
          // "wykształcenie wyższe".
          /^\p{Ll}/u.test(after)));
    let heading = headingOf(line.text, standalone && BULLET_RE.test(after) ? 'overList' : standalone);
    // Read that way, a line naming what its own section lists is one of its items ("Great communication
    // skills" among the skills required).
    if (heading !== null && !spaced && heading.kind === current.kind && headingOf(line.text) === null)
      heading = null;
    // A row's value, over one line or more, until a heading of a known kind or a list ends the rows ("Full job
    // description" under Indeed's "Shift and schedule" / "Night shift").
    const endsRows = current.kind === 'details' ? headingOf(line.text, true) : null;
    if (endsRows !== null && endsRows.kind !== 'other') heading = endsRows;
    if (current.kind === 'details' && (heading?.kind ?? 'other') === 'other' && !BULLET_RE.test(line.text)) {
      const last = current.items.length - 1;
      const row = current.items[last] as string;
      current.items[last] = `${row}${!rowHasValue ? ':' : row.endsWith(':') ? '' : ','} ${line.text}`;
      rowHasValue = true;
      continue;
    }
    if (heading !== null) {
      current = { heading: heading.heading, kind: heading.kind, items: [], bulleted: false, lastIndent: 0 };
      sections.push(current);
      continue;
    }
    const bullet = BULLET_RE.exec(line.text);
    const body = bullet ? line.text.slice(bullet[0].length).trim() : line.text;
    if (body === '' || /^[-–—•·]+$/.test(body)) continue;
    // A labelled line stating what is offered, under a section that asks ("Pay: $21.50/hr + $1.00 shift
    // differential", "Benefits: Medical, dental and vision" closing a list of qualifications): its own section,
    // and the lines after it go on in the section it interrupted.
    const labelled = /^([^:：]{2,30})[:：]\s+(\S.*)$/u.exec(body);
    const offered = labelled?.[1] === undefined ? null : headingOf(`${labelled[1]}:`);
    if (
      labelled?.[2] !== undefined &&
      offered !== null &&
      OFFERED_KINDS.has(offered.kind) &&
      ASKING_KINDS.has(current.kind) &&
      before !== ''
    ) {
      sections.push({
        heading: offered.heading,
        kind: offered.kind,
        items: [labelled[2]],
        bulleted: false,
        lastIndent: 0,
      });
      current = {
        heading: null,
        kind: current.kind,
        items: [],
        bulleted: current.bulleted,
        lastIndent: current.lastIndent,
      };
      sections.push(current);
      continue;
    }
    // An equal-opportunity statement after a blank line closes the list above it, headed or not: it is no
    // requirement ("Cloudflare is an equal opportunity employer." under "Bonus points").
    if (!bullet && current.kind !== 'legal' && lines[i - 1]?.text === '' && LEGAL_STATEMENT_RE.test(body)) {
      current = { heading: null, kind: 'legal', items: [body], bulleted: false, lastIndent: 0 };
      sections.push(current);
      continue;
    }
    // An unbulleted paragraph after a blank line closes a bulleted list: "Salary: €70,000 – €85,000 per year",
    // "Poste à pourvoir dès que possible." under the last requirement are no requirements. A line over a list
    // of its own stays as before (a heading not known), and so does a sentence that states a requirement or a
    // preference under requirements ("Se valorará experiencia con Siemens S7.").
    if (
      !bullet &&
      current.bulleted &&
      current.kind !== 'other' &&
      lines[i - 1]?.text === '' &&
      /^[\p{Lu}\p{N}]/u.test(body) &&
      !BULLET_RE.test(after) &&
      !(
        (current.kind === 'requirements' || current.kind === 'niceToHave') &&
        (PREFERRED_MARK_RE.test(body) || REQUIRED_MARK_RE.test(body))
      )
    ) {
      current = { heading: null, kind: 'other', items: [body], bulleted: false, lastIndent: 0 };
      sections.push(current);
      continue;
    }
    const last = current.items.length - 1;
    const prev = current.items[last];
    // Only the end of the previous item is looked at: an item grown from many lines costs nothing more.
    const tail = prev === undefined ? '' : prev.slice(-24);
    const continues =
      !bullet &&
      prev !== undefined &&
      prev.length < MAX_ITEM &&
      ((current.bulleted && line.indent > current.lastIndent) ||
        // A line wrapped in lower case goes on; but short lines in lower case, one under another, are a list
        // written without bullets ("naliczanie wynagrodzeń" / "rozliczanie ZUS i PIT").
        (/^\p{Ll}/u.test(body) && !/[.!?:]$/.test(tail) && (before.length >= 45 || current.bulleted)) ||
        endsOpen(tail));
    if (continues && prev !== undefined) {
      current.items[last] = /\p{L}-$/u.test(tail) ? prev + body : `${prev} ${body}`;
      continue;
    }
    current.items.push(body);
    if (bullet) {
      current.bulleted = true;
      current.lastIndent = line.indent;
    }
  }
  return sections.filter((s) => s.items.length > 0 || s.heading !== null);
}

// ---------------------------------------------------------------------------------------------- header fields

const CONTRACT_LINE_RE =
  /^(?:CDI|CDD|B2B|UoP|full[- ]?time|part[- ]?time|permanent|temporary|contract|vollzeit|teilzeit|feste anstellung|befristet|unbefristet|temps plein|temps partiel|jornada completa|media jornada|indefinido|umowa o pracę|pełny etat)(?:[\s,·/|]+(?:CDI|CDD|full[- ]?time|part[- ]?time|permanent|vollzeit|teilzeit|temps plein|temps partiel))*$/i;
// Lines a job board adds around the posting: when it was posted, how to apply, how many applied.
const BOARD_LINE_RE =
  /^(?:(?:just |re)?posted\b|listed\b|updated\b|active\b|apply\b|easy apply|easily apply|quick apply|save\b|urgently hiring|hiring multiple|\d+\+? (?:applicants|bewerbungen|candidatures)|be an early applicant|responds within|erschienen\b|veröffentlicht\b|vor \d+ \p{L}+ veröffentlicht|jetzt bewerben|dodano\b|opublikowan|ważna jeszcze|aplikuj\b|publiée?\b|postuler\b|candidature simplifiée|publicad[ao]\b|inscribirme|actualizad[ao]\b)/iu;
const PLACE_IN_SENTENCE_RE =
  /(?<=[ \t])(?:in|en|à|w|aus)[ \t](\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)(?=[\s.,;:!?)]|$)/gu;

// Department lines sit where a place would ("Engineering" under the employer).
const DEPARTMENT_RE =
  /\b(?:engineering|operations|sales|marketing|finance|product|design|research|legal|support|success|human resources|people|it|logistics|production|manufacturing|administration|accounting|technology|data|security|team|department|vertrieb|technik|verwaltung|einkauf|produktion|personal|abteilung|ventas|finanzas|departamento|ventes|finances|service|dział|sprzedaż|produkcja|administracja|księgowość)\b/iu;

/** A capitalised place name that is no employment word, work mode, heading, department or known skill. */
// A shift at the end of a title ("Registered Nurse - Med/Surg - Nights") is no place.
const SHIFT_RE =
  /^(?:nights?|days?|evenings?|weekends?|nocs?|rotating|prn|per diem|on[- ]call|nachtschicht|nachts|nuits?|noches?|nocturno|zmiany nocne)$/iu;

// Between places to choose from: "London or Manchester", "Berlin oder München", "Paris ou Lyon", "Madrid o
// Barcelona", "Kraków lub Katowice", "Leeds, Bradford or York".
const PLACE_CHOICE_RE = /,\s|\s(?:or|oder|ou|o|lub|albo)\s/u;

function isPlaceName(text: string): boolean {
  if (!PLACE_NAME_RE.test(text) || looksLikeSalary(text) || headingOf(text) !== null) return false;
  if (SHIFT_RE.test(text.trim())) return false;
  if (DEPARTMENT_RE.test(text)) return false;
  if (
    workModeOf(text) !== null ||
    /\b(?:full[- ]?time|part[- ]?time|permanent|temporary|contract)\b/i.test(text)
  )
    return false;
  const matcher = defaultKeywordMatcher();
  return matcher.find(text).length === 0;
}

/**
 * The place of a labelled location that names the site first: "Providence St. Vincent Medical Center,
 * Portland, OR" → "Portland, OR" (a city and its region after the site's name).
 */
function labelledPlace(value: string): string {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length < 3 || !namesRegion(parts.at(-1) as string)) return value;
  return parts.slice(-2).join(', ');
}

const LABEL_RE = (names: string): RegExp => new RegExp(`^(?:${names})\\s*[:\\-–]\\s*(.+)$`, 'i');
const TITLE_LABEL_RE = LABEL_RE(
  'job title|position title|title|position|role|stellenbezeichnung|stelle|position|puesto|cargo|intitulé du poste|poste|stanowisko',
);
const COMPANY_LABEL_RE = LABEL_RE(
  'company name|company profile|company|employer|hiring organi[sz]ation|organi[sz]ation|agency|unternehmen|arbeitgeber|firma|pracodawca|empresa|entreprise|société|employeur|établissement',
);
const LOCATION_LABEL_RE = LABEL_RE(
  'job locations?|primary location|locations?|locatio|work location|work ?site|office location|place of work|standort|arbeitsort|einsatzort|dienstort|ubicación|ubicacion|lugar de trabajo|lugar|localización|lieu de travail|lieu|localisation|lokalizacja|miejsce pracy|miejscowość|baza|sede di lavoro|luogo di lavoro|località|local de trabalho|localização|localidade',
);

const LOCATION_ROW_RE =
  /^(?:job )?(?:locations?|work location|standort|arbeitsort|einsatzort|lieu(?: de travail)?|ubicación|lokalizacja|miejsce pracy)\s*:?$|\bvacanc(?:y|ies) in the following locations?:?$/i;

// A name ending in an abbreviated legal form ends in a full stop without being a sentence.
const LEGAL_FORM_END_RE =
  /\b(?:Inc|Ltd|Co|Corp|LLC|GmbH|S\.A|e\.V|o\.o|S\.L|S\.L\.U|S\.A\.S|B\.V|N\.V|s\.r\.o|S\.p\.A|S\.r\.l|Ltda|Lda|Pty\.? Ltd)\.$/;

function isSentence(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (LEGAL_FORM_END_RE.test(text)) return words > 14;
  return (/[.!?]$/.test(text) && words > 3) || words > 14;
}

function cleanTitle(raw: string): string | null {
  const title = raw
    .replace(/^#{1,6}\s+/, '')
    .replace(
      /^(?:hiring|now hiring|we(?:'re| are) hiring|job description|job title|position|role|job|stellenanzeige|oferta de empleo|offre d'emploi)\s*[:\-–]\s*/i,
      '',
    )
    // Bounded: an unclosed bracket must not make each candidate read to the end of a 200,000-character line.
    .replace(/\(O\*NET-SOC[^)]{0,200}\)/i, '')
    .replace(/\(\s*[\d+–-]{1,20}\s*(?:\+\s*)?years?[^)]{0,200}\)/i, '')
    // Spanish writes its marker "(H/M)" or "(M/H)".
    .replace(/\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/x|m\/w\/x|h\/f|f\/h|m\/f|h\/m|m\/h|all genders)\)/gi, '')
    // The same markers written without brackets at the end: "Serveur / Serveuse H/F".
    .replace(/\s(?:m\/w\/d|w\/m\/d|m\/f\/d|h\/f|f\/h|m\/k|k\/m)$/i, '')
    .replace(/\s+/g, ' ')
    // The hours a German title ends with are the contract, not the role ("Buchhalter in Vollzeit (m/w/d)").
    .replace(/ in (?:Vollzeit|Teilzeit|Voll- ?(?:und|oder|\/) ?Teilzeit)(?= ?$)/i, '')
    // Only from the start of the trailing run (the look-behind): tried inside a long run of these characters
    // that does not reach the end, the pattern read each time to the run's end.
    .replace(/(?<![\s,:–-])[\s,:–-]+$/, '')
    .trim();
  if (title.length < 2 || title.length > MAX_TITLE || isSentence(title)) return null;
  return title;
}

const AT_EMPLOYER_RE =
  /^([^.,;:]{2,80}?) at (\p{Lu}[\p{L}\p{N}&'-]*(?: \p{Lu}[\p{L}\p{N}&'-]*){0,3}),\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?:\s*\(([^()]{2,30})\))?[.:]/u;
const HIRING_RE =
  /\b(?:hiring|seeking|looking for|recruiting|sucht|suchen|buscamos|recherche|recrute)(?: an?| the| eine?n?| un[ae]?)?\s+((?:\p{Lu}[\p{L}\p{N}/+#&.-]*\s?){1,6}?)(?:\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|h\/f)\))?\s+(?:at|to join|bei|en|chez|für)\s+(\p{Lu}[\p{L}\p{N}&.'-]*(?:\s\p{Lu}[\p{L}\p{N}&.'-]*){0,3})/u;

const LABEL_ROW_RE =
  /^(?:locations?|time type|posted on|job requisition id|requisition id|remote type|worker (?:sub-)?type|job family|job type|employment type)$/i;

// A line that states a hiring ("… sucht …", "… is hiring …", "… zatrudni …") is no title itself; the verb
// follows its employer ("Hiring Manager" is a title).
const HIRING_VERB_RE =
  /(?<=\S\s+)(?:is hiring|hiring|is looking for|is seeking|seeks|sucht|suchen|recrute|recherche|embauche|busca|buscamos|contrata|poszukuje|poszukujemy|szuka|zatrudni\p{L}*)(?!\p{L})/iu;

// "Poszukujemy księgowej", "Zatrudnimy kierowcę kat. C", "Buscamos camarero": a first line opening with "we are
// hiring" in one word states a hiring too (no title opens with these verbs).
const HIRING_OPENING_RE = /^(?:poszukujemy|zatrudnimy|szukamy|buscamos|precisamos|recrutons|recherchons)\s/iu;

interface Header {
  remote: RemotePolicy | null;
  title: string | null;
  company: string | null;
  location: string | null;
  headerText: string;
  bodyStart: number;
}

function readHeader(lines: readonly Line[]): Header {
  const idx: number[] = [];
  for (let i = 0; i < lines.length && idx.length < HEADER_LINES; i++)
    if ((lines[i] as Line).text !== '') idx.push(i);
  const text = (k: number): string => (idx[k] === undefined ? '' : (lines[idx[k]] as Line).text);

  let title: string | null = null;
  let company: string | null = null;
  let location: string | null = null;
  let remote: RemotePolicy | null = null;
  // Whether the place is a bare name taken for one for want of a better (a labelled place wins over it).
  let placeGuessed = false;
  let consumed = 0;
  let titleAt = 0;
  let first = text(0);
  const take = (reading: {
    company: string | null;
    location: string | null;
    remote: RemotePolicy | null;
  }) => {
    company ??= reading.company;
    location ??= reading.location;
    remote ??= reading.remote;
  };
  // "Nordwind GmbH - Hamburg, Germany (Hybrid)" above the title: the header line comes first. But "Senior Data
  // Engineer – Zalando SE, Berlin" opens with the title: a first part that is neither the employer nor a place.
  const leading = first.length <= 160 && LEGAL_FORM_RE.test(first) ? readHeaderLine(first) : null;
  const [firstPart, ...after] = first.split(HEADER_SEPARATORS);
  const titleFirst =
    leading !== null &&
    firstPart !== undefined &&
    after.length > 0 &&
    !LEGAL_FORM_RE.test(firstPart) &&
    !looksLikeLocation(firstPart) &&
    cleanTitle(firstPart) !== null
      ? readHeaderLine(after.join(' | '))
      : null;
  if (titleFirst !== null && titleFirst.company !== null) {
    take(titleFirst);
    title = cleanTitle(firstPart as string);
  } else if (leading !== null && leading.company !== null && text(1) !== '' && !isSentence(text(1))) {
    take(leading);
    titleAt = 1;
    first = text(1);
  }
  // "Senior Accountant | Acme | Warsaw, Poland": a title followed by header parts on one line.
  const piped = first.split(/\s+\|\s+|\s+·\s+/);
  if (piped.length >= 2 && piped[0] !== undefined && piped[0].length <= MAX_TITLE) {
    const rest = readHeaderLine(piped.slice(1).join(' | '));
    if (rest !== null) {
      take(rest);
      first = piped[0];
    }
  }
  // A title wrapped over two lines by PDF layout: "Senior Engineer (5+ Years of" / "Experience)".
  if (
    (first.match(/\(/g) ?? []).length > (first.match(/\)/g) ?? []).length &&
    text(titleAt + 1).length < 40
  ) {
    first = `${first} ${text(titleAt + 1)}`;
    consumed = 1;
  }
  consumed += titleAt;
  // A one-line posting that opens with its header: "Teacher Aide – Sunnybank School – Brisbane QLD – $35 per
  // hour: support students …". The part before the first colon or full stop is read as title + header parts.
  if (first.length > MAX_TITLE) {
    const stop = /[:.!?](?:\s|$)/.exec(first.slice(0, 200));
    const prefix = stop === null ? '' : first.slice(0, stop.index);
    const parts = prefix.split(/\s+[-–—|]\s+/);
    const rest = parts.length >= 3 ? readHeaderLine(parts.slice(1).join(' | ')) : null;
    const oneLineTitle = rest === null ? null : cleanTitle(parts[0] ?? '');
    if (rest !== null && oneLineTitle !== null) {
      take(rest);
      title = oneLineTitle;
    }
  }
  const firstHeading = headingOf(first);
  const isHeading = firstHeading !== null && (/[:：\-–]\s*$/.test(first) || first.split(/\s+/).length <= 3);
  if (
    title === null &&
    first !== '' &&
    !TITLE_LABEL_RE.test(first) &&
    !COMPANY_LABEL_RE.test(first) &&
    !isHeading
  ) {
    title = cleanTitle(first);
  }
  let next = title === null ? 0 : consumed + 1;
  // A bare name on the line under the title, taken for the employer for want of a better one.
  let nameBelowTitle: string | null = null;
  const boardLine = (t: string): boolean => {
    if (t.length > 100 || !BOARD_LINE_RE.test(t)) return false;
    // "Posted 2 days ago by Hallam & Pryce Recruitment": the agency that posted it is the employer named.
    const poster = /\bby\s+(\p{Lu}[^·|]{1,60}?)\s*$/u.exec(t)?.[1];
    if (poster !== undefined) company ??= poster;
    return true;
  };
  // A job board's own lines right under the title ("Just posted · Easy apply") name no employer or place.
  // Labelled rows under the title, each label over its value ("locations" / "Chicago, IL", "time type" /
  // "Full time", "job requisition id" / "R-12345"), as Workday pages copy: no employer among them.
  const labelRow = (t: string): boolean => {
    if (!LABEL_ROW_RE.test(t)) return false;
    const value = text(next + 1);
    if (/^locations?$/i.test(t) && looksLikeLocation(value)) location ??= value;
    next++;
    return true;
  };
  while (title !== null && next < idx.length && (boardLine(text(next)) || labelRow(text(next)))) next++;

  const candidate = text(next);
  const headerLine =
    title !== null && candidate !== '' && !isSentence(candidate) ? readHeaderLine(candidate) : null;
  if (headerLine !== null) {
    take(headerLine);
    next++;
  } else if (
    title !== null &&
    company === null &&
    candidate !== '' &&
    candidate.length <= 70 &&
    !isSentence(candidate) &&
    // An employer in capitals ("CABINET ALPHA RH") reads like an unknown heading; a known one stops here.
    (headingOf(candidate)?.kind ?? 'other') === 'other' &&
    !/[:|]/.test(candidate) &&
    !/^[-–—]$/.test(candidate) &&
    !looksLikeSalary(candidate) &&
    workModeOf(candidate) === null &&
    !/\b(?:full[- ]time|part[- ]time)\b/i.test(candidate)
  ) {
    const comma = candidate.indexOf(',');
    const rest = comma > 0 ? candidate.slice(comma + 1).trim() : '';
    if (rest !== '' && (US_STATE_RE.test(`, ${rest}`) || (COUNTRY_RE.test(rest) && rest.includes(',')))) {
      company = candidate.slice(0, comma).trim();
      location = rest;
    } else if (rest !== '' && namesProvince(rest) && isPlaceName(candidate.slice(0, comma))) {
      // "Halifax, Nova Scotia" under the title: a place and its province, not an employer.
      location = candidate;
    } else if (
      !looksLikeLocation(candidate) ||
      candidate.split(',').length === 2 ||
      // "Randstad Deutschland" over "Hamburg": a name with its country over a place is the employer's branch.
      (!candidate.includes(',') && isPlaceName(text(next + 1)))
    ) {
      company = looksLikeLocation(candidate) && US_STATE_RE.test(candidate) ? null : candidate;
      if (company === null) location = candidate;
      else nameBelowTitle = candidate;
    } else location = candidate;
    next++;
  }
  // Location and work-mode lines right after: "Boston, MA | Full-time", "-", "Gurgaon, Haryana".
  for (let k = next; k < idx.length && (location === null || company === null); k++) {
    const t = text(k);
    // A contract line ("CDI", "Feste Anstellung") is passed over, not taken for a heading.
    if (t.length <= 40 && CONTRACT_LINE_RE.test(t)) continue;
    // The board's own lines further down ("Posted 3 days ago · Easily apply", "Apply now") too.
    if (boardLine(t)) continue;
    // "Remote (US)", "Remote - Europe": the region a remote job is open to is its place.
    const region = /^(?:fully\s+)?remote\s*(?:\(([^()]{2,30})\)|[-–—,]\s*(.{2,30}))$/i.exec(t);
    if (location === null && region !== null && COUNTRY_RE.test(` ${region[1] ?? region[2] ?? ''}`)) {
      location = t;
      remote ??= 'remote';
      continue;
    }
    if (t === '' || isSentence(t) || headingOf(t) !== null) break;
    if (/^[\p{L} ]{2,30}:\s/u.test(t)) continue;
    // "Remote (US only)" / "Figma, Inc.": a name with a legal form among the header lines is the employer.
    if (company === null && t.length <= 60 && LEGAL_FORM_RE.test(t) && !looksLikeSalary(t)) {
      const line = readHeaderLine(t);
      company = line?.company ?? t;
      if (line !== null) take(line);
      continue;
    }
    const line = readHeaderLine(t);
    if (line !== null) {
      take(line);
      continue;
    }
    remote ??= t.length <= 40 ? workModeOf(t) : null;
    // Bracketed asides go; bounded, so a line of unclosed brackets is not read to its end from each one.
    for (const part of t.split('|').map((p) => p.replace(/\([^)]{0,200}\)/g, '').trim())) {
      if (location === null && part !== '' && looksLikeLocation(part) && !/^remote$/i.test(part)) {
        location = part;
        break;
      }
    }
    // "London or Manchester (Hybrid)", "Kraków lub Katowice": places to choose from, each a place by itself.
    const withoutAside = t.replace(/\s*\([^()]{1,40}\)\s*$/u, '');
    const choices = withoutAside.split(PLACE_CHOICE_RE);
    if (location === null && choices.length >= 2 && choices.length <= 4 && choices.every(isPlaceName)) {
      location = withoutAside;
      remote ??= workModeOf(t);
      continue;
    }
    // A bare place name on the line right after the employer ("Exeter", "Ribarroja del Turia (Valencia)"):
    // accepted only there, and only when no word of it is a skill ("Engineering", "Python").
    const bare = t.replace(/\s*\([^()]{1,40}\)\s*$/u, '').trim();
    if (location === null && k === next && title !== null && company !== null && isPlaceName(bare)) {
      location = bare;
      placeGuessed = true;
    }
  }

  // Labelled fields anywhere in the first part of the posting; in running text, at a sentence's start
  // ("… en Sevilla. Empresa: Taberna El Arenal. Salario …").
  const labelled = lines.slice(0, 60).flatMap((line) =>
    line.text.length > 120
      ? line.text
          .slice(0, 2000)
          .split(/(?<=[.!?])\s+/u)
          .map((sentence) => sentence.replace(/\.$/u, ''))
      : [line.text],
  );
  // "Location" alone over its value further down, as USAJOBS and careers pages lay out their rows. It wins over
  // a bare name guessed for the place (a federal posting's sub-agency, "Army Materiel Command", under the
  // department).
  for (let i = 0; i < Math.min(lines.length, 60) && (location === null || placeGuessed); i++) {
    if (!LOCATION_ROW_RE.test((lines[i] as Line).text)) continue;
    const value = lines.slice(i + 1, i + 3).find((l) => l.text !== '')?.text ?? '';
    if (looksLikeLocation(value)) {
      location = labelledPlace(value);
      placeGuessed = false;
    }
  }
  for (const t of labelled) {
    if (title === null) title = cleanTitle(TITLE_LABEL_RE.exec(t)?.[1] ?? '') ?? title;
    if (company === null) {
      const c = COMPANY_LABEL_RE.exec(t)?.[1]?.trim();
      if (c !== undefined && c.length <= 80) company = c;
    }
    if (location === null) {
      const l = LOCATION_LABEL_RE.exec(t)?.[1]?.trim();
      // "Work Location: In person", "Location: Remote": a work mode, not a place.
      const mode = l === undefined || l.length > 20 || l.includes('(') ? null : workModeOf(l);
      if (mode !== null) {
        remote ??= mode;
        continue;
      }
      if (l !== undefined && l.length <= 80 && !/\bhome\b/i.test(l)) {
        const place = l.replace(/\s*\(([^()]*)\)\s*$/, (whole, inner: string) => {
          const mode = workModeOf(inner);
          if (mode === null) return whole;
          remote ??= mode;
          return '';
        });
        location = labelledPlace(place.trim()) || null;
      }
    }
  }

  // Running text: "We are X in Y and need a Z who knows …" (also a posting on one line).
  // Joined by line breaks, which the prose patterns read as sentence starts ("Sunrise Family Dental is
  // looking for …" under a "compensation:" line).
  const opening = idx
    .slice(0, 4)
    .map((_, k) => text(k))
    .join('\n');
  const titleStatesHiring = title !== null && (HIRING_VERB_RE.test(title) || HIRING_OPENING_RE.test(title));
  if (title === null || company === null || location === null || titleStatesHiring) {
    const prose = readProse(opening);
    // "Mercedes-Benz AG sucht Instandhaltungstechniker (m/w/d) in Sindelfingen" as the first line: the role it
    // names is the title, not the whole line.
    const statesHiring =
      title !== null &&
      prose.roleAsWritten !== null &&
      titleStatesHiring &&
      title.toLowerCase().includes(prose.roleAsWritten.toLowerCase());
    const proseTitle = title === null || statesHiring ? prose.title : null;
    if (proseTitle !== null) title = proseTitle;
    // "Firma Budmax zatrudni operatora koparki" / "Gniezno": the first line names the employer, so the bare
    // name under it is the place.
    if (statesHiring && prose.company !== null && nameBelowTitle !== null && company === nameBelowTitle) {
      company = prose.company;
      if (location === null && isPlaceName(nameBelowTitle)) location = nameBelowTitle;
    } else if (
      // "Verkäufer (m/w/d)" / "München" / "Wir, die Bäckerei Schmidt GmbH, suchen …": the text names the
      // employer, so the bare place under the title is the place, not the employer.
      prose.company !== null &&
      nameBelowTitle !== null &&
      company === nameBelowTitle &&
      location === null &&
      !prose.company.includes(nameBelowTitle) &&
      isPlaceName(nameBelowTitle) &&
      !LEGAL_FORM_RE.test(nameBelowTitle)
    ) {
      company = prose.company;
      location = nameBelowTitle;
    }
    company ??= prose.company;
    location ??= prose.location;
    // "Se busca cocinero/a … para restaurante en Sevilla.": a place in the sentence that names the role.
    if (location === null && prose.title !== null) {
      const sentence = opening.slice(0, 400).split(/(?<=[.!?])\s/u)[0] ?? '';
      for (const m of sentence.matchAll(PLACE_IN_SENTENCE_RE))
        if (m[1] !== undefined && isPlaceName(m[1])) {
          location = m[1];
          break;
        }
    }
  }
  // One long paragraph: "We are hiring a Senior Backend Engineer at Acme Robotics …".
  if ((title === null || company === null) && first.length > MAX_TITLE) {
    const m = HIRING_RE.exec(first.slice(0, 400));
    const hired = m?.[1]?.trim();
    if (hired !== undefined && hired.length <= MAX_TITLE) {
      title ??= hired;
      company ??= m?.[2]?.trim() ?? null;
    }
    // "Junior Accountant at Baker Tilly, Leeds (hybrid). We are hiring …": the opening sentence names the
    // role, the employer after "at" and the place after a comma.
    const at = AT_EMPLOYER_RE.exec(first.slice(0, 200));
    if (at?.[2] !== undefined && title !== null && at[1]?.trim().toLowerCase() === title.toLowerCase()) {
      company ??= at[2];
      if (location === null && at[3] !== undefined && isPlaceName(at[3])) location = at[3];
      if (at[4] !== undefined) remote ??= workModeOf(at[4]);
    }
  }

  // "Warehouse Worker - Poznań (Swarzędz)": a place after a dash ends the title, the bracket names its district.
  // "HGV Technician - Doncaster - £38,000 to £44,000 a year": the parts after the title are peeled off from
  // the end, a place or the job's terms at a time.
  for (let round = 0; round < 3 && title !== null; round++) {
    const before: string = title;
    const dashed = /\s[-–—|]\s(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?:\s\([^()]{2,40}\))?$/u.exec(
      before,
    );
    if (
      dashed?.[1] !== undefined &&
      (location === null || location.startsWith(dashed[1])) &&
      isPlaceName(dashed[1])
    ) {
      location ??= dashed[1];
      title = before.slice(0, dashed.index).trim();
    }
    // "Travel ICU RN - $2,450/week", "Infirmier de nuit (H/F) - CDI", "RN - Nights - $5,000 Sign-On Bonus": the
    // pay or the contract after a dash is no part of the title (a hyphen inside a word does not end the part).
    const terms = /\s[-–—|]\s((?:(?!\s[-–—|]\s).){2,40})$/u.exec(title);
    if (terms?.[1] !== undefined && (looksLikeSalary(terms[1]) || CONTRACT_LINE_RE.test(terms[1].trim())))
      title = title.slice(0, terms.index).trim();
    if (title === before) break;
  }
  // "Dental Assistant - Part Time (Fresno)": a place in brackets at the end of the title, when none was read.
  const bracketed = title === null ? null : /\s\(([^()]{2,40})\)$/u.exec(title);
  if (location === null && bracketed?.[1] !== undefined && isPlaceName(bracketed[1])) {
    location = bracketed[1];
    title = (title as string).slice(0, bracketed.index).trim();
  }

  const headerText = idx.map((_, k) => text(k)).join('\n');
  return {
    title,
    company,
    location: location === null ? null : placeName(withoutPostcode(location)),
    remote,
    headerText,
    bodyStart: title === null || isSentence(first) ? 0 : (idx[consumed] ?? 0) + 1,
  };
}

const ABOUT_STOP =
  /^(?:us|the|this|our|you|your|we|company|team|role|job|position|opportunity|department|institute)\b/i;
const ORG_NOUNS =
  'company|firm|agency|startup|start-up|organi[sz]ation|provider|leader|institute|university|employer|business|group|platform|consultancy|studio|school|hospital|bank|manufacturer|retailer|nonprofit|non-profit';
const IS_A_RE = new RegExp(
  `(?:^|[.!?]\\s+|\\n)((?:\\p{Lu}[\\p{L}\\p{N}&.'-]*)(?: \\p{Lu}[\\p{L}\\p{N}&.'-]*){0,4}) is\\s+(?:a|an|the)\\b[^.]{0,80}?\\b(?:${ORG_NOUNS})\\b`,
  'u',
);
const AT_WE_RE = /(?:^|[.!?]\s+|\n)At (\p{Lu}[\p{L}\p{N}&.'-]*(?: \p{Lu}[\p{L}\p{N}&.'-]*){0,3}),\s+we\b/u;

function companyFromBody(sections: readonly RawSection[], body: string): string | null {
  for (const s of sections) {
    const name = s.heading === null ? null : /^about\s+(.+)$/i.exec(s.heading)?.[1]?.trim();
    if (name && !ABOUT_STOP.test(name) && name.length <= 50) return name;
  }
  const sample = body.slice(0, 5000);
  const m = AT_WE_RE.exec(sample) ?? IS_A_RE.exec(sample);
  const name = m?.[1]?.trim();
  if (name && !/^(?:We|Our|This|The|It|You|They|He|She)\b/.test(name)) return name;
  return null;
}

// ---------------------------------------------------------------------------------------------- work mode

// Yes/no rows, each label over its answer or after a colon: Indeed's "Work Remotely" / "No", USAJOBS's "Remote
// job" / "No" and "Telework eligible" / "Yes—as determined by the agency policy.".
const REMOTE_ROW_RE = /^(?:work remotely|remote job|remote work)\s*:?\s*(.*)$/i;
const TELEWORK_ROW_RE = /^telework eligible\s*:?\s*(.*)$/i;

function rowAnswer(lines: readonly Line[], i: number, inline: string): 'yes' | 'no' | null {
  const answer = inline !== '' ? inline : (lines[i + 1]?.text ?? '');
  if (/^no\b/i.test(answer)) return 'no';
  if (/^(?:yes|temporarily)\b/i.test(answer)) return 'yes';
  return null;
}

/** The work mode the posting's yes/no rows state: remote, else telework some days (hybrid), else on site. */
function labelledWorkMode(lines: readonly Line[]): RemotePolicy | null {
  let remote: 'yes' | 'no' | null = null;
  let telework: 'yes' | 'no' | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (text.length > 80) continue;
    const r = REMOTE_ROW_RE.exec(text);
    if (r !== null) remote ??= rowAnswer(lines, i, r[1] ?? '');
    const t = TELEWORK_ROW_RE.exec(text);
    if (t !== null) telework ??= rowAnswer(lines, i, t[1] ?? '');
  }
  if (remote === 'yes') return 'remote';
  if (telework === 'yes') return 'hybrid';
  return remote === 'no' ? 'onsite' : null;
}

// Some days of the week from home is hybrid, whatever word names the home ("teletrabajo 2 días a la semana" read
// remote): "2 days a week from home", "2 Tage Homeoffice", "2 dni pracy zdalnej", "2 jours de télétravail".
const PART_OF_WEEK_AWAY_RE =
  /\b(?:teletrabajo|télétravail|home ?office|remote|from home|zdaln\p{L}*)[^\n.;,]{0,12}\b[1-4] ?(?:días?|jours?|tage?n?|dni|dzień|days?)\b|\b[1-4] ?(?:días?|jours?|tage?n?|dni|dzień|days?)\b[^\n.;]{0,25}(?:teletrabajo|télétravail|home ?office|remote|from home|zdaln)/iu;

function remoteOf(header: string, body: string, lines: readonly Line[]): RemotePolicy | null {
  // Rows that answer the question are read before the header, whose "Remote job: No" names the word.
  const labelled = labelledWorkMode(lines);
  if (labelled !== null) return labelled;
  const h = workModeOf(header);
  if (h !== null) return h;
  if (
    /\bhybrid (?:role|position|work|schedule|model|working|setup)\b|\bhybrides arbeiten\b|\bhíbrido\b|\bhybride\b|praca hybrydowa|hybrydow|modelo híbrido|\bhybrid\b/i.test(
      body,
    ) ||
    PART_OF_WEEK_AWAY_RE.test(body)
  )
    return 'hybrid';
  if (
    /\b(?:fully|100%|temporarily) remote\b|\bremote[- ](?:first|friendly|role|position|job|available)\b|\bwork(?:ing)? remotely\b|\bwork from home\b|\bcomfort of your own home\b|\b(?:100 ?%|vollständig) remote\b|\bteletrabajo\b|\btélétravail complet\b|\b100 ?% zdaln|praca zdalna|pracy zdalnej|full remote|en remoto|100 ?% remoto|100 ?% télétravail/i.test(
      body,
    )
  )
    return 'remote';
  if (
    /\b(?:on[- ]?site|in[- ]office) (?:role|position|job)\b|\bonsite only\b|praca stacjonarna|pracy stacjonarnej|\bpresencial\b|\bvor ort\b|en présentiel|sur site/i.test(
      body,
    )
  )
    return 'onsite';
  return null;
}

const EMPLOYMENT: readonly (readonly [EmploymentType, RegExp])[] = [
  // A training place: an internship, and an apprenticeship (Ausbildung, apprentissage, alternance, formación
  // dual), which the employment types read as one.
  [
    'internship',
    /\binternship\b|\bintern\b|praktikum|prácticas|\bbecario\b|\bstage\b|\bstagiaire\b|\bstaż\b|\bpraktyk|\bapprentice(?:ship)?\b|(?<!abgeschlossene[nr]? |erfolgreiche[nr]? )\bausbildung (?:zum|zur)\b|\bauszubildende|\bazubi\b|\bapprenti(?:e|ssage)?\b|\balternance\b|\baprendiz\b|formación dual|contrato (?:de|para la) formación|contrat de professionnalisation|ausbildungs(?:platz|beginn)|\buczeń\b/i,
  ],
  [
    'part_time',
    /\bpart[- ]?time\b|teilzeit|medio tiempo|media jornada|jornada parcial|tiempo parcial|temps partiel|niepełny etat|część etatu|pół etatu|\b1\/2 etatu|tempo parziale|meio[- ]período|tempo parcial/i,
  ],
  [
    'full_time',
    /\bfull[- ]?time\b|vollzeit|tiempo completo|jornada completa|temps plein|\bCDI\b|pełny etat|pełen etat|pełnym etacie|umow[aęy] o pracę|contrato indefinido|tempo pieno|tempo indeterminato|tempo integral|período integral|a tempo inteiro|contrato sem termo|\bCLT\b/i,
  ],
  ['contract', /\bcontract(?:or)?\b|freelance|befristet|\bCDD\b|\bB2B\b|umowa zlecenie|autónomo/i],
  [
    'temporary',
    /\btemporary\b|\btemp\b|zeitarbeit|arbeitnehmerüberlassung|temporal\b|intérim|praca tymczasowa|contrato (?:de )?(?:sustitución|interinidad|eventual|por obra)|umowa na zastępstwo|tempo determinato|contratto stagionale|contrato a termo|temporári[oa]/i,
  ],
];

function employmentOf(header: string, lines: readonly Line[], body: string): EmploymentType | null {
  const firstIn = (t: string): EmploymentType | null => {
    let best: EmploymentType | null = null;
    let at = Infinity;
    for (const [type, re] of EMPLOYMENT) {
      const m = re.exec(t);
      if (m && m.index < at) {
        best = type;
        at = m.index;
      }
    }
    return best;
  };
  for (const line of lines) {
    const m =
      /^(?:job types?|employment type|type of employment|contract type|anstellungsart|vertragsart|beschäftigungsart|tipo de contrato|jornada|type de contrat|rodzaj umowy|typ umowy|wymiar pracy|wymiar etatu|tipo di contratto|contratto|regime|modalidade de contratação)\s*:\s*(.+)$/i.exec(
        line.text,
      );
    const t = m?.[1] === undefined ? null : firstIn(m[1]);
    if (t !== null) return t;
  }
  const h = firstIn(header);
  if (h !== null) return h;
  // In the body only the unambiguous phrases count ("contract" alone is often "contract negotiation").
  const m =
    /\b(full[- ]?time|part[- ]?time|internship|vollzeit|teilzeit|tiempo completo|jornada completa|jornada parcial|temps plein|temps partiel|pełny etat|pełen etat|umow[aęy] o pracę|\bCDI\b|contrat d'apprentissage|contrat de professionnalisation|en alternance|ausbildungsplatz|ausbildungsbeginn|prácticas remuneradas|praktyki (?:studenckie|zawodowe)|tempo pieno|tempo parziale|tempo indeterminato|tempo determinato|contratto stagionale|tempo integral|tempo parcial|meio[- ]período|a tempo inteiro|contrato sem termo|contrato a termo|\bCLT\b)(?![\p{L}\p{N}])/iu.exec(
      body,
    );
  return m?.[1] === undefined ? null : firstIn(m[1]);
}

// ---------------------------------------------------------------------------------------------- salary

function looksLikeSalary(text: string): boolean {
  return /[$€£₹]\s?\d|\d\s?(?:zł|PLN|EUR|USD|GBP|CHF|€)/.test(text) && text.length < 80;
}

// ---------------------------------------------------------------------------------------------- preferred

// "ACLS von Vorteil", "OSHA 30 preferred", "mile widziane: Kubernetes", "Anglais apprécié", "se valorará GraphQL".
const PREFERRED_MARK_RE =
  /\b(?:is a plus|a plus|preferred|nice to have|desirable|ideally|is an advantage|an advantage|advantageous|bonus points?|von vorteil|wünschenswert|ein plus|wäre schön|mile widzian\p{L}*|będzie atutem|dodatkowym atutem|atutem będzie|appréciée?s?|un plus|souhaitée?s?|serait un plus|se valorará|valorable|deseable|será un plus)(?=$|[^\p{L}])/iu;
// "desirable but not essential", "nicht zwingend", "non obligatoire", "no imprescindible": negated, no requirement.
const REQUIRED_MARK_RE =
  /(?<!\b(?:not|nicht|non|no|nie)\s)\b(?:required|must|mandatory|essential|erforderlich|zwingend|wymagan\p{L}*|obowiązkow\p{L}*|obligatoire|indispensable|exigée?|obligatorio|imprescindible)(?=$|[^\p{L}])/iu;

/** Whether a text states a preference and no requirement: "BSN preferred", "Anglais apprécié", "mile widziane". */
export function statesPreference(text: string): boolean {
  return PREFERRED_MARK_RE.test(text) && !REQUIRED_MARK_RE.test(text);
}

/**
 * Moves the preferred clauses of requirement items into a nice-to-have section: "OSHA 10 required, OSHA 30
 * preferred" keeps OSHA 10 required and makes OSHA 30 preferred. Whole items that only state a preference move
 * whole.
 */
function separatePreferred(sections: RawSection[]): RawSection[] {
  const preferred: string[] = [];
  for (const section of sections) {
    if (section.kind !== 'requirements' && section.kind !== 'intro' && section.kind !== 'summary') continue;
    const kept: string[] = [];
    for (const item of section.items) {
      if (item.length > 400 || !PREFERRED_MARK_RE.test(item)) {
        kept.push(item);
        continue;
      }
      const clauses = item.split(/[,;]\s+/);
      const pref = clauses.filter((c) => PREFERRED_MARK_RE.test(c) && !REQUIRED_MARK_RE.test(c));
      if (pref.length === 0) {
        kept.push(item);
        continue;
      }
      preferred.push(...pref);
      const rest = clauses.filter((c) => !pref.includes(c)).join(', ');
      if (rest.trim() !== '') kept.push(rest);
    }
    section.items = kept;
  }
  if (preferred.length === 0) return sections;
  return [
    ...sections,
    { heading: null, kind: 'niceToHave', items: preferred, bulleted: true, lastIndent: 0 },
  ];
}

// ---------------------------------------------------------------------------------------------- assembly

/** A posting's layout: the lines of its header (title, employer, place, the rows among them) and its sections. */
export interface PostingLayout {
  readonly header: readonly string[];
  readonly sections: readonly JobSection[];
}

/**
 * A layout as a saved job keeps it, read once when its description is written: laying a posting out costs
 * more than the rest of a match report together. The version says which reading made it; a layout read by
 * another version is read again (packages/domain/test/posting-layout-version.test.ts pins what this version
 * reads, so a change to the reading fails there until the version is raised).
 */
export const POSTING_LAYOUT_VERSION = 3;
export interface StoredPostingLayout extends PostingLayout {
  readonly version: number;
}

/** The layout of a description, as a saved job stores it. */
export const storedPostingLayout = (description: string): StoredPostingLayout => ({
  version: POSTING_LAYOUT_VERSION,
  ...readPostingLayout(description),
});

/** A stored layout if this version read it, else the description read now. */
export const currentPostingLayout = (
  description: string,
  stored: StoredPostingLayout | null | undefined,
): PostingLayout => (stored?.version === POSTING_LAYOUT_VERSION ? stored : readPostingLayout(description));

/** Reads the layout of a posting as parseJobPosting does, without its fields (for a saved job's description). */
export function readPostingLayout(text: string): PostingLayout {
  const lines = toLines(typeof text === 'string' ? text : '');
  const bodyStart = readHeader(lines).bodyStart;
  return {
    header: lines
      .slice(0, bodyStart)
      .map((l) => l.text)
      .filter((t) => t !== ''),
    // The items as written: the preferred clauses stay in their sentences.
    sections: buildSections(lines, bodyStart).map((s) => ({
      heading: s.heading,
      kind: s.kind,
      items: s.items,
    })),
  };
}

/**
 * Reads a pasted job posting into structured fields, deterministically and without any model. Never throws:
 * a posting without headings, on one line, or in another language gives null fields and a best-effort split.
 */
export function parseJobPosting(text: string): ParsedJobPosting {
  const input = typeof text === 'string' ? text : '';
  const lines = toLines(input);
  const header = readHeader(lines);
  const raw = separatePreferred(buildSections(lines, header.bodyStart));
  const description = lines
    .map((l) => l.text)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  const pick = (kind: JobSectionKind): string[] => raw.filter((s) => s.kind === kind).flatMap((s) => s.items);
  const responsibilities = pick('responsibilities');
  let requirements = pick('requirements');
  // No requirements heading: bullets outside any named section are most often the requirements.
  const named = raw.some(
    (s) => s.kind === 'requirements' && !/^(?:education|experience)$/i.test(s.heading ?? ''),
  );
  if (!named) {
    const loose = raw
      .filter((s) => (s.kind === 'intro' || s.kind === 'summary') && s.bulleted)
      .flatMap((s) => s.items);
    requirements = [...loose, ...requirements];
  }

  const company = header.company ?? companyFromBody(raw, description);
  const sections: JobSection[] = raw.map((s) => ({ heading: s.heading, kind: s.kind, items: s.items }));
  return {
    title: header.title,
    company: company !== null && company.length <= MAX_TITLE ? company : null,
    location: header.location,
    remote: header.remote ?? remoteOf(header.headerText, description, lines),
    employmentType: employmentOf(header.headerText, lines, description),
    salaryRange: salaryOfLines(
      lines.map((l) => l.text),
      dollarOf(`${header.location ?? ''}\n${header.headerText}`),
    ),
    description,
    responsibilities,
    requirements,
    niceToHave: pick('niceToHave'),
    sections,
  };
}

import type { JobSection, JobSectionKind } from '../jobs/parsed-job-posting.js';
import {
  currentPostingLayout,
  POSTING_LAYOUT_VERSION,
  statesPreference,
  type StoredPostingLayout,
} from '../jobs/parse-job-posting.js';
import { findKnockouts, KNOCKOUT_RULES, type Knockout, type KnockoutKind } from './knockouts.js';

/** The parts of a job its knock-outs are read from; `MatchableJob` fits. */
interface KnockoutSource {
  readonly title: string;
  readonly description: string;
  readonly responsibilities: readonly string[];
  readonly requirements: readonly string[];
  readonly niceToHave: readonly string[];
  /** The description's layout as the saved job keeps it (read now when absent or read by another version). */
  readonly layout?: StoredPostingLayout | null;
  /** The knock-outs as the saved job keeps them (read now when absent or read by another version). */
  readonly knockouts?: StoredKnockouts | null;
}

/**
 * The version of the knock-out reading below. Saved jobs keep their knock-outs stamped with it and with the
 * layout version they were read from; raise it with any change to what is read (a test pins what this version
 * reads of the committed postings), and saved jobs are read again when used.
 */
export const KNOCKOUTS_VERSION = 1;

/** A job's knock-outs as its saved record keeps them (JobPrimitives.knockouts). */
export interface StoredKnockouts {
  readonly version: number;
  readonly layoutVersion: number;
  readonly items: readonly Knockout[];
}

// What the employer offers or says about itself asks nothing of the applicant: "Overtime paid at time and a
// half" under "Benefits" is no shift requirement, "We fund your Care Certificate" no licence, "We are an ISO
// 9001 certified company" under "About us" none either. Those sections are not read, but for the conditions
// of employment postings state among the legal lines and the how-to-apply ("Applicants must have the right to
// work in the UK", "an enhanced DBS check is required"), and the sentence of "About us" that says whom the
// employer is looking for ("We're looking for a Product Manager with over 10 years of experience").
const OFFERED: ReadonlySet<JobSectionKind> = new Set(['benefits', 'about', 'application', 'legal']);
const CONDITIONS: Readonly<Partial<Record<JobSectionKind, ReadonlySet<KnockoutKind>>>> = {
  application: new Set(['work_authorisation', 'security_clearance']),
  legal: new Set(['work_authorisation', 'security_clearance']),
};
const HIRING_RE =
  /\b(?:looking for|seeking|searching for|hiring|recruiting)\b|\bsuch(?:t|en)\b|\bbusca(?:mos)?\b|recherch(?:e|ons)\b|recrut|poszukuj|szukamy|zatrudni/iu;

// A heading that names the hours ("Schedule and pay", "Arbeitszeit & Vergütung", "Horaires et salaire"): the
// shifts under it are the job's, even when the pay beside them made it a benefits heading; a line stating an
// amount ("$58 - $72 per hour, overtime paid") under it is what is paid.
const AMOUNT_RE = /[$€£₹]\s?\d|\d\s?(?:zł|PLN|EUR|USD|GBP|CHF|€|£)/u;
const SCHEDULE_HEADING_RE =
  /schedule|shifts?\b|hours|working time|rota\b|arbeitszeit|dienstzeit|schicht|horaires?|horario|jornada|turnos?|godziny pracy|czas pracy|grafik|zmian/iu;

// A labelled pay row states what is paid: "Pay: $19.75/hr + $1.50 shift differential", "Salary: £24,000 plus
// overtime", "Gehalt: 3.200 € + Schichtzulagen".
const PAY_ROW_RE =
  /^(?:pay|salary|wages?|rate of pay|pay rate|compensation|remuneration|gehalt|vergütung|lohn|stundenlohn|salaire|rémunération|salario|sueldo|retribución|wynagrodzenie|stawka)\s*(?:range\s*)?[:：]/iu;

// A duty states a must only in so many words ("Maintain an active RN licence", "Must obtain a Secret
// clearance"); otherwise "Collaborate with PhD students", "Maintain laboratory certification records" or "Assess
// licensing opportunities" name a degree or a licence as work to do, not as one to hold. Shifts, a language and
// an age a duty names are the job's whatever the words ("Work rotating shifts", "Serve guests in fluent French").
const DUTY_KINDS: ReadonlySet<KnockoutKind> = new Set(['shifts', 'language', 'minimum_age']);
const STATED_AS_MUST_RE =
  /\b(?:must|required|requires?|mandatory|essential|need(?:s|ed)? to (?:have|hold|be|obtain)|have to|valid|current|active|hold|holding|possess|obtain|able to (?:obtain|pass)|eligible)\b|erforderlich|voraussetzung|vorausgesetzt|zwingend|gültig|wymagan|obowiązkow|ważn|aktualn|posiada|obligatoire|indispensable|exigée?|requise?|valide|titulaire|en vigor|vigente|imprescindible|obligatori|necesari/iu;

// A sentence that states what the employer gives, wherever it stands ("We offer … visa sponsorship", "Oferujemy
// … pracę zmianową", "Wir finanzieren Ihren Führerschein", "Free DBS check", "Paid overtime", "Overtime paid at
// time and a half", "Night shift allowance", "Schichtzulagen"): a posting written as one paragraph, or a list
// of offers under no heading, asks nothing there.
const OFFER_RE =
  /^(?:(?:plenty of |regular )?overtime (?:is )?(?:paid|available|at)\b|(?:(?:night|late|early|weekend) )?(?:shift|night|weekend|unsocial hours?) (?:allowances?|differentials?|premiums?|enhancements?|rates?)\b|(?:schicht|nacht|sonntags|wochenend)zu(?:lagen?|schläge?)|zuschläge|primes? (?:de nuit|d'équipe|de week-end)|plus (?:de )?(?:nocturnidad|turnicidad)|dodat(?:ek|ki) (?:za|nocn)|we (?:offer|provide|give|pay|fund|cover|sponsor)|we(?:'ll| will) (?:provide|pay|fund|cover|sponsor|give you)|in return\b|benefits include|you(?:'ll| will) (?:get|receive|enjoy)|free\b|paid\b|(?:fully )?funded\b|wir (?:bieten|übernehmen|finanzieren|zahlen)|bei uns erwartet|nous (?:offrons|proposons|prenons en charge|finançons)|(?:te |les )?ofrecemos|se ofrece|oferujemy|zapewniamy|gwarantujemy|finansujemy)/iu;

/**
 * Whether a knock-out's sentence states it only as a preference: "BSN preferred", "Master's degree preferred but
 * not required", but not "Bachelor's degree (MBA preferred)", whose degree is asked in a clause of its own.
 */
const PREFERENCE_IN_BRACKETS_RE =
  /\(\s*(?:preferred|desired|desirable|optional|a plus|nice to have|von vorteil|wünschenswert|souhaitée?|appréciée?|deseable|valorable|mile widzian\p{L}*)\s*\)\s*\.?$/iu;

function onlyPreferred(k: Knockout): boolean {
  if (!statesPreference(k.text)) return false;
  // A mark alone in brackets closing an item is the item's: "Bachelor's (Preferred)".
  if (PREFERENCE_IN_BRACKETS_RE.test(k.text)) return true;
  return k.text
    .split(/[,;()]/)
    .every((clause) => statesPreference(clause) || !findKnockouts([clause]).some((c) => c.kind === k.kind));
}

// Words of a rule that name something else in these phrases: "customs clearance" is no security clearance,
// "SSL certificate management", "user registration flows" and "software licensing" are no licence, "shift-left
// testing", "24 patients per shift" or "supervise the assistants on the shift" is no shift, "Citizens Advice"
// asks no citizenship. A sentence whose only match is such a phrase
// states no knock-out.
const OTHER_MEANINGS: Readonly<Partial<Record<KnockoutKind, RegExp>>> = {
  security_clearance:
    /\b(?:customs|export|import|goods|tax|border|freight|shipment|cargo) clearance\b|odprawa celna|dédouanement|despacho aduanero/giu,
  licence_or_certification:
    /\b(?:ssl|tls|x\.509|digital|code[- ]signing|root|client|server) certificates?\b|\bcertificates? (?:authorit(?:y|ies)|management|pinning|rotation|revocation)\b|\b(?:user|account|customer|patient|event|domain|product|vehicle|company|student|voter) registrations?\b|\bregistration (?:flows?|forms?|process(?:es)?|pages?|systems?|desk)\b|\b(?:software|saas|microsoft|oracle|sap|product|cloud|open[- ]source|content|music|ip) licen[cs]ing\b|\blicen[cs]ing (?:models?|agreements?|deals?|opportunities|compliance|management|audits?|costs?)\b|\bcertification (?:audits?|process(?:es)?|bod(?:y|ies)|projects?)\b|\biso \d{4,5}(?:[-:]\d+)? certifi\p{L}*|\blicence (?:en|professionnelle|pro)\b/giu,
  shifts:
    /\b(?:per|each|every|the) shift\b(?! patterns?| work| rota)|\bshift (?:handovers?|reports?|notes?|changes?)\b|\bshift[- ]left\b|\bparadigm shift\b|\bgear ?shifts?\b|\bshift (?:in|towards?) (?:focus|priorities|strategy)\b/giu,
  work_authorisation:
    /\bcitizens advice\b|\bsenior citizens\b|\bcitizens? (?:data|developers?|services?|engagement|journeys?)\b/giu,
};
const RULE_OF = new Map(KNOCKOUT_RULES);

/** Whether a knock-out's sentence names its kind only in a phrase that means something else. */
function otherMeaningOnly(k: Knockout): boolean {
  const other = OTHER_MEANINGS[k.kind];
  const rule = RULE_OF.get(k.kind);
  if (other === undefined || rule === undefined) return false;
  const rest = k.text.replace(other, ' ');
  return rest !== k.text && !rule.test(rest);
}

// A sentence in which the employer describes itself ("We are an ISO 9001 certified manufacturer", "Nous sommes
// un organisme de formation certifié Qualiopi", "Somos una empresa certificada", "Jesteśmy firmą z
// certyfikatem ISO") names its own certificates, not the applicant's, unless it says whom it is looking for.
const SELF_RE =
  /^(?:we(?:'re| are)|our (?:company|team|firm|group|hospital|school|store|clinic|practice|business)|wir sind|unser(?:e)? (?:unternehmen|firma|team|haus)|nous sommes|notre (?:entreprise|société|équipe|cabinet)|somos|nuestra (?:empresa|compañía)|jesteśmy|nasza firma)\b/iu;
const selfDescription = (k: Knockout): boolean =>
  (k.kind === 'licence_or_certification' || k.kind === 'degree') &&
  SELF_RE.test(k.text) &&
  !HIRING_RE.test(k.text) &&
  !/\b(?:you|your|candidates?|applicants?)\b|\b(?:du|sie|vous|usted|ty)\b/iu.test(k.text);

type Keep = (knockout: Knockout) => boolean;
const ALL: Keep = () => true;
const DUTY: Keep = (k) => DUTY_KINDS.has(k.kind) || STATED_AS_MUST_RE.test(k.text);
const SHIFTS: Keep = (k) => k.kind === 'shifts' && !AMOUNT_RE.test(k.text);

/** Which knock-outs of a section's items are kept: all, some, or none (null). */
// Among benefits and "About us", a check or the right to work stated as a condition is one too: "All offers are
// contingent on a background check" (an equal-opportunity line copied into the benefits), "Candidates must have
// the right to work in the UK"; "Visa sponsorship available" is not.
const CONDITION_RE =
  /\b(?:must|required|requires?|mandatory|contingent|subject to|need to|will need)\b|erforderlich|voraussetzung|vorausgesetzt|obligatoire|exigée?|requise?|imprescindible|obligatori|necesari|wymagan|obowiązkow/iu;
const STATED_CONDITION: Keep = (k) =>
  (k.kind === 'work_authorisation' || k.kind === 'security_clearance') && CONDITION_RE.test(k.text);

// A details row answered no asks nothing: "Drug test: No", "Security clearance: Not required".
const ANSWERED_NO_RE = /:\s*(?:no|none|not required|not applicable|n\/a)\s*\.?$/iu;

function keepOf(section: JobSection): Keep | null {
  if (section.kind === 'responsibilities') return DUTY;
  if (section.kind === 'details') return (k) => !ANSWERED_NO_RE.test(k.text);
  if (section.kind === 'niceToHave') return null;
  if (!OFFERED.has(section.kind)) return ALL;
  const conditions = CONDITIONS[section.kind];
  if (conditions !== undefined) return (k) => conditions.has(k.kind);
  if (section.kind === 'about') return (k) => HIRING_RE.test(k.text) || STATED_CONDITION(k);
  return section.kind === 'benefits' && SCHEDULE_HEADING_RE.test(section.heading ?? '')
    ? (k) => SHIFTS(k) || STATED_CONDITION(k)
    : STATED_CONDITION;
}

/**
 * The knock-outs of a job: what its posting asks of the applicant (the title, the requirements, the duties that
 * state a must, and the text of its description outside what the employer offers or says about itself). A
 * description without headings is read whole. A knock-out is a hard requirement: what a posting would like
 * ("1 year of acute care experience preferred", "Führerschein wünschenswert", nice-to-have sections) is none.
 * A saved job's knock-outs are those it keeps, when this version read them from this version's layout.
 */
export function jobKnockouts(job: KnockoutSource): Knockout[] {
  const stored = job.knockouts;
  if (stored?.version === KNOCKOUTS_VERSION && stored.layoutVersion === POSTING_LAYOUT_VERSION)
    return [...stored.items];
  return readKnockouts(job);
}

/**
 * A job's knock-outs, stamped for keeping with the saved job. They depend on the job alone, so a saved job
 * reads them once, when its details are written, not on every match report: the reading was nine tenths of a
 * report's time.
 */
export const storedKnockouts = (job: KnockoutSource): StoredKnockouts => ({
  version: KNOCKOUTS_VERSION,
  layoutVersion: POSTING_LAYOUT_VERSION,
  items: readKnockouts(job),
});

function readKnockouts(job: KnockoutSource): Knockout[] {
  const texts: string[] = [];
  const keeps: Keep[] = [];
  const add = (text: string, keep: Keep) => {
    if (PAY_ROW_RE.test(text)) return;
    texts.push(text);
    keeps.push(keep);
  };
  add(job.title, ALL);
  for (const item of job.requirements) add(item, ALL);
  for (const item of job.responsibilities) add(item, DUTY);
  const layout = currentPostingLayout(job.description, job.layout);
  // The title line is read as the job's title above, without what follows it on the line ("Registered Nurse
  // - Nights - $5,000 Sign-On Bonus" once as the title, not again as a header line).
  const title = job.title.trim();
  const ungendered = (t: string) =>
    t
      .replace(
        /\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/x|m\/w\/x|h\/f|f\/h|m\/f|m\/k|k\/m|all genders)\)/giu,
        '',
      )
      .replace(/\s+/g, ' ');
  for (const line of layout.header)
    if (title === '' || !ungendered(line).startsWith(ungendered(title))) add(line, ALL);
  for (const section of layout.sections) {
    const keep = keepOf(section);
    if (keep !== null) for (const item of section.items) add(item, keep);
  }
  const found = findKnockouts(
    texts,
    (k, t) =>
      !OFFER_RE.test(k.text) &&
      !selfDescription(k) &&
      !onlyPreferred(k) &&
      !otherMeaningOnly(k) &&
      (keeps[t] as Keep)(k),
  );
  // The same requirement read twice, once as the parser's requirement and once in the description's sentence
  // around it ("Anglais courant" and "Anglais courant, une deuxième langue serait un plus"): the longer goes.
  // A title is no such requirement ("Registered Nurse" leaves "Active Registered Nurse licence" alone).
  // The earlier texts are looked up by the lengths they have, not compared one by one: a 100,000-character
  // posting of 2,500 requirement sentences took seconds that way.
  const earlier = new Map<KnockoutKind, { texts: Set<string>; lengths: Set<number> }>();
  return found.filter((k) => {
    let seen = earlier.get(k.kind);
    if (seen === undefined) earlier.set(k.kind, (seen = { texts: new Set(), lengths: new Set() }));
    let repeated = false;
    for (const length of seen.lengths)
      if (length <= k.text.length && seen.texts.has(k.text.slice(0, length))) {
        repeated = true;
        break;
      }
    if (k.text !== title) {
      seen.texts.add(k.text);
      seen.lengths.add(k.text.length);
    }
    return !repeated;
  });
}

import { AlternationScanner } from './alternation-scanner.js';

/**
 * Knock-out requirements: conditions a posting states that a keyword score cannot judge (years of experience,
 * a degree, a licence, a clearance, a language, the right to work). They are reported for the person to
 * check, never scored.
 */
export type KnockoutKind =
  | 'experience_years'
  | 'degree'
  | 'licence_or_certification'
  | 'security_clearance'
  | 'language'
  | 'work_authorisation'
  | 'minimum_age'
  | 'shifts';

export interface Knockout {
  readonly kind: KnockoutKind;
  /** The sentence of the posting that states it. */
  readonly text: string;
}

// Language names in English, German, Polish, French and Spanish (stems, so declined forms match too).
const LANGUAGES_L10N =
  'deutsch|englisch|französisch|spanisch|polnisch|italienisch|angielsk|niemieck|francusk|hiszpańsk|polsk|anglais|allemand|français|espagnol|polonais|italien|inglés|ingles|alemán|francés|español|polaco|italiano';
const LANGUAGES =
  'english|spanish|french|german|italian|portuguese|dutch|mandarin|chinese|cantonese|japanese|korean|arabic|hindi|russian|polish|turkish|swedish|norwegian|danish|finnish|hebrew|vietnamese|thai|tagalog|urdu|bengali|punjabi|tamil|telugu|marathi|greek|czech|hungarian|romanian|ukrainian|welsh|irish|sign language|asl';

// One pattern per kind, tried in this order on each sentence; a sentence may state several kinds. Every
// look-ahead is bounded (the word that makes "5 years" a requirement of experience is looked for within 300
// characters, the most a reported sentence shows): unbounded, each "5 years" in a text without periods read
// to the end of the text, and a 100,000-character description took seconds.
const RULES: ReadonlyArray<readonly [KnockoutKind, RegExp]> = [
  [
    'experience_years',
    /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b(?=[^.]{0,300}\b(?:experience|exp|background|working|industry|practice|teaching|clinical)\b)|\b\d{1,2}\s*\+?\s*(?:jahre?n?|lat[a]?|rok|ans?|años?)\b(?=[^.]{0,80}(?:erfahrung|doświadczeni|expérience|experiencia|praxis))|(?:mindestens|min\.|minimum|al menos|au moins|co najmniej|mínim[oa])\s*(?:de\s*)?\d{1,2}\s*(?:jahre?n?|lat[a]?|ans?|años?)\b(?!\s+(?:alt|de edad|révolus))|(?:mindestens|minimum|al menos|au moins|co najmniej|mínim[oa])\s*(?:de\s*)?(?:zwei|drei|vier|fünf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|dwa|trzy|cztery|pięć)\s*(?:jahre?n?|lat[a]?|ans?|años?)\b(?!\s+(?:alt|de edad|révolus))|(?:berufserfahrung|erfahrung|doświadczeni[ae]|expérience|experiencia)[^.\n]{0,40}?\b(?:\d{1,2}|zwei|drei|vier|fünf|sechs|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|dwa|dwóch|dwu|trzy|trzech|cztery|czterech|pięć|pięciu)\s*\+?\s*(?:jahre?n?|ans?|años?|lat[a]?)\b|mehrjährige (?:berufs)?erfahrung|kilkuletnie doświadczenie|plusieurs années d'expérience|varios años de experiencia|several years(?:'|’)? (?:of )?experience|(?:minimum|min\.|co najmniej|przynajmniej)\s*(?:rok|roczne|roku)\s+doświadcz|\b\d{1,2}\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)(?:'|’)?\s+(?:of\s+)?(?:running|managing|leading|working|building|developing|designing|delivering|supporting|teaching|selling|driving|hands-on|professional|commercial|relevant|proven|post-qualification|pqe|as an?\s|in an?\s|in a similar)|\b\d{1,2}\s*\+?\s*(?:months?|monate?n?|mois|meses|miesi(?:ąc|ące|ęcy))(?:'|’)?\s+(?:of\s+)?(?:experience|erfahrung|berufserfahrung|d'expérience|de experiencia|doświadczeni)|(?:experience|erfahrung|expérience|experiencia|doświadczeni[ae])[^\n]{0,30}?\b\d{1,2}\s*(?:months?|monate?n?|mois|meses|miesi(?:ąc|ące|ęcy))\b/i,
  ],
  [
    'degree',
    /\b(?:bachelor'?s?|master'?s|master (?:of|in|en|de|degree|[12]|meef)|máster|ph\.?\s?d\.?|doctorate|doctoral|degree|b\.?sc?\.?|m\.?sc\.?|mba|bsn|msn|associate'?s? degree|diploma|graduate of|b\.?\s?tech|m\.?\s?tech|b\.\s?ed|pgce)(?![\w])|studium|hochschulabschluss|ausbildung als|abgeschlossene ausbildung|staatsexamen|wykształcenie (?:wyższe|średnie|techniczne)|studia wyższe|dyplom|diplôme|bac\s?\+\s?\d|licence professionnelle|\bbts\b|\bcap\b|titulación|título (?:universitario|de)|licenciatura|\bgrado en\b|formación profesional|\bfp\b|magisterio|schulabschluss|\babitur\b|mittlere reife|fachhochschulreife|baccalauréat|bachillerato|\bmatura\b|\bgcses\b|\bgcse (?:grades?|passes|in|at)\b|\bgcse [^.]{0,40}\bgrade\b|grado universitario|titulación universitaria|\blicence en\b|\ba[- ]levels?\b/i,
  ],
  [
    'licence_or_certification',
    /\b(?:licen[cs](?:e|ed|ing|ure)|certified|certification|certificate|registration|registered nurse|chartered|cpa|cfa|rn licen[cs]e|board[- ]certified|qualified teacher status|qts|teaching credential|cscs|cpcs|npors)\b|führerschein|staplerschein|zertifikat|zulassung|approbation|prawo jazdy|uprawnieni|certyfikat|prawo wykonywania zawodu|permis\b|titre professionnel|habilitation|caces|attestation|carnet de|carné de|homologación|certificado|colegiación|inscription à l['’]ordre|\bcisrs\b|orzeczeni\S* (?:do celów )?sanitarno|gesundheitszeugnis/i,
  ],
  [
    'security_clearance',
    /\b(?:security clearance|clearance|ts\/sci|top secret|secret clearance|background (?:check|screening)|dbs check|(?:enhanced|basic|standard) dbs|(?:obtain|hold|have|undergo) an? (?:enhanced )?dbs|vetting|polygraph|drug (?:and alcohol )?(?:test|screen)(?:ing)?)\b|führungszeugnis|sicherheitsüberprüfung|zaświadczenie o niekaralności|niekaralność|casier judiciaire|certificado de (?:antecedentes|delitos)/i,
  ],
  [
    'language',
    new RegExp(
      `\\b(?:fluent|fluency|bilingual|native speaker|mother tongue|proficien(?:t|cy) in (?:${LANGUAGES})|(?:written and spoken|spoken and written|business[- ]level|professional[- ]level) (?:${LANGUAGES})|(?:${LANGUAGES}) (?:language )?(?:skills|proficiency|fluency|speaker))\\b|(?:deutsch|englisch|französisch|spanisch|polnisch)kenntnisse|fließend|verhandlungssicher|znajomość języka|znajomość (?:${LANGUAGES_L10N})|dominio (?:del? )?(?:${LANGUAGES_L10N})|maîtrise (?:de l'|du |de la )(?:${LANGUAGES_L10N})|(?:${LANGUAGES_L10N})\\S* (?:auf|à|de|en|na) (?:niveau |nivel |poziomie )?[abc][12]\\b|(?:${LANGUAGES_L10N})\\S* (?:alto|medio|intermedio)\\b|język (?:${LANGUAGES_L10N})|(?:${LANGUAGES_L10N})\\S* (?:courant|niveau|na poziomie|fluido|avanzado|nativo|bilingüe|\\(?[abc][12]\\b)|\\b(?:${LANGUAGES}) \\(?[abc][12]\\b|niveau [abc][12]|nivel [abc][12]|poziom(?:ie)? [abc][12]|\\b[abc][12]\\b(?=[^.]{0,20}(?:${LANGUAGES_L10N}|${LANGUAGES}))`,
      'i',
    ),
  ],
  [
    'work_authorisation',
    /\b(?:authori[sz]ed to work|work authori[sz]ation|authori[sz]ation to work|right to work|eligible to work|eligibility to work|visa sponsorship|sponsorship|work permit|work visa|citizenship|citizens?\b|green card|permanent resident)|arbeitserlaubnis|aufenthaltstitel|arbeitsgenehmigung|pozwolenie na pracę|prawo do pracy|permis de travail|autorisation de travail|permiso de trabajo|autorización de trabajo|nationalité|ressortissant|nacionalidad|obywatelstw|staatsangehörigkeit|staatsbürgerschaft/i,
  ],
  [
    // An age the law or an insurer sets ("Must be 18+", "over 25 for insurance purposes"): the person can check
    // it as they check a licence. An age alone ("18 Jahre alt") is no experience.
    'minimum_age',
    /\b(?:must be|applicants must be|minimum age(?: of)?|over the age of|aged)\s*(?:over\s*|at least\s*)?(?:1[6-9]|2[0-5])\b|\b(?:1[6-9]|2[0-5])\s*(?:\+\s*)?(?:years? (?:of age|old)|or (?:over|older|above))|(?:1[6-9]|2[0-5]) jahre alt|volljährig|mindestalter|pełnolet|ukończon\S* (?:1[6-9]|2[0-5]) (?:lat|rok)|être majeure?\b|âgée? d'au moins (?:1[6-9]|2[0-5])|(?:1[6-9]|2[0-5]) ans révolus|âge minimum|avoir (?:au moins )?(?:1[6-9]|2[0-5]) ans|(?:1[6-9]|2[0-5]) años cumplidos|tener (?:al menos )?(?:1[6-9]|2[0-5]) años|mayor(?:es)? de edad|mayor(?:es)? de (?:1[6-9]|2[0-5]) años|edad mínima/i,
  ],
  [
    'shifts',
    // "On call handling", "inbound call centre": a phone call, not on-call duty.
    /\b(?:shifts?|night work|nights|weekends?|on[- ]call(?![- ](?:handling|cent(?:re|er)s?|agents?|quality|volumes?|scripts?|logs?|recordings?|routing|queues?|flows?|monitoring|notes|outcomes?|targets?|metrics|listening|coaching|reviews?|handlers?)\b)|rotating schedule|overtime)\b|schicht|nachtdienst|wochenend|bereitschaftsdienst|früh- und spätdienst|spätdienst|zmianow|zmiany nocne|weekendy|w weekendy|dyżur|travail posté|en (?:2|3)x8|horaires décalés|travail de nuit|week-ends?|astreinte|turnos?|fines de semana|nocturno|samstag(?:s|en)|sonntag(?:s|en)|sonn- und feiertag|samedis?\b|dimanches?\b|sábados|domingos|festivos|w soboty|w niedziele|\bsaturdays\b|\bsundays\b|disponibilidad horaria|disponibilité horaire|dyspozycyjn|prac\S* w nocy|nocne zmiany/i,
  ],
];

/** The rules, in the order a sentence is tested (exported for the scan's equivalence test). */
export const KNOCKOUT_RULES: ReadonlyArray<readonly [KnockoutKind, RegExp]> = RULES;

const MAX_TEXT = 300;

/** The top-level alternatives of a pattern source (splits at `|` outside groups and classes). */
function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

// All rules as one alternation matched against the lower-cased text: one pass over a posting instead of one per
// kind (the scan dominates a match report's cost). A hit's sentence is then tested rule by rule. Its tables
// (~0.9 MB, ~25 ms to build) are made on the first scan, not when the domain loads: a server that never
// matches a posting does not pay for them.
let scanner: AlternationScanner | undefined;
const theScanner = (): AlternationScanner =>
  (scanner ??= new AlternationScanner(RULES.map(([, re]) => alternativesOf(re.source))));

/** Whether a UTF-16 code unit ends a sentence when whitespace follows: `[\n.!?;]`. */
const isBoundary = (code: number): boolean =>
  code === 10 || code === 46 || code === 33 || code === 63 || code === 59;

/**
 * Whether a UTF-16 code unit is what a RegExp `\s` matches (NaN, past the end, is not). Compared by code
 * instead of testing one-character strings against a pattern: the sentence walk below visits every
 * character of each hit's sentence, and a regex call per character was a tenth of a match report's cost.
 */
export function isRegExpSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// Abbreviations postings write before a number or a class ("min. 3 lata doświadczenia", "prawo jazdy kat. B",
// "mín. 2 años", "ca. 5 Jahre"): their full stop ends no sentence. Split there, the requirement lost its
// number ("prawo jazdy kat.") or was not reported at all.
const ABBREVIATIONS = new Set([
  'min',
  'mín',
  'max',
  'máx',
  'kat',
  'np',
  'ok',
  'ca',
  'approx',
  'incl',
  'inkl',
  'bzw',
  'ggf',
  'nr',
  'ds',
  'vs',
]);
const LONGEST_ABBREVIATION = 6;

/** Whether the full stop at `dot` closes an abbreviation (a look-back of at most 7 characters). */
function closesAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && dot - from <= LONGEST_ABBREVIATION && /\p{L}/u.test(text.charAt(from - 1))) from--;
  if (from > 0 && /\p{L}/u.test(text.charAt(from - 1))) return false;
  // An initialism's last letter ("U.S. citizenship", "e.g. Excel", "z.B. SAP"): one letter after a full stop.
  if (dot - from === 1 && from >= 2 && text.charAt(from - 1) === '.' && /\p{L}/u.test(text.charAt(from - 2)))
    return true;
  return ABBREVIATIONS.has(text.slice(from, dot).toLowerCase());
}

/** Whether the character at `i` ends a sentence: a line break, or one of .!?; before whitespace or the end. */
function endsSentence(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 10) return true;
  if (!isBoundary(code) || (i + 1 < text.length && !isRegExpSpace(text.charCodeAt(i + 1)))) return false;
  return code !== 46 || !closesAbbreviation(text, i);
}

function sentenceAround(text: string, at: number): { start: number; length: number; text: string } {
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 10) break;
    end++;
    if (endsSentence(text, end - 1)) break;
  }
  const raw = text.slice(start, end);
  const stripped = raw.replace(/^\s*(?:[-*•·▪●◦–]|\d+[.)])\s*/u, '').trim();
  return { start, length: end - start, text: stripped };
}

// Testing every rule on each hit's sentence was about a sixth of a match report, though most rules have no match
// there. A rule can only match where one of its alternatives begins, which the scanner's tables tell without
// running a pattern. They read lower-cased text. The rules, case-insensitive and written in lower case, read a
// sentence and its lower-cased copy alike when lowering keeps each character one code unit, of the same class
// (`\w`, `\s`, `\d`) and case-insensitively equal to the same rule characters as before. That holds below U+0180
// but for İ (U+0130, which becomes two), and for the caseless punctuation and symbols postings use (dashes,
// quotes, bullets, currency signs, arrows, shapes); knockouts-scan.test.ts checks it character by character.
// Other sentences, and rules not written in lower case, test every rule.
const isCaseSafe = (code: number): boolean =>
  code < 0x180
    ? code !== 0x130
    : (code >= 0x2000 && code <= 0x206f) || // general punctuation: dashes, quotes, bullets, spaces
      (code >= 0x20a0 && code <= 0x20cf) || // currency signs
      (code >= 0x2190 && code <= 0x23ff) || // arrows, mathematical operators, technical symbols
      (code >= 0x2500 && code <= 0x27bf); // box drawing, shapes, symbols, dingbats
const RULES_IN_LOWER_CASE = RULES.every(([, re]) => {
  const literal = re.source.replace(/\\./g, '');
  return re.flags === 'i' && literal === literal.toLowerCase();
});
const EVERY_RULE = (1 << RULES.length) - 1;

/** Whether the rules match a text as they match it lower-cased (exported for the test that checks it). */
export function rulesReadLowerCasedAlike(text: string): boolean {
  if (!RULES_IN_LOWER_CASE) return false;
  for (let i = 0; i < text.length; i++) if (!isCaseSafe(text.charCodeAt(i))) return false;
  return true;
}

/** The rules that may match in a sentence, as bits (rule 0 the lowest): all that do, and few that do not. */
function rulesThatMayMatch(sentence: string): number {
  if (!rulesReadLowerCasedAlike(sentence)) return EVERY_RULE;
  return theScanner().groupsBeginningIn(sentence.toLowerCase());
}

// No cache by text: a job is compiled once per use (CompiledJob), and hashing and keeping every text of a
// stream of new postings cost more than the scan it saved.
function knockoutsOf(original: string): readonly { start: number; rule: number; knockout: Knockout }[] {
  const out: { start: number; rule: number; knockout: Knockout }[] = [];
  const text = original.toLowerCase();
  const scan = theScanner();
  for (let from = 0; scan.next(text, from);) {
    const sentence = sentenceAround(original, scan.start);
    // Continue after this sentence: all its kinds are collected now.
    from = Math.max(scan.end, sentence.start + sentence.length);
    if (sentence.text === '') continue;
    const candidates = rulesThatMayMatch(sentence.text);
    RULES.forEach(([kind, re], rule) => {
      if ((candidates & (1 << rule)) === 0 || !re.test(sentence.text)) return;
      const shown =
        sentence.text.length > MAX_TEXT ? sentence.text.slice(0, MAX_TEXT - 1) + '…' : sentence.text;
      out.push({ start: sentence.start, rule, knockout: { kind, text: shown } });
    });
  }
  return out;
}

/**
 * Finds knock-out requirements in a posting's text, in the order the posting states them. The same
 * sentence reported under several kinds appears once per kind; repeated sentences appear once.
 */
export function findKnockouts(
  texts: readonly string[],
  /** Whether a knock-out found in `texts[t]` is kept (all are by default). */
  keep: (knockout: Knockout, t: number) => boolean = () => true,
): Knockout[] {
  const found: { t: number; start: number; rule: number; knockout: Knockout }[] = [];
  const seen = new Set<string>();
  texts.forEach((text, t) => {
    for (const k of knockoutsOf(text)) {
      if (!keep(k.knockout, t)) continue;
      const id = `${k.knockout.kind}\u0000${k.knockout.text}`;
      if (seen.has(id)) continue;
      seen.add(id);
      found.push({ t, ...k });
    }
  });
  return found.sort((a, b) => a.t - b.t || a.start - b.start || a.rule - b.rule).map((f) => f.knockout);
}

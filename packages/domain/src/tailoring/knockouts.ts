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
  | 'work_authorisation';

export interface Knockout {
  readonly kind: KnockoutKind;
  /** The sentence of the posting that states it. */
  readonly text: string;
}

const LANGUAGES =
  'english|spanish|french|german|italian|portuguese|dutch|mandarin|chinese|cantonese|japanese|korean|arabic|hindi|russian|polish|turkish|swedish|norwegian|danish|finnish|hebrew|vietnamese|thai|tagalog|urdu|bengali|punjabi|tamil|telugu|marathi|greek|czech|hungarian|romanian|ukrainian|welsh|irish|sign language|asl';

// One pattern per kind, tried in this order on each sentence; a sentence may state several kinds.
const RULES: ReadonlyArray<readonly [KnockoutKind, RegExp]> = [
  [
    'experience_years',
    /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b(?=[^.]*\b(?:experience|exp|background|working|industry|practice|teaching|clinical)\b)/i,
  ],
  [
    'degree',
    /\b(?:bachelor'?s?|master'?s?|ph\.?\s?d\.?|doctorate|doctoral|degree|b\.?sc?\.?|m\.?sc\.?|mba|bsn|msn|associate'?s? degree|diploma|graduate of|b\.?\s?tech|m\.?\s?tech|b\.?ed|pgce)(?![\w])/i,
  ],
  [
    'licence_or_certification',
    /\b(?:licen[cs](?:e|ed|ing|ure)|certified|certification|certificate|registration|registered nurse|chartered|cpa|cfa|rn licen[cs]e|board[- ]certified|qualified teacher status|qts|teaching credential)\b/i,
  ],
  [
    'security_clearance',
    /\b(?:security clearance|clearance|ts\/sci|top secret|secret clearance|background (?:check|screening)|dbs check|vetting|polygraph)\b/i,
  ],
  [
    'language',
    new RegExp(
      `\\b(?:fluent|fluency|bilingual|native speaker|mother tongue|proficien(?:t|cy) in (?:${LANGUAGES})|(?:written and spoken|spoken and written|business[- ]level|professional[- ]level) (?:${LANGUAGES})|(?:${LANGUAGES}) (?:language )?(?:skills|proficiency|fluency|speaker))\\b`,
      'i',
    ),
  ],
  [
    'work_authorisation',
    /\b(?:authori[sz]ed to work|work authori[sz]ation|authori[sz]ation to work|right to work|eligible to work|eligibility to work|visa sponsorship|sponsorship|work permit|work visa|citizenship|citizens?\b|green card|permanent resident)/i,
  ],
];

const MAX_TEXT = 300;

function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const stripped = line.replace(/^\s*(?:[-*•·▪●◦–]|\d+[.)])\s*/u, '').trim();
    if (stripped === '') continue;
    for (const s of stripped.split(/(?<=[.!?;])\s+(?=[A-Z(])/)) {
      const t = s.trim();
      if (t !== '') out.push(t);
    }
  }
  return out;
}

/**
 * Finds knock-out requirements in a posting's text, in the order the posting states them. The same
 * sentence reported under several kinds appears once per kind; repeated sentences appear once.
 */
export function findKnockouts(texts: readonly string[]): Knockout[] {
  const out: Knockout[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      for (const [kind, re] of RULES) {
        if (!re.test(sentence)) continue;
        const shown = sentence.length > MAX_TEXT ? sentence.slice(0, MAX_TEXT - 1) + '…' : sentence;
        const id = `${kind}\u0000${shown}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ kind, text: shown });
      }
    }
  }
  return out;
}

import { alignKeywordSpelling } from './keyword-spelling.js';
import { verbForm } from './verbs.js';

// Filler openings and what they become. Each replacement keeps the claim's strength: "helped" stays a
// contribution, "responsible for" becomes ownership of the same thing, nothing is upgraded into a result.
const OPENERS: Array<[RegExp, string]> = [
  [/^(?:was |were )?(?:responsible|accountable) for /iu, '@own'],
  [/^(?:in charge of|tasked with|duties included|responsibilities included) /iu, '@own'],
  [/^(?:was |were )?(?:involved in|participated in|took part in) /iu, 'Contributed to '],
  [/^worked on /iu, 'Contributed to '],
  [/^worked (?:closely )?with /iu, 'Collaborated with '],
  [/^assisted (?:in|with) /iu, 'Supported '],
  [/^helped (?:to )?/iu, 'Helped '],
  [/^utili[sz]ed /iu, 'Used '],
];

// Wordy phrases and their tight equivalents; removals are words that carry no fact.
const TIGHTEN: Array<[RegExp, string]> = [
  [/\bin order to\b/giu, 'to'],
  [/\butili[sz](e|es|ed|ing)\b/giu, 'us$1'],
  [/\bon a (daily|weekly|monthly) basis\b/giu, '$1'],
  [/\ba (?:wide )?variety of\b/giu, 'varied'],
  [/\b(?:successfully|effectively|basically|really|very) /giu, ''],
  [/\bvarious /giu, ''],
  [/\bin a timely manner\b/giu, 'promptly'],
  [/\bwith the goal of\b/giu, 'to'],
  [/\bfor the purpose of\b/giu, 'for'],
  [/\bprior to\b/giu, 'before'],
  [/\bin the process of\b/giu, ''],
];

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const normaliseSpace = (text: string): string =>
  text
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:])/gu, '$1')
    .trim();

// Words after which a noun phrase ends ("and assessments for 120 students"), and endings only nouns have.
const NOT_AN_OBJECT = /^(?:for|to|in|on|with|at|by|of|from|and|or|across|per|using|via|into|within|under)$/iu;
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ist|ure|ery|ics|al)$/iu;

/**
 * A word the lexicon does not know that reads as a verb in the bullet's form with its object after it:
 * "and rotate perishables" (base form, no plural -s, followed by a word that is not a preposition),
 * "and rotates stock" (third person). "and lessons", "and assessment rubrics" or "and desserts for …" do not.
 */
function readsAsVerb(word: string, next: string | undefined, form: string): boolean {
  if (next === undefined || NOT_AN_OBJECT.test(next) || NOUN_ENDING.test(word) || /^\p{Lu}/u.test(word))
    return false;
  const plural = /[^s]s$/u.test(word);
  return form === 'third' ? plural : form === 'base' && !plural;
}

/**
 * The rest of a bullet with its later verbs in the past tense ("… and adjust instruction" → "… and adjusted
 * instruction"): the known verbs after "and"/"or" in the first verb's form. Undefined when one of them could
 * be a noun ("and support staff") or a gerund ("and training"), which a lexicon cannot tell from a verb, or
 * when an unknown word reads as a verb ("and rotate perishables"): the bullet then keeps its own tense.
 */
function laterVerbsInPast(text: string, form: string): string | undefined {
  let unsure = false;
  const rest = text.replace(
    /\b(and|or)(\s+)([A-Za-z]+)\b(?=\s*([A-Za-z]+)?)/gu,
    (whole, conjunction, space, word: string, next: string | undefined) => {
      const later = verbForm(word);
      if (!later) {
        if (readsAsVerb(word, next, form)) unsure = true;
        return whole;
      }
      if (later.form !== form) return whole;
      if (!later.verbOnly || form === 'gerund') unsure = true;
      return `${conjunction}${space}${later.past}`;
    },
  );
  return unsure ? undefined : rest;
}

/**
 * Puts a leading verb (any form) into the past tense, and the verbs coordinated with it ("Plan and deliver",
 * "Design, build and test") too, so a bullet never mixes forms. `undefined` when the bullet does not start
 * with a known verb, or when a coordinated word is not one (the bullet then keeps its own tense).
 */
function leadWithPast(text: string): string | undefined {
  const match = /^([A-Za-z]+)(\b.*)$/su.exec(text);
  if (!match) return undefined;
  const verb = verbForm(match[1] as string);
  if (!verb) return undefined;
  let rest = match[2] as string;
  let done = '';
  for (;;) {
    const next = /^((?:,\s*(?:and\s+)?|\s+(?:and|&)\s+|\s*\/\s*))([A-Za-z]+)(\b.*)$/su.exec(rest);
    if (!next) break;
    const joined = verbForm(next[2] as string);
    if (!joined) {
      // "Plan and ..." followed by a word the lexicon does not know: a verb or a noun? Keep the tense.
      if (
        /^\s+(?:and|&)\s+$/u.test(next[1] as string) &&
        done === '' &&
        !/^(?:the|a|an|my|our)$/iu.test(next[2] as string)
      )
        return undefined;
      break;
    }
    done += `${next[1]}${joined.past}`;
    rest = next[3] as string;
  }
  // "Administer medications and document care": a second verb further on, in the same form as the first.
  // It takes the past tense too when it can only be a verb; when it could be a noun ("and support teams")
  // the bullet keeps its own (consistent) tense rather than risk "Administered … and document".
  if (verb.form !== 'past') {
    const later = laterVerbsInPast(rest, verb.form);
    if (later === undefined) return undefined;
    rest = later;
  }
  return `${capitalise(verb.past)}${done}${rest}`;
}

/**
 * Tightens one resume bullet and makes it lead with an action verb in the past tense, adding no fact: the
 * result uses only the bullet's own words, known verb forms, and the few connective words of `OPENERS`.
 */
export function rewriteBullet(original: string, keywords: readonly string[] = []): string {
  let text = normaliseSpace(original.replace(/^[\s•*\-–▪◦·]+/u, '')).replace(/\.$/u, '');
  if (text === '') return original.trim();
  for (const [pattern, replacement] of OPENERS) {
    if (!pattern.test(text)) continue;
    const rest = text.replace(pattern, '');
    if (replacement === '@own') {
      // "Responsible for managing X" → "Managed X"; "Responsible for the X" → "Owned X".
      text = leadWithPast(rest) ?? `Owned ${rest}`;
    } else {
      text = `${replacement}${rest}`;
    }
    break;
  }
  for (const [pattern, replacement] of TIGHTEN) text = text.replace(pattern, replacement);
  text = normaliseSpace(text);
  text = leadWithPast(text) ?? text;
  return capitalise(alignKeywordSpelling(text, keywords));
}

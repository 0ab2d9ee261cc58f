/**
 * Spoken languages claimed in a sentence, and how well: "I speak fluent Spanish", "Ich spreche fließend
 * Englisch", "Biegle znam język angielski", "Mówię biegle po francusku", "Je parle couramment anglais",
 * "Hablo inglés con fluidez". The language's name is written differently in each of the five languages, and
 * German and Polish do not capitalise it as a name, so neither is left to the name check.
 */
import type { ProfileContent } from '../profiles/profile-content.js';
import { fold } from './claim-names.js';

const NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['angielsku', 'english', 'englisch', 'angielski', 'angielskiego', 'angielskim', 'anglais', 'ingles'],
  de: ['niemiecku', 'german', 'deutsch', 'niemiecki', 'niemieckiego', 'niemieckim', 'allemand', 'aleman'],
  fr: [
    'francusku',
    'french',
    'franzosisch',
    'francuski',
    'francuskiego',
    'francuskim',
    'francais',
    'frances',
  ],
  es: [
    'hiszpansku',
    'spanish',
    'spanisch',
    'hiszpanski',
    'hiszpanskiego',
    'hiszpanskim',
    'espagnol',
    'espanol',
    'castellano',
  ],
  pl: ['polsku', 'polish', 'polnisch', 'polski', 'polskiego', 'polskim', 'polonais', 'polaco'],
  it: ['wlosku', 'italian', 'italienisch', 'wloski', 'wloskiego', 'italien', 'italiano'],
  pt: ['portugalsku', 'portuguese', 'portugiesisch', 'portugalski', 'portugais', 'portugues'],
  ru: ['rosyjsku', 'russian', 'russisch', 'rosyjski', 'rosyjskiego', 'russe', 'ruso'],
  uk: ['ukrainsku', 'ukrainian', 'ukrainisch', 'ukrainski', 'ukrainskiego', 'ukrainien', 'ucraniano'],
  zh: ['chinsku', 'chinese', 'mandarin', 'cantonese', 'chinesisch', 'chinski', 'chinois', 'chino'],
  ar: ['arabsku', 'arabic', 'arabisch', 'arabski', 'arabe'],
  hi: ['hindi'],
  ja: ['japonsku', 'japanese', 'japanisch', 'japonski', 'japonais', 'japones'],
  nl: ['holendersku', 'dutch', 'niederlandisch', 'holenderski', 'neerlandais', 'neerlandes'],
  tr: ['turecku', 'turkish', 'turkisch', 'turecki', 'turc', 'turco'],
};
const LANGUAGE_OF = new Map<string, string>(
  Object.entries(NAMES).flatMap(([code, names]) => names.map((name) => [name, code] as const)),
);

// Levels, lowest to highest, by the CEFR and the words people use for them (folded: no accents).
const LEVELS: ReadonlyArray<readonly [number, RegExp]> = [
  [
    6,
    /native|mother tongue|muttersprach\w*|ojczyst\w*|natif|maternelle|nativ[oa]|lengua materna|bilingu\w*|zweisprachig|dwujezyczn\w*|c2/u,
  ],
  [
    5,
    /fluent\w*|fliessend|verhandlungssicher|biegl\w*|plynn\w*|courant\w*|couramment|fluid\w*|con fluidez|con soltura|business|professional working|c1/u,
  ],
  [
    4,
    /b2|very good|sehr gut\w*|bardzo dobr\w*|tres bon\w*|muy bueno|advanced|fortgeschritten\w*|zaawansowan\w*|avance|avanzado/u,
  ],
  [3, /b1|good|gut\w*|intermediate|komunikatywn\w*|dobr\w*|intermediaire|intermedio|conversational/u],
  [2, /a2|basic|grundkenntnisse|podstawow\w*|notions|basico|elementary/u],
  [1, /a1|beginner|anfanger\w*|poczatkuj\w*|debutant|principiante/u],
];
const SPEAKING =
  /speak\w*|spoken|language|spreche\w*|sprache\w*|kenntnisse|mowi\w*|jezyk\w*|znajomosc\w*|znam|parle\w*|langue\w*|hablo|idioma\w*|lengua/u;

function levelOf(text: string): number | null {
  // A rating ("4/5", from "●●●●○"): at most fluent, 5 of 5 included; being a native speaker is stated in words.
  const rating = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/u.exec(text);
  if (rating !== null && Number(rating[2]) > 0)
    return Math.max(1, Math.min(5, Math.round((5 * Number(rating[1])) / Number(rating[2]))));
  const folded = fold(text);
  for (const [rank, words] of LEVELS)
    if (new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.source})(?![\\p{L}\\p{N}])`, 'u').test(folded)) return rank;
  return null;
}

export interface LanguageClaim {
  readonly text: string;
  readonly supported: boolean;
  readonly reason: string;
  /** The profile's language entry (its position) the claim was checked against, if any. */
  readonly index: number | null;
}

export interface SpokenLanguage {
  /** Its level, 1 (A1) to 6 (native); null when the profile gives none that can be read. */
  readonly level: number | null;
  readonly index: number;
}

/** The profile's languages by code. */
export function profileLanguages(profile: ProfileContent): ReadonlyMap<string, SpokenLanguage> {
  const out = new Map<string, SpokenLanguage>();
  profile.languages.forEach((l, index) => {
    const code = LANGUAGE_OF.get(fold(l.language).trim());
    if (code !== undefined) out.set(code, { level: l.fluency ? levelOf(l.fluency) : null, index });
  });
  return out;
}

/**
 * The languages a sentence claims to speak: each must be one of the profile's, at a level no higher than
 * the profile gives it (a stated level the profile does not give is not supported).
 */
export function languageClaims(
  sentence: string,
  known: ReadonlyMap<string, SpokenLanguage>,
): LanguageClaim[] {
  const folded = fold(sentence);
  const sentenceLevel = levelOf(sentence);
  if (sentenceLevel === null && !SPEAKING.test(folded)) return [];
  const claims: LanguageClaim[] = [];
  const seen = new Set<string>();
  const mentions = [...folded.matchAll(/\p{L}+/gu)].filter((m) => LANGUAGE_OF.has(m[0]));
  // Each language at the level stated right after it ("inglés (B2) y alemán (A2)"), else at the one stated
  // before them all ("fluent in English and German"), else at the sentence's ("English and German, fluently").
  const before = levelOf(folded.slice(0, mentions[0]?.index ?? 0));
  mentions.forEach((mention, i) => {
    const word = mention[0];
    const code = LANGUAGE_OF.get(word);
    if (code === undefined || seen.has(code)) return;
    seen.add(code);
    const after = folded.slice(mention.index + word.length, mentions[i + 1]?.index ?? folded.length);
    const level = levelOf(after) ?? before ?? sentenceLevel;
    const held = known.get(code);
    if (held === undefined) {
      claims.push({ text: word, supported: false, reason: `the profile lists no ${word}`, index: null });
      return;
    }
    const supported = level === null || (held.level !== null && level <= held.level);
    claims.push({
      text: word,
      supported,
      index: held.index,
      reason: supported
        ? 'the profile lists this language at this level'
        : held.level === null
          ? 'the profile gives no level for this language'
          : 'the profile gives a lower level for this language',
    });
  });
  return claims;
}

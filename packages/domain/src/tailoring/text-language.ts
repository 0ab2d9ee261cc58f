/**
 * Which of the five languages a text is written in, by its function words: enough to tell a cover letter
 * written in French from a profile written in English. Null when no language clearly leads.
 */
export type TextLanguage = 'en' | 'de' | 'fr' | 'es' | 'pl';

// Function words one language uses and the others do not (shared ones such as "de", "la", "en" are left out).
const FUNCTION_WORDS: Readonly<Record<TextLanguage, RegExp>> = {
  en: /(?<!\p{L})(?:the|and|of|to|with|for|my|have|was|at|by|this|that|is|as|from|our|over)(?!\p{L})/giu,
  de: /(?<!\p{L})(?:der|die|das|und|ich|mit|bei|für|von|zu|den|dem|im|ein|eine|habe|als|auf|ist|wurde|meine[nmr]?)(?!\p{L})/giu,
  fr: /(?<!\p{L})(?:le|les|et|des|du|une|je|avec|pour|dans|chez|au|aux|est|mon|mes|ai|sur|par|qui|cette|nos|notre|votre|été|mais|où|ont|sont|plus)(?!\p{L})/giu,
  es: /(?<!\p{L})(?:el|los|las|y|del|una|con|para|mi|mis|por|que|al|como|he|sobre|más|este|esta|fue|son|han|nuestro|nuestra|sus|también|donde)(?!\p{L})/giu,
  pl: /(?<!\p{L})(?:w|z|na|do|się|oraz|dla|jako|od|po|że|jest|ze|we|przez|moje|mój)(?!\p{L})/giu,
};

// The English pronoun before a lower-case word ("I wrote 350 test cases in Selenium"): no other of the five
// languages writes a lone capital "I" before its verb, so it tells a short English sentence on its own.
const ENGLISH_PRONOUN = /(?<![\p{L}'’])I(?:'m|’m|'ve|’ve|'d|’d)?(?=\s+\p{Ll})/gu;

export function textLanguage(text: string): TextLanguage | null {
  let best: TextLanguage | null = null;
  let bestHits = 0;
  let tie = false;
  for (const [language, words] of Object.entries(FUNCTION_WORDS) as [TextLanguage, RegExp][]) {
    const pronouns = language === 'en' ? 2 * (text.match(ENGLISH_PRONOUN)?.length ?? 0) : 0;
    const hits = (text.match(words)?.length ?? 0) + pronouns;
    if (hits > bestHits) [best, bestHits, tie] = [language, hits, false];
    else if (hits === bestHits && hits > 0) tie = true;
  }
  if (bestHits >= 2 && !tie) return best;
  // A short sentence has few function words: letters only one of the languages writes tell it then.
  return LETTERS.find(([, letters]) => letters.test(text))?.[0] ?? null;
}

const LETTERS: ReadonlyArray<readonly [TextLanguage, RegExp]> = [
  ['pl', /[ąćęłńśźż]/iu],
  ['de', /[äöüß]/iu],
  ['es', /[ñ¿¡áíóú]/iu],
  ['fr', /[èêëçàùœîï]/iu],
];

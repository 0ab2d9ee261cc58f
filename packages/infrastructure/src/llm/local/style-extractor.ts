import type { WritingStyle } from '@tailor/domain';
import { verbForm } from './verbs.js';
import { BULLET, sentences } from './text-tools.js';

const FIRST_PERSON = /\b(i|me|my|mine|we|our|us)\b/giu;
const THIRD_PERSON = /\b(he|she|his|her|hers|they|their)\b/giu;

/** Measures a person's writing from their own samples: no model, only counting. */
export function extractStyle(samples: readonly string[]): WritingStyle {
  const units = samples.flatMap((sample) =>
    sample
      .split(/\n+/u)
      .map((line) => line.replace(BULLET, '').trim())
      .filter(Boolean)
      .flatMap((line) => sentences(line)),
  );
  const wordCounts = units.map((unit) => unit.split(/\s+/u).filter(Boolean).length);
  const averageSentenceWords =
    wordCounts.length === 0
      ? 0
      : Math.round((wordCounts.reduce((sum, count) => sum + count, 0) / wordCounts.length) * 10) / 10;

  const text = samples.join('\n');
  const first = text.match(FIRST_PERSON)?.length ?? 0;
  const third = text.match(THIRD_PERSON)?.length ?? 0;
  const person: WritingStyle['person'] =
    first === 0 && third === 0 ? 'implied' : first >= third ? 'first' : 'third';

  const leading = units
    .map((unit) => /^[A-Za-z]+/u.exec(unit)?.[0] ?? '')
    .map((word) => ({ word: word.toLowerCase(), verb: verbForm(word) }))
    .filter((entry) => entry.verb !== undefined);
  const past = leading.filter((entry) => entry.verb?.form === 'past').length;
  const present = leading.length - past;
  const tense: WritingStyle['tense'] =
    leading.length === 0 || (past / leading.length < 0.7 && present / leading.length < 0.7)
      ? 'mixed'
      : past > present
        ? 'past'
        : 'present';

  const verbFirstShare = units.length === 0 ? 0 : leading.length / units.length;
  const sentenceShare =
    units.length === 0
      ? 0
      : units.filter((unit) => /[.!?]$/u.test(unit) && /\b(i|we|he|she|they)\b/iu.test(unit)).length /
        units.length;
  const bulletForm: WritingStyle['bulletForm'] =
    verbFirstShare >= 0.5 ? 'verb_first' : sentenceShare >= 0.5 ? 'sentence' : 'noun_phrase';

  const counts = new Map<string, number>();
  for (const entry of leading) counts.set(entry.word, (counts.get(entry.word) ?? 0) + 1);
  const favouriteVerbs = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([word]) => word);

  return { averageSentenceWords, person, tense, bulletForm, favouriteVerbs };
}

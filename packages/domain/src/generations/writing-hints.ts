import { phraseKey } from '../jobs/keyword-text.js';
import type { WritingStyle } from '../llm/llm-tasks.js';
import type { GenerationTone } from './generation.js';

// How options reach the model. The task contracts (llm-tasks.ts) carry no free-text field, and this is on
// purpose: a user's `instructions` are untrusted, so they are never pasted into a prompt. They steer the
// writing only through the typed variables: the keywords they mention are moved to the front of the
// keyword hints (emphasis), and the tone picks a writing style. Neither can add a fact, and the
// truthfulness gate checks the output whatever the hints were.

const TONE_STYLES: Record<GenerationTone, WritingStyle | null> = {
  // No style: the model's (or the local engine's) plain professional default.
  professional: null,
  confident: {
    averageSentenceWords: 16,
    person: 'implied',
    tense: 'past',
    bulletForm: 'verb_first',
    favouriteVerbs: ['delivered', 'built', 'improved', 'shipped'],
  },
  friendly: {
    averageSentenceWords: 18,
    person: 'first',
    tense: 'mixed',
    bulletForm: 'sentence',
    favouriteVerbs: [],
  },
  concise: {
    averageSentenceWords: 11,
    person: 'implied',
    tense: 'past',
    bulletForm: 'verb_first',
    favouriteVerbs: [],
  },
};

export function styleForTone(tone: GenerationTone): WritingStyle | null {
  const style = TONE_STYLES[tone];
  return style ? { ...style, favouriteVerbs: [...style.favouriteVerbs] } : null;
}

/**
 * The job's keywords, with those the instructions mention first (in the job's order), then the rest.
 * Only the job's own keywords can be emphasised: the instructions cannot add a term.
 */
export function emphasiseKeywords(keywords: readonly string[], instructions: string | null): string[] {
  const unique = keywords.filter((k, i) => keywords.indexOf(k) === i);
  if (!instructions) return unique;
  const text = ` ${phraseKey(instructions)} `;
  const mentioned = unique.filter((k) => {
    const key = phraseKey(k);
    return key !== '' && text.includes(` ${key} `);
  });
  return [...mentioned, ...unique.filter((k) => !mentioned.includes(k))];
}

/** Keyword hints without terms the gate flagged in a first draft (the feedback of the retry). */
export function withoutFlaggedTerms(keywords: readonly string[], flagged: readonly string[]): string[] {
  const bad = flagged.map((f) => ` ${phraseKey(f)} `);
  return keywords.filter((k) => !bad.some((b) => b.includes(` ${phraseKey(k)} `)));
}

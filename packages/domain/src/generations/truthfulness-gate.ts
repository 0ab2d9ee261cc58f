import type { CoverLetterContent } from '../documents/document.js';
import { splitSentences } from '../tailoring/sentences.js';
import type { TailoredResumeContent } from '../tailoring/tailored-resume.js';
import { checkTruthfulness, type CompiledProfileFacts, type TruthClaim } from '../tailoring/truthfulness.js';
import type { GateRemoval } from './generation.js';
import type { PlannedBullet } from './resume-plan.js';

// The pipeline's use of the truthfulness gate: each line the model wrote is checked on its own, so that an
// unsupported claim costs only its line. A rewritten bullet that fails falls back to the profile's own bullet
// (checked too); a summary that fails falls back to the profile's summary; a cover-letter sentence that fails
// is dropped. What was removed, and the claims that caused it, are reported.

/**
 * Share (0…1) of model-written lines the gate may remove before a draft counts as gutted: above it the draft
 * is written once more, and a second gutted draft fails the generation (GENERATION.UNSUPPORTED_CONTENT).
 */
export const MAX_REMOVED_SHARE = 0.3;

const EMPTY_RESUME: TailoredResumeContent = {
  summary: null,
  experiences: [],
  skills: [],
  projects: [],
  education: [],
};

const unsupported = (claims: readonly TruthClaim[]): TruthClaim[] =>
  claims.filter((c) => c.verdict === 'unsupported');

/** The unsupported claims of one bullet, checked against the item it cites (and only that). */
function bulletFindings(
  facts: CompiledProfileFacts,
  bullet: PlannedBullet,
  text: string,
  allowed: readonly string[],
): TruthClaim[] {
  const p = facts.profile;
  const line = { text, sourceRefs: [{ section: bullet.section, itemId: bullet.itemId }] };
  let content: TailoredResumeContent;
  if (bullet.section === 'experiences') {
    const e = p.experiences.find((x) => x.id === bullet.itemId);
    if (!e) return [];
    content = {
      ...EMPTY_RESUME,
      experiences: [
        {
          itemId: e.id,
          title: e.title,
          company: e.company,
          startDate: e.startDate,
          endDate: e.current ? null : e.endDate,
          current: e.current,
          bullets: [line],
        },
      ],
    };
  } else {
    const pr = p.projects.find((x) => x.id === bullet.itemId);
    if (!pr) return [];
    content = { ...EMPTY_RESUME, projects: [{ itemId: pr.id, name: pr.name, bullets: [line] }] };
  }
  return unsupported(checkTruthfulness(facts, { kind: 'resume', content }, { allowedNames: allowed }).claims);
}

function summaryFindings(
  facts: CompiledProfileFacts,
  text: string,
  allowed: readonly string[],
): TruthClaim[] {
  const content = { ...EMPTY_RESUME, summary: { text, sourceRefs: [] } };
  return unsupported(checkTruthfulness(facts, { kind: 'resume', content }, { allowedNames: allowed }).claims);
}

function textFindings(facts: CompiledProfileFacts, text: string, allowed: readonly string[]): TruthClaim[] {
  return unsupported(checkTruthfulness(facts, { kind: 'text', text }, { allowedNames: allowed }).claims);
}

export interface GatedResumeLines {
  /** Kept bullet texts, same order as the planned bullets; `null` where a bullet was dropped. */
  bullets: (string | null)[];
  summary: string | null;
  removed: GateRemoval[];
  linesChecked: number;
}

export function gateResumeLines(
  facts: CompiledProfileFacts,
  planned: readonly PlannedBullet[],
  written: readonly string[],
  summary: string | null,
  allowedNames: readonly string[],
): GatedResumeLines {
  const removed: GateRemoval[] = [];
  const bullets = planned.map((b, i) => {
    const text = written[i] ?? b.original;
    const claims = bulletFindings(facts, b, text, allowedNames);
    if (claims.length === 0) return text;
    // The profile's own bullet states nothing new: it is always a safe fallback.
    const fallback = b.original.trim() !== '' ? b.original : null;
    removed.push({
      section: b.section,
      itemId: b.itemId,
      text,
      action: fallback === null ? 'dropped' : 'reverted',
      replacement: fallback,
      claims,
    });
    return fallback;
  });
  // The summary is free text: each sentence stands or falls on its own.
  let keptSummary = summary;
  let summaryLines = 0;
  if (summary !== null) {
    const kept: string[] = [];
    for (const sentence of splitSentences(summary)) {
      summaryLines += 1;
      const claims = summaryFindings(facts, sentence, allowedNames);
      if (claims.length === 0) kept.push(sentence);
      else
        removed.push({
          section: 'summary',
          itemId: null,
          text: sentence,
          action: 'dropped',
          replacement: null,
          claims,
        });
    }
    keptSummary = kept.length > 0 ? kept.join(' ') : null;
  }
  return {
    bullets,
    summary: keptSummary,
    removed,
    linesChecked: planned.length + summaryLines,
  };
}

export interface GatedLetter {
  letter: CoverLetterContent;
  removed: GateRemoval[];
  linesChecked: number;
}

/**
 * Cover letters are free text: each sentence is checked against the whole profile and dropped when it
 * states something the profile does not. A salutation or closing that fails is replaced by a plain one.
 */
export function gateLetter(
  facts: CompiledProfileFacts,
  letter: Omit<CoverLetterContent, 'signature'>,
  signature: string,
  allowedNames: readonly string[],
): GatedLetter {
  const removed: GateRemoval[] = [];
  const allowed = [...allowedNames, signature];
  let linesChecked = 0;
  const keep = (text: string, fallback: string | null): string | null => {
    linesChecked += 1;
    const claims = textFindings(facts, text, allowed);
    if (claims.length === 0) return text;
    removed.push({
      section: 'letter',
      itemId: null,
      text,
      action: fallback === null ? 'dropped' : 'reverted',
      replacement: fallback,
      claims,
    });
    return fallback;
  };
  const salutation = keep(letter.salutation, 'Dear Hiring Manager,') ?? 'Dear Hiring Manager,';
  const paragraphs = letter.paragraphs
    .map((p) =>
      splitSentences(p)
        .map((s) => keep(s, null))
        .filter((s): s is string => s !== null)
        .join(' '),
    )
    .filter((p) => p !== '');
  const closing = keep(letter.closing, 'Sincerely,') ?? 'Sincerely,';
  return { letter: { salutation, paragraphs, closing, signature }, removed, linesChecked };
}

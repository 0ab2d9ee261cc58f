import type { SourceSection } from './tailored-resume.js';
import {
  resolveKeyword,
  unitsForEach,
  type EvidenceIndex,
  type EvidenceUnit,
  type ResolvedKeyword,
} from './evidence.js';
import type { StoredPostingLayout } from '../jobs/parse-job-posting.js';
import { jobKnockouts, type StoredKnockouts } from './job-knockouts.js';
import type { Knockout, KnockoutKind } from './knockouts.js';

/**
 * The explainable match score. The formula is documented in docs-tailoring.md; bump SCORING_VERSION with any
 * change that can move a score, so stored reports say which rules produced them.
 */
export const SCORING_VERSION = 'match-2026.1';

/** Weights and credit parts of the formula (see docs-tailoring.md). */
export const SCORING = {
  requiredWeight: 2,
  preferredWeight: 1,
  /** Credit for a keyword found anywhere in the profile. */
  presence: 0.6,
  /** Up to this much more for recent evidence (the best recency of its evidence). */
  recency: 0.25,
  /** Up to this much more for repeated evidence: half at 2 places, all at 3 or more. */
  repetition: 0.15,
  /** Evidence entries listed per keyword (the score counts all of them). */
  maxEvidence: 5,
} as const;

/** The parts of a job the match reads; `JobPrimitives` fits. */
export interface MatchableJob {
  readonly title: string;
  readonly description: string;
  readonly responsibilities: readonly string[];
  readonly requirements: readonly string[];
  readonly niceToHave: readonly string[];
  /** Display names, as stored on the job (most important first). */
  readonly keywords: { readonly required: readonly string[]; readonly preferred: readonly string[] };
  /** The description's layout as the saved job keeps it (see JobPrimitives.layout). */
  readonly layout?: StoredPostingLayout | null;
  /** The knock-outs as the saved job keeps them (see JobPrimitives.knockouts). */
  readonly knockouts?: StoredKnockouts | null;
}

export interface Evidence {
  readonly section: SourceSection;
  readonly itemId: string;
  readonly text: string;
}

export interface KeywordMatch {
  readonly keyword: string;
  /** 0…1: presence + recency + repetition (rounded to 3 decimals). */
  readonly credit: number;
  readonly evidence: Evidence[];
}

export interface KeywordGroupReport {
  readonly matched: KeywordMatch[];
  readonly missing: string[];
}

export interface SectionScore {
  /** Share (0–100) of the job's keyword weight this section evidences on its own. */
  readonly score: number;
  readonly matched: string[];
}

export const MATCH_SECTIONS = [
  'headline',
  'summary',
  'experiences',
  'projects',
  'education',
  'skills',
  'certifications',
  'languages',
] as const satisfies readonly SourceSection[];

export interface MatchReport {
  readonly score: number;
  readonly scoringVersion: string;
  readonly required: KeywordGroupReport;
  readonly preferred: KeywordGroupReport;
  readonly sections: Record<SourceSection, SectionScore>;
  /** Requirements the posting states that the score does not judge: check these yourself. */
  readonly knockouts: Knockout[];
  readonly suggestions: string[];
  /** The sums behind `score`, so a client can show the arithmetic. */
  readonly breakdown: {
    readonly earned: number;
    readonly possible: number;
    readonly requiredCount: number;
    readonly preferredCount: number;
  };
}

/** A job's keywords resolved and de-duplicated once: required win over preferred with the same key. */
export interface CompiledJob {
  readonly required: readonly ResolvedKeyword[];
  readonly preferred: readonly ResolvedKeyword[];
  readonly knockouts: readonly Knockout[];
}

function dedupe(names: readonly string[], seen: Set<string>): ResolvedKeyword[] {
  const out: ResolvedKeyword[] = [];
  for (const name of names) {
    const k = resolveKeyword(name);
    if (k.key === '' || seen.has(k.key)) continue;
    seen.add(k.key);
    out.push(k);
  }
  return out;
}

export function compileJob(job: MatchableJob): CompiledJob {
  const seen = new Set<string>();
  const required = dedupe(job.keywords.required, seen);
  const preferred = dedupe(job.keywords.preferred, seen);
  const knockouts = jobKnockouts(job);
  return { required, preferred, knockouts };
}

/** The job compiled, unless it already is (a compiled job has `required`, a job only `requirements`). */
export const compiledJob = (job: MatchableJob | CompiledJob): CompiledJob =>
  'required' in job ? job : compileJob(job);

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Credit of one keyword from its evidence units (0 when there are none). */
export function keywordCredit(units: readonly EvidenceUnit[]): number {
  if (units.length === 0) return 0;
  let best = 0;
  for (const u of units) if (u.recency > best) best = u.recency;
  const repetition = Math.min(1, (units.length - 1) / 2);
  return SCORING.presence + SCORING.recency * best + SCORING.repetition * repetition;
}

interface Scored {
  readonly keyword: ResolvedKeyword;
  readonly weight: number;
  readonly units: readonly EvidenceUnit[];
  readonly credit: number;
  /** Bit i set: a unit of MATCH_SECTIONS[i] evidences the keyword. */
  readonly sections: number;
}

/** What the index says about one keyword, whatever the job: its units, their credit and their sections. */
interface KeywordEvidence {
  readonly units: readonly EvidenceUnit[];
  readonly credit: number;
  readonly sections: number;
}

// A batch of reports (one profile, many postings) meets the same keywords again and again; the index is
// never changed once built, so each keyword's evidence is worked out once per index.
const EVIDENCE_LIMIT = 20_000;
const evidenceByIndex = new WeakMap<EvidenceIndex, Map<ResolvedKeyword, KeywordEvidence>>();

function evidenceOf(index: EvidenceIndex, keywords: readonly ResolvedKeyword[]): KeywordEvidence[] {
  let known = evidenceByIndex.get(index);
  if (known === undefined) evidenceByIndex.set(index, (known = new Map()));
  const cached = known;
  const missing = keywords.filter((k) => !cached.has(k));
  if (missing.length === 0) return keywords.map((k) => cached.get(k) as KeywordEvidence);
  // The keywords not worked out yet are looked up together: their phrases are found in one pass.
  const fresh = [...new Set(missing)];
  const worked = new Map<ResolvedKeyword, KeywordEvidence>();
  unitsForEach(index, fresh).forEach((found, i) => {
    const units = found.map((u) => index.units[u] as EvidenceUnit);
    let sections = 0;
    MATCH_SECTIONS.forEach((section, bit) => {
      if (units.some((u) => u.section === section)) sections |= 1 << bit;
    });
    const evidence = { units, credit: keywordCredit(units), sections };
    worked.set(fresh[i] as ResolvedKeyword, evidence);
    if (cached.size >= EVIDENCE_LIMIT) cached.clear();
    cached.set(fresh[i] as ResolvedKeyword, evidence);
  });
  return keywords.map((k) => (worked.get(k) ?? cached.get(k)) as KeywordEvidence);
}

function scoreGroup(index: EvidenceIndex, keywords: readonly ResolvedKeyword[], weight: number): Scored[] {
  const evidence = evidenceOf(index, keywords);
  return keywords.map((keyword, i) => ({ keyword, weight, ...(evidence[i] as KeywordEvidence) }));
}

function groupReport(scored: readonly Scored[]): KeywordGroupReport {
  const matched: KeywordMatch[] = [];
  const missing: string[] = [];
  for (const s of scored) {
    if (s.units.length === 0) {
      missing.push(s.keyword.name);
      continue;
    }
    matched.push({
      keyword: s.keyword.name,
      credit: round3(s.credit),
      evidence: s.units
        .slice(0, SCORING.maxEvidence)
        .map((u) => ({ section: u.section, itemId: u.itemId, text: u.text })),
    });
  }
  return { matched, missing };
}

/** Each knock-out kind as words ("experience_years" → "experience years"), spelled out once. */
const KIND_NAMES: Readonly<Record<KnockoutKind, string>> = {
  experience_years: 'experience years',
  degree: 'degree',
  licence_or_certification: 'licence or certification',
  security_clearance: 'security clearance',
  language: 'language',
  work_authorisation: 'work authorisation',
  minimum_age: 'minimum age',
  shifts: 'shifts',
};

function suggestions(
  required: readonly Scored[],
  preferred: readonly Scored[],
  knockouts: readonly Knockout[],
) {
  const out: string[] = [];
  if (required.length === 0 && preferred.length === 0)
    out.push(
      'No skill, tool or qualification of this posting was recognised, so the score of 0 says nothing about your fit. Add the keywords the posting asks for to the job (its "keywords"), and the report will score them.',
    );
  for (const s of required.filter((r) => r.units.length === 0).slice(0, 5)) {
    out.push(
      `If you have experience with ${s.keyword.name}, say where — for example in a bullet of the experience where you used it.`,
    );
  }
  for (const s of required
    .filter((r) => r.units.length > 0 && r.units.every((u) => u.section === 'skills'))
    .slice(0, 3)) {
    out.push(
      `${s.keyword.name} appears only in your skills list. If you used it in a role or project, name it in that entry's bullets so a reader sees where.`,
    );
  }
  for (const s of preferred.filter((p) => p.units.length === 0).slice(0, 3)) {
    out.push(
      `The posting would also like ${s.keyword.name}. If you have it, mention where you used it; if you do not, leave it out.`,
    );
  }
  if (knockouts.length > 0) {
    const kinds = [...new Set(knockouts.map((k) => KIND_NAMES[k.kind]))].join(', ');
    out.push(
      `The posting states requirements this score does not check (${kinds}). Read them under "knockouts" and confirm you meet them before applying.`,
    );
  }
  return out;
}

/**
 * The match report of compiled evidence (a profile or a generated resume) against a job. Pure and
 * deterministic: lists follow the job's keyword order and the document's order, so the same inputs give the
 * same report, byte for byte.
 */
export function matchReport(index: EvidenceIndex, job: MatchableJob | CompiledJob): MatchReport {
  const compiled = compiledJob(job);
  const required = scoreGroup(index, compiled.required, SCORING.requiredWeight);
  const preferred = scoreGroup(index, compiled.preferred, SCORING.preferredWeight);
  const all = [...required, ...preferred];
  let earned = 0;
  let possible = 0;
  for (const s of all) {
    earned += s.weight * s.credit;
    possible += s.weight;
  }
  const sections = {} as Record<SourceSection, SectionScore>;
  for (const [bit, section] of MATCH_SECTIONS.entries()) {
    let weight = 0;
    const matched: string[] = [];
    for (const s of all) {
      if (s.sections & (1 << bit)) {
        weight += s.weight;
        matched.push(s.keyword.name);
      }
    }
    sections[section] = { score: possible === 0 ? 0 : Math.round((100 * weight) / possible), matched };
  }
  return {
    score: possible === 0 ? 0 : Math.round((100 * earned) / possible),
    scoringVersion: SCORING_VERSION,
    required: groupReport(required),
    preferred: groupReport(preferred),
    sections,
    knockouts: [...compiled.knockouts],
    suggestions: suggestions(required, preferred, compiled.knockouts),
    breakdown: {
      earned: round3(earned),
      possible,
      requiredCount: required.length,
      preferredCount: preferred.length,
    },
  };
}

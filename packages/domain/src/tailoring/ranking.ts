import type { ProfileContent } from '../profiles/profile-content.js';
import { unitsForEach, type EvidenceIndex, type EvidenceUnit } from './evidence.js';
import { compiledJob, SCORING, type CompiledJob, type MatchableJob } from './match-report.js';

/**
 * Profile content ordered by relevance to a job. An entry's score is the share (0–100) of the job's keyword
 * weight (required 2, preferred 1) that the entry evidences by itself. Ties: the more recent entry first
 * (current roles, then by end date), then the profile's own order.
 */
export interface RankedBullet {
  readonly index: number;
  readonly text: string;
  readonly score: number;
  readonly keywords: string[];
}

export interface RankedItem {
  readonly itemId: string;
  /** Title for experiences ("Nurse — St Mary's"), name for projects. */
  readonly label: string;
  readonly score: number;
  readonly keywords: string[];
  readonly bullets: RankedBullet[];
}

export interface RankedSkill {
  readonly name: string;
  readonly category: 'technical' | 'tools' | 'soft';
  readonly score: number;
  readonly keywords: string[];
}

export interface ProfileRanking {
  readonly experiences: RankedItem[];
  readonly projects: RankedItem[];
  readonly skills: RankedSkill[];
}

interface Hit {
  readonly name: string;
  readonly weight: number;
}

/** Which keywords each unit evidences, computed once per (index, job). */
function hitsByUnit(index: EvidenceIndex, job: CompiledJob): { hits: Hit[][]; possible: number } {
  const hits: Hit[][] = index.units.map(() => []);
  let possible = 0;
  const add = (list: CompiledJob['required'], weight: number) => {
    // One lookup for the whole list: the keywords' phrases are found in one pass over the units.
    const found = unitsForEach(index, list);
    list.forEach((k, n) => {
      possible += weight;
      for (const i of found[n] ?? []) hits[i]?.push({ name: k.name, weight });
    });
  };
  add(job.required, SCORING.requiredWeight);
  add(job.preferred, SCORING.preferredWeight);
  return { hits, possible };
}

function summarise(hitLists: readonly Hit[][], possible: number): { score: number; keywords: string[] } {
  const seen = new Map<string, number>();
  for (const list of hitLists) for (const h of list) if (!seen.has(h.name)) seen.set(h.name, h.weight);
  let weight = 0;
  for (const w of seen.values()) weight += w;
  return { score: possible === 0 ? 0 : Math.round((100 * weight) / possible), keywords: [...seen.keys()] };
}

/** Compares by score, then recency (end month, current counted as latest), then original position. */
const byRelevance = <T extends { score: number; end: number | null; order: number }>(a: T, b: T): number =>
  b.score - a.score || (b.end ?? -Infinity) - (a.end ?? -Infinity) || a.order - b.order;

export function rankProfile(
  profile: ProfileContent,
  index: EvidenceIndex,
  job: MatchableJob | CompiledJob,
): ProfileRanking {
  const compiled = compiledJob(job);
  const { hits, possible } = hitsByUnit(index, compiled);
  const unitsOf = new Map<string, { unit: EvidenceUnit; hits: Hit[] }[]>();
  index.units.forEach((unit, i) => {
    const key = `${unit.section}\u0000${unit.itemId}`;
    const list = unitsOf.get(key) ?? [];
    list.push({ unit, hits: hits[i] ?? [] });
    unitsOf.set(key, list);
  });

  const rankItems = (section: 'experiences' | 'projects', items: { id: string; label: string }[]) =>
    items
      .map((item, order) => {
        const units = unitsOf.get(`${section}\u0000${item.id}`) ?? [];
        const { score, keywords } = summarise(
          units.map((u) => u.hits),
          possible,
        );
        const bullets = units
          .filter((u) => u.unit.bulletIndex !== null)
          .map((u) => ({
            index: u.unit.bulletIndex as number,
            text: u.unit.text,
            ...summarise([u.hits], possible),
          }))
          .sort((a, b) => b.score - a.score || a.index - b.index);
        const end = units[0]?.unit.endMonth ?? null;
        return { itemId: item.id, label: item.label, score, keywords, bullets, end, order };
      })
      .sort(byRelevance)
      .map(({ end: _end, order: _order, ...rest }) => rest);

  const skills: (RankedSkill & { end: null; order: number })[] = [];
  index.units.forEach((unit, i) => {
    if (unit.section !== 'skills') return;
    const category = unit.itemId as RankedSkill['category'];
    skills.push({ name: unit.text, category, ...summarise([hits[i] ?? []], possible), end: null, order: i });
  });

  return {
    experiences: rankItems(
      'experiences',
      profile.experiences.map((e) => ({ id: e.id, label: `${e.title} — ${e.company}` })),
    ),
    projects: rankItems(
      'projects',
      profile.projects.map((p) => ({ id: p.id, label: p.name })),
    ),
    skills: skills.sort(byRelevance).map(({ end: _end, order: _order, ...rest }) => rest),
  };
}

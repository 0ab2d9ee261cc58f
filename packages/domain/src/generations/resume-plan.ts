import type { ProfileContent } from '../profiles/profile-content.js';
import { statedEntries, type StatedEntry } from '../profiles/unmodelled-sections.js';
import { unitsForEach, type EvidenceIndex, type EvidenceUnit } from '../tailoring/evidence.js';
import { compiledJob, type CompiledJob, type MatchableJob } from '../tailoring/match-report.js';
import type { ProfileRanking } from '../tailoring/ranking.js';
import type { TailoredResumeContent, TailoredVolunteerRole } from '../tailoring/tailored-resume.js';
import type { GenerationOptions } from './generation.js';

/**
 * Which profile content a tailored resume shows, chosen by relevance to the job within a page budget.
 * Deterministic: the same profile, ranking and options always give the same plan.
 *
 * Length is estimated in printed lines (about 48 per page): headings, entry headers, and each bullet by its
 * length (≈ 95 characters per line). Choices:
 * - Experiences stay in the profile's order (normally reverse-chronological, which readers and screening
 *   systems expect) and every role keeps its header while the budget allows, most relevant roles first,
 *   so the career reads without unexplained gaps; each kept role gets its best bullet first.
 * - The remaining budget goes to the most relevant bullets anywhere (score, then the role's rank, then the
 *   profile's order), at most 6 per role; bullets inside a role are printed most relevant first.
 * - Projects are shown most relevant first, only those that evidence a job keyword (all of them when the
 *   resume has no experiences section), at most 3.
 * - Skills: relevant ones first, at most 24.
 * - Evidence is never lost (with `coverage`): for every job keyword the profile evidences, the plan keeps
 *   as many of its places as earn repetition credit (up to 3) and its most recent one, adding bullets, roles,
 *   projects or skills past the budget when needed, so the tailored resume never scores below the profile.
 *   Only the summary is left to the pipeline, since the writer rewrites it.
 * - What the profile keeps without a field of its own prints as it is stated: every award (a line each), and
 *   volunteer roles and publications in whatever room the page has left once the experience is placed.
 */
export const PAGE_LINES = 48;
const CHARS_PER_LINE = 95;
const MAX_BULLETS_PER_ITEM = 6;
const MAX_PROJECTS = 3;
const MAX_SKILLS = 24;

export interface PlannedItem {
  section: 'experiences' | 'projects';
  itemId: string;
  /** Indexes into the profile item's bullets, in print order. */
  bullets: number[];
}

export interface ResumePlan {
  experiences: PlannedItem[];
  projects: PlannedItem[];
  skills: string[];
  includeSummary: boolean;
  includeEducation: boolean;
  includeCertifications: boolean;
  includeLanguages: boolean;
  /** The awards the profile keeps, one line each, as printed. */
  awards: string[];
  /** The volunteer roles the profile keeps that fit the page. */
  volunteer: TailoredVolunteerRole[];
  /** The publications the profile keeps that fit the page, one citation each, as printed. */
  publications: string[];
  estimatedLines: number;
  budgetLines: number;
}

const bulletLines = (text: string): number => Math.max(1, Math.ceil(text.length / CHARS_PER_LINE));

/** The profile's evidence and the job: with them the plan keeps every piece of evidence that earns credit. */
export interface PlanCoverage {
  readonly evidence: EvidenceIndex;
  readonly job: MatchableJob | CompiledJob;
}

const MAX_AWARDS = 6;
const MAX_VOLUNTEER_ROLES = 3;
const MAX_PUBLICATIONS = 4;

/**
 * The awards or publications the profile keeps, as a resume prints them: "Title — Awarder (2022)",
 * "Cross-docking without tears — Logistics Today (2023)".
 */
function keptLines(stated: readonly StatedEntry[], section: 'awards' | 'publications'): string[] {
  return stated
    .filter((entry) => entry.section === section && entry.names.length > 0)
    .map((entry) => {
      const year = /^\d{4}/u.exec(entry.startDate ?? '')?.[0];
      return `${entry.names.join(' — ')}${year && !entry.names.some((n) => n.includes(year)) ? ` (${year})` : ''}`;
    });
}

/** The volunteer roles the profile keeps, with their organisation and dates. */
function volunteerRoles(stated: readonly StatedEntry[]): TailoredVolunteerRole[] {
  return stated
    .filter((entry) => entry.section === 'volunteer' && entry.names.length > 0)
    .map((entry) => ({
      position: entry.role,
      organization: entry.names.find((name) => name !== entry.role) ?? null,
      startDate: entry.startDate,
      endDate: entry.endDate,
    }));
}

/** What fits in the lines left: each entry by its cost, plus its section's heading before the first. */
function fitting<T>(entries: readonly T[], linesLeft: number, cost: (entry: T) => number): [T[], number] {
  const kept: T[] = [];
  let used = 0;
  for (const entry of entries) {
    const lines = cost(entry) + (kept.length === 0 ? 2 : 0);
    if (used + lines > linesLeft) break;
    kept.push(entry);
    used += lines;
  }
  return [kept, used];
}

/** Places a keyword is found in beyond which repetition earns nothing more (see SCORING.repetition). */
const REPETITION_SATURATES_AT = 3;

export function planResume(
  profile: ProfileContent,
  ranking: ProfileRanking,
  options: Pick<GenerationOptions, 'maxPages' | 'sections'>,
  coverage?: PlanCoverage,
): ResumePlan {
  const has = (s: GenerationOptions['sections'][number]) => options.sections.includes(s);
  const budget = options.maxPages * PAGE_LINES;
  let used = 4; // name, headline, contact line, spacing
  const includeSummary = has('summary');
  if (includeSummary) used += 6;
  const skills = has('skills')
    ? ranking.skills
        .map((s) => s.name)
        .filter((n, i, all) => all.indexOf(n) === i)
        .slice(0, MAX_SKILLS)
    : [];
  if (skills.length > 0) used += 2 + Math.ceil(skills.join(', ').length / CHARS_PER_LINE);
  const includeEducation = has('education') && profile.education.length > 0;
  if (includeEducation) used += 2 + 2 * profile.education.length;
  const includeCertifications = has('certifications') && profile.certifications.length > 0;
  if (includeCertifications) used += 2 + profile.certifications.length;
  // Languages have no section option: a posting that asks for one is answered by this line.
  const includeLanguages = profile.languages.length > 0;
  if (includeLanguages) used += 3;
  // Awards have no section option either: the person listed them, and a few lines show them all.
  // What the profile keeps without a field of its own, read once for its awards, volunteer work and publications.
  const stated = statedEntries(profile.customFields);
  const awards = keptLines(stated, 'awards').slice(0, MAX_AWARDS);
  if (awards.length > 0) used += 2 + awards.length;

  const chosen = new Map<string, number[]>();
  const key = (section: string, id: string) => `${section}:${id}`;
  const bulletText = (section: 'experiences' | 'projects', id: string, index: number): string => {
    const list = section === 'experiences' ? profile.experiences : profile.projects;
    return list.find((x) => x.id === id)?.bullets[index] ?? '';
  };

  // Role headers, most relevant roles first, each with its best bullet.
  const roles = has('experiences') ? ranking.experiences : [];
  if (roles.length > 0) used += 2;
  for (const role of roles) {
    const best = role.bullets[0];
    const cost = 2 + (best ? bulletLines(bulletText('experiences', role.itemId, best.index)) : 0);
    if (used + cost > budget && chosen.size > 0) continue;
    used += cost;
    chosen.set(key('experiences', role.itemId), best ? [best.index] : []);
  }
  const projects = has('projects')
    ? ranking.projects.filter((p) => p.score > 0 || !has('experiences')).slice(0, MAX_PROJECTS)
    : [];
  let projectHeading = false;
  for (const p of projects) {
    const best = p.bullets[0];
    const cost =
      2 + (projectHeading ? 0 : 2) + (best ? bulletLines(bulletText('projects', p.itemId, best.index)) : 0);
    if (used + cost > budget && chosen.size > 0) continue;
    used += cost;
    projectHeading = true;
    chosen.set(key('projects', p.itemId), best ? [best.index] : []);
  }

  // The rest of the budget: best bullets first, anywhere.
  const candidates = [
    ...roles.map((r, rank) => ({ section: 'experiences' as const, item: r, rank })),
    ...projects.map((p, rank) => ({ section: 'projects' as const, item: p, rank: roles.length + rank })),
  ].flatMap(({ section, item, rank }) =>
    item.bullets.slice(1).map((b) => ({ section, itemId: item.itemId, rank, bullet: b })),
  );
  candidates.sort(
    (a, b) => b.bullet.score - a.bullet.score || a.rank - b.rank || a.bullet.index - b.bullet.index,
  );
  for (const c of candidates) {
    const list = chosen.get(key(c.section, c.itemId));
    if (!list || list.length >= MAX_BULLETS_PER_ITEM) continue;
    const cost = bulletLines(bulletText(c.section, c.itemId, c.bullet.index));
    if (used + cost > budget) continue;
    used += cost;
    list.push(c.bullet.index);
  }

  if (coverage) {
    used += keepEvidence(coverage, {
      profile,
      has,
      chosen,
      skills,
      includeEducation,
      includeCertifications,
      includeLanguages,
      key,
      bulletText,
    });
  }

  // Volunteer roles (a title line and a dates line each), then publications, in the order the person listed
  // them, as far as the page allows: they support the experience, they do not displace it.
  const [volunteer, volunteerLines] = fitting(
    volunteerRoles(stated).slice(0, MAX_VOLUNTEER_ROLES),
    budget - used,
    () => 2,
  );
  used += volunteerLines;
  const [publications, publicationLines] = fitting(
    keptLines(stated, 'publications').slice(0, MAX_PUBLICATIONS),
    budget - used,
    bulletLines,
  );
  used += publicationLines;

  // Print order: bullets as ranked (best first) within each item; bullets added for evidence after them.
  const ordered = (section: 'experiences' | 'projects', itemId: string, ranked: { index: number }[]) => {
    const picked = chosen.get(key(section, itemId)) ?? [];
    const inRank = ranked.map((b) => b.index).filter((i) => picked.includes(i));
    return [...inRank, ...picked.filter((i) => !inRank.includes(i))];
  };
  return {
    experiences: profile.experiences
      .filter((e) => chosen.has(key('experiences', e.id)))
      .map((e) => ({
        section: 'experiences' as const,
        itemId: e.id,
        bullets: ordered('experiences', e.id, roles.find((r) => r.itemId === e.id)?.bullets ?? []),
      })),
    projects: ranking.projects
      .filter((p) => chosen.has(key('projects', p.itemId)))
      .map((p) => ({
        section: 'projects' as const,
        itemId: p.itemId,
        bullets: ordered('projects', p.itemId, p.bullets),
      })),
    skills,
    includeSummary,
    includeEducation,
    includeCertifications,
    includeLanguages,
    awards,
    volunteer,
    publications,
    estimatedLines: used,
    budgetLines: budget,
  };
}

interface PlanState {
  profile: ProfileContent;
  has: (s: GenerationOptions['sections'][number]) => boolean;
  chosen: Map<string, number[]>;
  skills: string[];
  includeEducation: boolean;
  includeCertifications: boolean;
  includeLanguages: boolean;
  key: (section: string, id: string) => string;
  bulletText: (section: 'experiences' | 'projects', id: string, index: number) => string;
}

/**
 * Adds to the plan what a keyword's credit needs: its most recent place and enough places for full
 * repetition credit (the profile's count, up to 3). Returns the printed lines it added. The summary is not
 * counted as kept (the writer rewrites it).
 */
function keepEvidence(coverage: PlanCoverage, state: PlanState): number {
  const { chosen, key, skills } = state;
  const job = compiledJob(coverage.job);
  let added = 0;
  const shown = (u: EvidenceUnit): boolean => {
    switch (u.section) {
      case 'headline':
        return true;
      case 'experiences':
      case 'projects': {
        const list = chosen.get(key(u.section, u.itemId));
        return list !== undefined && (u.bulletIndex === null || list.includes(u.bulletIndex));
      }
      case 'skills':
        return skills.includes(u.text);
      case 'education':
        return state.includeEducation;
      case 'certifications':
        return state.includeCertifications;
      case 'languages':
        return state.includeLanguages;
      default:
        return false;
    }
  };
  const show = (u: EvidenceUnit): boolean => {
    if (u.section === 'experiences' || u.section === 'projects') {
      if (!state.has(u.section)) return false;
      const k = key(u.section, u.itemId);
      let list = chosen.get(k);
      if (!list) {
        list = [];
        chosen.set(k, list);
        added += 2;
      }
      if (u.bulletIndex !== null && !list.includes(u.bulletIndex)) {
        list.push(u.bulletIndex);
        added += bulletLines(state.bulletText(u.section, u.itemId, u.bulletIndex));
      }
      return true;
    }
    if (u.section === 'skills' && state.has('skills')) {
      if (!skills.includes(u.text)) skills.push(u.text);
      return true;
    }
    return false;
  };
  const keywords = [...job.required, ...job.preferred];
  // One lookup for every keyword: their phrases are found in one pass over the units.
  for (const found of unitsForEach(coverage.evidence, keywords)) {
    const units = found.map((i) => coverage.evidence.units[i] as EvidenceUnit);
    if (units.length === 0) continue;
    const need = Math.min(REPETITION_SATURATES_AT, units.length);
    const best = Math.max(...units.map((u) => u.recency));
    const kept = units.filter(shown);
    let count = kept.length;
    let recent = kept.some((u) => u.recency >= best);
    // Most recent places first, so one addition can settle both the recency and the count.
    const candidates = units
      .filter((u) => !kept.includes(u))
      .sort((a, b) => b.recency - a.recency || a.order - b.order);
    for (const u of candidates) {
      if (count >= need && recent) break;
      if (count >= need && u.recency < best) continue;
      if (!show(u)) continue;
      count += 1;
      if (u.recency >= best) recent = true;
    }
  }
  return added;
}

/** One bullet the writer is asked to rewrite: where it comes from and its original text. */
export interface PlannedBullet {
  section: 'experiences' | 'projects';
  itemId: string;
  index: number;
  original: string;
}

export function plannedBullets(profile: ProfileContent, plan: ResumePlan): PlannedBullet[] {
  const out: PlannedBullet[] = [];
  for (const item of [...plan.experiences, ...plan.projects]) {
    const source =
      item.section === 'experiences'
        ? profile.experiences.find((e) => e.id === item.itemId)
        : profile.projects.find((p) => p.id === item.itemId);
    for (const index of item.bullets)
      out.push({ section: item.section, itemId: item.itemId, index, original: source?.bullets[index] ?? '' });
  }
  return out;
}

/**
 * The resume a plan describes, with `bullets[i]` (same order as `plannedBullets`) as bullet texts and
 * `summary` as the summary. Headers, dates, skills and education are copied from the profile, never written
 * by the model; each bullet cites the item it was written from.
 */
export function assembleResume(
  profile: ProfileContent,
  plan: ResumePlan,
  bullets: readonly (string | null)[],
  summary: string | null,
): TailoredResumeContent {
  const planned = plannedBullets(profile, plan);
  const textOf = new Map<string, string>();
  planned.forEach((b, i) => {
    const text = bullets[i];
    if (text !== null && text !== undefined && text.trim() !== '')
      textOf.set(`${b.section}:${b.itemId}:${b.index}`, text.trim());
  });
  const linesOf = (section: 'experiences' | 'projects', item: PlannedItem) =>
    item.bullets.flatMap((index) => {
      const text = textOf.get(`${section}:${item.itemId}:${index}`);
      return text === undefined ? [] : [{ text, sourceRefs: [{ section, itemId: item.itemId }] }];
    });
  return {
    headline: profile.headline,
    summary: plan.includeSummary && summary ? { text: summary, sourceRefs: [] } : null,
    experiences: plan.experiences.flatMap((item) => {
      const e = profile.experiences.find((x) => x.id === item.itemId);
      if (!e) return [];
      return [
        {
          itemId: e.id,
          title: e.title,
          company: e.company,
          location: e.location,
          startDate: e.startDate,
          endDate: e.current ? null : e.endDate,
          current: e.current,
          bullets: linesOf('experiences', item),
          technologies: [...e.technologies],
        },
      ];
    }),
    skills: plan.skills,
    projects: plan.projects.flatMap((item) => {
      const p = profile.projects.find((x) => x.id === item.itemId);
      if (!p) return [];
      return [
        {
          itemId: p.id,
          name: p.name,
          description: p.description,
          bullets: linesOf('projects', item),
          technologies: [...p.technologies],
          startDate: p.startDate,
          endDate: p.endDate,
        },
      ];
    }),
    education: plan.includeEducation
      ? profile.education.map((e) => ({
          itemId: e.id,
          institution: e.institution,
          degree: e.degree,
          field: e.field,
          startDate: e.startDate,
          endDate: e.endDate,
          honors: e.honors,
          coursework: [...e.coursework],
        }))
      : [],
    certifications: plan.includeCertifications
      ? profile.certifications.map((c) => [c.name, c.issuer].filter(Boolean).join(' — '))
      : [],
    awards: [...plan.awards],
    volunteer: plan.volunteer.map((role) => ({ ...role })),
    publications: [...plan.publications],
    languages: plan.includeLanguages
      ? profile.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language))
      : [],
  };
}

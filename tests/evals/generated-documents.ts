/**
 * Generated outputs for the evaluation: faithful rewrites of a profile (reordered by relevance, reworded,
 * tightened, reformatted) and copies with exactly one fabrication injected.
 */
import {
  SCOPE_RE,
  compileProfileEvidence,
  hasSourceScope,
  rankProfile,
  type GeneratedDocument,
  type MatchableJob,
  type ProfileContent,
  type TailoredResumeContent,
} from '@tailor/domain';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

const VERB_SWAPS: readonly [RegExp, string][] = [
  [/^Built\b/, 'Developed'],
  [/^Developed\b/, 'Built'],
  [/^Designed\b/, 'Created'],
  [/^Cut\b/, 'Reduced'],
  [/^Reduced\b/, 'Cut'],
  [/^Implemented\b/, 'Delivered'],
  [/^Created\b/, 'Designed'],
];

/** Faithful rewording: synonyms for neutral verbs, formatting variants of figures and names. */
export function reword(text: string): string {
  let t = text;
  for (const [re, to] of VERB_SWAPS) {
    if (re.test(t)) {
      t = t.replace(re, to);
      break;
    }
  }
  return t
    .replace(/(\d)%/g, '$1 %')
    .replace(
      /\$(\d+(?:\.\d+)?)M\b/g,
      (_, n: string) => `$${Math.round(Number(n) * 1e6).toLocaleString('en-US')}`,
    )
    .replace(/\bPostgreSQL\b/g, 'Postgres')
    .replace(/(\d{4})\s*-\s*(\d{4})/g, '$1–$2');
}

/** Tightening: drops a trailing ", which …" / ", so that …" clause. */
export function tighten(text: string): string {
  return text.replace(/,\s+(?:which|so that|while)\b[^,]*$/u, '');
}

/** A faithful tailored resume: content ordered by relevance to the job, reworded and tightened. */
export function faithfulResume(profile: ProfileContent, job: MatchableJob): TailoredResumeContent {
  const ranking = rankProfile(profile, compileProfileEvidence(profile), job);
  const experiences = ranking.experiences.map((r) => {
    const e = profile.experiences.find((x) => x.id === r.itemId)!;
    return {
      itemId: e.id,
      title: e.title,
      company: e.company,
      location: e.location,
      startDate: e.startDate,
      endDate: e.endDate,
      current: e.current,
      bullets: r.bullets.map((b) => ({
        text: tighten(reword(b.text)),
        sourceRefs: [{ section: 'experiences' as const, itemId: e.id }],
      })),
    };
  });
  const projects = ranking.projects.map((r) => {
    const p = profile.projects.find((x) => x.id === r.itemId)!;
    return {
      itemId: p.id,
      name: p.name,
      description: p.description,
      technologies: p.technologies,
      bullets: r.bullets.map((b) => ({
        text: reword(b.text),
        sourceRefs: [{ section: 'projects' as const, itemId: p.id }],
      })),
    };
  });
  return {
    headline: profile.headline,
    summary: profile.summary
      ? { text: reword(profile.summary), sourceRefs: [{ section: 'summary', itemId: 'summary' }] }
      : null,
    experiences,
    projects,
    skills: ranking.skills.map((s) => s.name),
    education: profile.education.map((e) => ({
      itemId: e.id,
      institution: e.institution,
      degree: e.degree,
      field: e.field,
      startDate: e.startDate,
      endDate: e.endDate,
    })),
    certifications: profile.certifications.map((c) => c.name),
  };
}

/** A faithful cover letter: sentences built only from the profile's own facts. */
export function faithfulLetter(profile: ProfileContent, company: string): string {
  const lines = [`Dear ${company} hiring team,`];
  const [first, second] = profile.experiences;
  if (first)
    lines.push(`I am ${first.current ? 'currently' : 'most recently'} a ${first.title} at ${first.company}.`);
  const bullet = first?.bullets.find((b) => /\d/.test(b)) ?? first?.bullets[0];
  if (bullet) lines.push(`There I ${bullet.charAt(0).toLowerCase()}${bullet.slice(1)}.`);
  if (second) lines.push(`Before that, I worked at ${second.company}.`);
  const edu = profile.education[0];
  if (edu) lines.push(`I studied at ${edu.institution}.`);
  lines.push(`I would be glad to bring this experience to ${company}.`);
  return lines.join('\n');
}

export interface Injection {
  readonly kind: string;
  readonly document: GeneratedDocument;
}

const clone = <T>(v: T): Mutable<T> => JSON.parse(JSON.stringify(v)) as Mutable<T>;

const TOOLS = ['Kubernetes', 'Terraform', 'Salesforce', 'Tableau', 'SAP', 'Snowflake', 'Kotlin'];

/** One fabrication per kind, each in its own copy of the faithful resume. */
export function injectIntoResume(profile: ProfileContent, base: TailoredResumeContent): Injection[] {
  const out: Injection[] = [];
  const add = (kind: string, change: (r: Mutable<TailoredResumeContent>) => boolean) => {
    const r = clone(base);
    if (change(r)) out.push({ kind, document: { kind: 'resume', content: r as TailoredResumeContent } });
  };
  type Exp = Mutable<TailoredResumeContent['experiences'][number]>;
  const exps = (r: Mutable<TailoredResumeContent>) => r.experiences as unknown as Exp[];

  add('invented employer', (r) => {
    const e = exps(r)[0];
    if (!e) return false;
    e.company = 'Globex Corporation';
    return true;
  });
  add('changed title', (r) => {
    const e = exps(r)[0];
    if (!e) return false;
    e.title = /principal/i.test(e.title) ? `Chief ${e.title}` : `Principal ${e.title}`;
    return true;
  });
  add('shifted date', (r) => {
    const e = exps(r).find((x) => x.startDate);
    if (!e?.startDate) return false;
    e.startDate = `${Number(e.startDate.slice(0, 4)) - 1}${e.startDate.slice(4)}`;
    return true;
  });
  add('inflated metric', (r) => {
    for (const e of exps(r)) {
      const b = (e.bullets as { text: string }[]).find((x) => /\d/.test(x.text));
      if (b) {
        b.text = b.text.replace(/\d+(?:[.,]\d+)*/, (n) => String(Number(n.replace(/,/g, '')) * 2 + 3));
        return true;
      }
    }
    const b = (exps(r)[0]?.bullets as { text: string }[] | undefined)?.[0];
    if (!b) return false;
    b.text = `${b.text}, improving throughput by 35%`;
    return true;
  });
  add('new tool', (r) => {
    const e = exps(r)[0];
    const b = (e?.bullets as { text: string }[] | undefined)?.[0];
    if (!e || !b) return false;
    const src = profile.experiences.find((x) => x.id === e.itemId);
    const have = JSON.stringify(src ?? {}).toLowerCase();
    const tool = TOOLS.find((t) => !have.includes(t.toLowerCase()));
    if (!tool) return false;
    b.text = `${b.text} using ${tool}`;
    return true;
  });
  add('invented degree', (r) => {
    const ed = (r.education as unknown as { degree: string | null; field?: string | null }[])[0];
    if (!ed) return false;
    ed.degree = /master|mba|m\.s/i.test(ed.degree ?? '')
      ? 'Doctor of Philosophy'
      : 'Master of Business Administration';
    ed.field = null;
    return true;
  });
  add('inflated scope', (r) => {
    for (const e of exps(r)) {
      const src = profile.experiences.find((x) => x.id === e.itemId);
      if (!src || hasSourceScope(src.title) || src.bullets.some((b) => hasSourceScope(b))) continue;
      const b = (e.bullets as { text: string }[])[0];
      if (!b || SCOPE_RE.test(b.text)) continue;
      b.text = `Spearheaded ${b.text.charAt(0).toLowerCase()}${b.text.slice(1)}`;
      return true;
    }
    return false;
  });
  return out;
}

/** Fabrications in free text: one sentence added to a faithful letter. */
export function injectIntoLetter(profile: ProfileContent, letter: string): Injection[] {
  const have = JSON.stringify(profile).toLowerCase();
  const tool = TOOLS.find((t) => !have.includes(t.toLowerCase())) ?? 'Kubernetes';
  const sentences: [string, string][] = [
    ['invented employer', 'Earlier I spent three years at Initech Systems.'],
    ['changed title', 'I served as Chief Technology Officer for two years.'],
    ['invented degree', 'I hold a Master of Business Administration from the University of Oxford.'],
    ['inflated metric', 'In my current role I grew revenue by 340% and saved $4.7M.'],
    ['new tool', `I have run production workloads on ${tool} every day.`],
    ['shifted date', 'I have been doing this work since 1998.'],
  ];
  return sentences.map(([kind, s]) => ({ kind, document: { kind: 'text', text: `${letter}\n${s}` } }));
}

import type { EmploymentType, JobDetails, RemotePolicy } from '@tailor/domain';

/** A posting in the JSON Resume job schema (only the fields Tailor reads; the schema allows more). */
export interface JsonResumeJob {
  title?: unknown;
  company?: unknown;
  type?: unknown;
  description?: unknown;
  location?: { address?: unknown; city?: unknown; region?: unknown; countryCode?: unknown } | null;
  remote?: unknown;
  salary?: unknown;
  responsibilities?: unknown;
  qualifications?: unknown;
  skills?: unknown;
  url?: unknown;
  meta?: { canonical?: unknown } | null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text).filter((item): item is string => item !== null) : [];

const REMOTE: Record<string, RemotePolicy> = { full: 'remote', hybrid: 'hybrid', none: 'onsite' };

function employmentType(value: unknown): EmploymentType | null {
  const type =
    text(value)
      ?.toLowerCase()
      .replace(/[\s_-]+/gu, '') ?? '';
  if (type.startsWith('fulltime') || type === 'permanent') return 'full_time';
  if (type.startsWith('parttime')) return 'part_time';
  if (type.startsWith('contract') || type === 'freelance') return 'contract';
  if (type.startsWith('intern')) return 'internship';
  if (type.startsWith('temp')) return 'temporary';
  return null;
}

/**
 * Maps a JSON Resume job document to a job. Skill keywords become nice-to-haves only when the posting
 * lists no qualifications; otherwise they go to the requirements, which is how the schema's example uses them.
 */
export function fromJsonResumeJob(posting: JsonResumeJob): JobDetails {
  const location = posting.location ?? {};
  const place = [text(location.city), text(location.region), text(location.countryCode)]
    .filter(Boolean)
    .join(', ');
  const salary = text(posting.salary)?.replace(/[,\s]/gu, '');
  const amount = salary && /^\d+(\.\d+)?$/u.test(salary) ? Number(salary) : null;
  const skills = Array.isArray(posting.skills)
    ? posting.skills.flatMap((skill: { name?: unknown; keywords?: unknown }) => [
        ...(text(skill?.name) ? [text(skill.name)!] : []),
        ...texts(skill?.keywords),
      ])
    : [];
  return {
    title: text(posting.title) ?? '',
    company: text(posting.company),
    location: place || null,
    remote: REMOTE[text(posting.remote)?.toLowerCase() ?? ''] ?? null,
    employmentType: employmentType(posting.type),
    description: text(posting.description) ?? '',
    responsibilities: texts(posting.responsibilities),
    requirements: [...texts(posting.qualifications), ...skills],
    niceToHave: [],
    salaryRange: amount === null ? null : { min: amount, max: amount, currency: null, period: null },
    url: text(posting.url) ?? text(posting.meta?.canonical),
  };
}

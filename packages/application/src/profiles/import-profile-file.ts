import {
  ImportErrors,
  isDomainError,
  type IDocumentTextExtractor,
  type ILLMService,
  type ParsedResume,
  type ProfileContentInput,
  type ProfileIssue,
  keptSectionsFields,
} from '@tailor/domain';
import { createProfile } from './create-profile.js';
import type { ProfileUseCaseDeps, ProfileView } from './profile-use-case-deps.js';
import { educationDetails } from './education-details.js';

export interface ImportProfileFileDeps extends ProfileUseCaseDeps {
  extractor: IDocumentTextExtractor;
  llm: ILLMService;
}

/** The top-level fields an import reports as unfilled when the resume did not yield them. */
export const IMPORTABLE_FIELDS = [
  'fullName',
  'headline',
  'email',
  'phone',
  'location',
  'links',
  'summary',
  'experiences',
  'education',
  'skills',
] as const;
export type ImportableField = (typeof IMPORTABLE_FIELDS)[number];

export interface ImportProfileFileResult {
  profile: ProfileView;
  /** Fields the resume did not fill (the user completes them by hand). */
  unfilled: ImportableField[];
  /** Values read from the resume that a profile cannot hold and were left out, with the reason. */
  dropped: ProfileIssue[];
}

/**
 * `POST /profiles/import/file`: the file's text (format decided by its bytes) → the `parse_resume` task →
 * a new profile. Nothing is invented: what the model did not find stays empty and is reported as unfilled,
 * and a value the profile rules refuse (an end before its start, a too-long line) is dropped and reported.
 */
export class ImportProfileFile {
  constructor(private readonly deps: ImportProfileFileDeps) {}

  async execute(input: { userId: string; bytes: Uint8Array }): Promise<ImportProfileFileResult> {
    const document = await this.deps.extractor.extractDocument(input.bytes);
    // A LinkedIn export is already structured: it maps onto the profile without reading any prose.
    if (document.format === 'linkedin') {
      if (!document.profile.fullName?.trim()) throw ImportErrors.noName();
      const { profile, dropped } = await createRepaired(this.deps, input.userId, document.profile);
      return { profile, unfilled: unfilledFields(profile), dropped };
    }
    const { text } = document;
    const { value } = await this.deps.llm.run({
      task: 'parse_resume',
      variables: { text },
      userId: input.userId,
    });
    if (!value.fullName?.trim()) throw ImportErrors.noName();
    const { profile, dropped } = await createRepaired(this.deps, input.userId, toProfileInput(value));
    return { profile, unfilled: unfilledFields(profile), dropped };
  }
}

const clean = (text: string | null | undefined) => text?.trim() || null;

function linkOf(raw: string): { label: string; url: string } {
  const url = /^https?:\/\//iu.test(raw) ? raw : `https://${raw}`;
  const host = /^(?:https?:\/\/)?(?:www\.)?([^/]+)/iu.exec(raw)?.[1]?.toLowerCase() ?? '';
  const label = host.includes('linkedin')
    ? 'LinkedIn'
    : host.includes('github')
      ? 'GitHub'
      : host.includes('gitlab')
        ? 'GitLab'
        : 'Website';
  return { label, url };
}

/** ParsedResume → profile input, copying only what was read. */
export function toProfileInput(parsed: ParsedResume): ProfileContentInput {
  return {
    fullName: clean(parsed.fullName),
    headline: clean(parsed.headline),
    email: clean(parsed.contact.email),
    phone: clean(parsed.contact.phone),
    location: clean(parsed.contact.location),
    links: parsed.contact.links.map(linkOf),
    summary: clean(parsed.summary),
    experiences: parsed.experiences.map((experience) => ({
      title: experience.title,
      company: experience.company,
      location: experience.location,
      startDate: experience.startDate,
      endDate: experience.current ? null : experience.endDate,
      current: experience.current,
      bullets: experience.bullets,
    })),
    education: parsed.education.map((education) => ({
      institution: education.institution,
      degree: education.degree,
      field: education.field,
      startDate: education.startDate,
      endDate: education.endDate,
      ...educationDetails(education.details),
    })),
    skills: { technical: parsed.skills },
    certifications: parsed.certifications.map((certification) => ({
      name: certification.name,
      issuer: certification.issuer,
      date: certification.date,
    })),
    languages: parsed.languages.map((language) => ({
      language: language.language,
      fluency: language.fluency,
    })),
    projects: parsed.projects.map((project) => ({
      name: project.name,
      description: project.description,
      technologies: project.technologies,
      url: project.url === null ? null : linkOf(project.url).url,
      startDate: project.startDate,
      endDate: project.endDate,
      bullets: project.bullets,
    })),
    customFields: keptSections(parsed),
  };
}

/**
 * The sections the profile has no field for (awards, volunteer work, publications, interests), in JSON
 * Resume's shape where a JSON Resume import keeps them: a JSON Resume export gives them back, and the
 * truthfulness gate lets generated text repeat what they state.
 */
function keptSections(parsed: ParsedResume): Record<string, unknown> {
  return keptSectionsFields({
    awards: parsed.awards.map((award) => ({ title: award.title, awarder: award.awarder, date: award.date })),
    volunteer: parsed.volunteer.map((role) => ({
      position: role.position,
      organization: role.organization,
      startDate: role.startDate,
      endDate: role.endDate,
      highlights: role.bullets,
    })),
    publications: parsed.publications.map((publication) => ({
      name: publication.name,
      releaseDate: publication.date,
    })),
    interests: parsed.interests.map((name) => ({ name })),
  });
}

// Fields whose absence makes an item meaningless: an item missing one is dropped, not kept half-empty.
const REQUIRED_FIELDS = new Set(['title', 'company', 'institution', 'name', 'label', 'url', 'language']);
const MAX_REPAIRS = 8;

/**
 * Creates the profile, and when the profile rules refuse parts of it, removes exactly those parts (the
 * rules stay in the domain; nothing is restated here) and tries again.
 */
async function createRepaired(
  deps: ProfileUseCaseDeps,
  userId: string,
  input: ProfileContentInput,
): Promise<{ profile: ProfileView; dropped: ProfileIssue[] }> {
  const dropped: ProfileIssue[] = [];
  let content = input;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { profile: await createProfile(deps, userId, content, false), dropped };
    } catch (error) {
      const repairable =
        isDomainError(error) &&
        (error.code === 'PROFILE.VALIDATION' || error.code === 'PROFILE.INVALID_DATE_RANGE');
      if (!repairable || attempt >= MAX_REPAIRS) throw error;
      const issues = (error.details.issues ?? []) as ProfileIssue[];
      if (issues.some((issue) => issue.path === 'fullName')) throw ImportErrors.noName();
      content = removeAt(content, issues);
      dropped.push(...issues);
    }
  }
}

type Path = Array<string | number>;
const parsePath = (path: string): Path =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/gu)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));

/** A copy of `input` without the values the issues point at (array elements removed, highest index first). */
function removeAt(input: ProfileContentInput, issues: ProfileIssue[]): ProfileContentInput {
  const copy = structuredClone(input) as Record<string, unknown>;
  const removals: Array<{ parent: unknown[]; index: number }> = [];
  for (const { path } of issues) {
    const steps = parsePath(path);
    let target = steps;
    // A required field of an item: drop the whole item.
    const last = steps.at(-1);
    if (typeof last === 'string' && REQUIRED_FIELDS.has(last) && typeof steps.at(-2) === 'number')
      target = steps.slice(0, -1);
    const parent = target.slice(0, -1).reduce<unknown>((node, step) => (node as never)?.[step], copy);
    const key = target.at(-1)!;
    if (Array.isArray(parent) && typeof key === 'number') removals.push({ parent, index: key });
    else if (parent && typeof parent === 'object') (parent as Record<string, unknown>)[key] = null;
  }
  removals
    .sort((a, b) => b.index - a.index)
    .forEach(({ parent, index }, position, all) => {
      // The same element may be named twice (two bad fields of one item): remove it once.
      if (all.findIndex((other) => other.parent === parent && other.index === index) === position)
        parent.splice(index, 1);
    });
  return copy as ProfileContentInput;
}

function unfilledFields(profile: ProfileView): ImportableField[] {
  return IMPORTABLE_FIELDS.filter((field) => {
    const value = profile[field];
    if (field === 'skills') return profile.skills.technical.length === 0;
    return value === null || (Array.isArray(value) && value.length === 0);
  });
}

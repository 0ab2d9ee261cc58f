import { PROFILE_LIMITS as L } from './profile-limits.js';
import { hasEmailShape } from '../users/email.js';
import { ProfileDate } from './profile-date.js';
import { ProfileErrors, type ProfileIssue } from './profiles.errors.js';

export interface ProfileLink {
  label: string;
  url: string;
}

export interface Experience {
  id: string;
  title: string;
  company: string;
  location: string | null;
  startDate: string | null;
  endDate: string | null;
  current: boolean;
  bullets: string[];
  technologies: string[];
}

export interface Education {
  id: string;
  institution: string;
  degree: string | null;
  field: string | null;
  location: string | null;
  startDate: string | null;
  endDate: string | null;
  gpa: string | null;
  honors: string | null;
  coursework: string[];
}

export interface Project {
  id: string;
  name: string;
  description: string | null;
  bullets: string[];
  technologies: string[];
  url: string | null;
  repoUrl: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface Skills {
  technical: string[];
  soft: string[];
  tools: string[];
}

export interface LanguageSkill {
  language: string;
  fluency: string | null;
}

export interface Certification {
  name: string;
  issuer: string | null;
  date: string | null;
  url: string | null;
}

/** Everything a user writes in a profile (no identity, ownership or bookkeeping). */
export interface ProfileContent {
  fullName: string;
  headline: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: ProfileLink[];
  summary: string | null;
  experiences: Experience[];
  education: Education[];
  projects: Project[];
  skills: Skills;
  languages: LanguageSkill[];
  certifications: Certification[];
  customFields: Record<string, unknown>;
}

type Maybe<T> = T | null | undefined;

/**
 * Inputs are forgiving about absence (every field optional, `null` or "" for "none") and strict about
 * content. Item ids are optional: known ids are kept, others are replaced by fresh ones.
 */
export interface ExperienceInput {
  id?: Maybe<string>;
  title?: Maybe<string>;
  company?: Maybe<string>;
  location?: Maybe<string>;
  startDate?: Maybe<string>;
  endDate?: Maybe<string>;
  current?: Maybe<boolean>;
  bullets?: Maybe<string[]>;
  technologies?: Maybe<string[]>;
}

export interface EducationInput {
  id?: Maybe<string>;
  institution?: Maybe<string>;
  degree?: Maybe<string>;
  field?: Maybe<string>;
  location?: Maybe<string>;
  startDate?: Maybe<string>;
  endDate?: Maybe<string>;
  gpa?: Maybe<string>;
  honors?: Maybe<string>;
  coursework?: Maybe<string[]>;
}

export interface ProjectInput {
  id?: Maybe<string>;
  name?: Maybe<string>;
  description?: Maybe<string>;
  bullets?: Maybe<string[]>;
  technologies?: Maybe<string[]>;
  url?: Maybe<string>;
  repoUrl?: Maybe<string>;
  startDate?: Maybe<string>;
  endDate?: Maybe<string>;
}

export interface SkillsInput {
  technical?: Maybe<string[]>;
  soft?: Maybe<string[]>;
  tools?: Maybe<string[]>;
}

export interface ProfileContentInput {
  fullName?: Maybe<string>;
  headline?: Maybe<string>;
  email?: Maybe<string>;
  phone?: Maybe<string>;
  location?: Maybe<string>;
  links?: Maybe<Array<{ label?: Maybe<string>; url?: Maybe<string> }>>;
  summary?: Maybe<string>;
  experiences?: Maybe<ExperienceInput[]>;
  education?: Maybe<EducationInput[]>;
  projects?: Maybe<ProjectInput[]>;
  skills?: Maybe<SkillsInput>;
  languages?: Maybe<Array<{ language?: Maybe<string>; fluency?: Maybe<string> }>>;
  certifications?: Maybe<
    Array<{ name?: Maybe<string>; issuer?: Maybe<string>; date?: Maybe<string>; url?: Maybe<string> }>
  >;
  customFields?: Maybe<Record<string, unknown>>;
}

export type ItemKind = 'experiences' | 'education' | 'projects';
export const ITEM_KINDS: readonly ItemKind[] = ['experiences', 'education', 'projects'];
export interface ItemOf {
  experiences: Experience;
  education: Education;
  projects: Project;
}
export interface ItemInputOf {
  experiences: ExperienceInput;
  education: EducationInput;
  projects: ProjectInput;
}

/** Decides the id of each item: keep a given one (when `keep` allows it) or draw a new one. */
export interface IdPolicy {
  keep(kind: ItemKind, id: string): boolean;
  next(): string;
}

// Same permissive shape as a user's login email; a profile's contact address is shown, not used to log in.
// C0 control characters other than tab, line feed and carriage return: PostgreSQL rejects NUL in text and
// JSON, and none of them has a place in a résumé or a PDF.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/u;

/** Collects every issue of one input before failing, so a client sees all of them at once. */
class Checker {
  readonly issues: ProfileIssue[] = [];
  readonly rangeIssues: ProfileIssue[] = [];

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  text(path: string, value: unknown, max: number): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      this.fail(path, 'must be a string');
      return null;
    }
    const trimmed = value.trim();
    if (trimmed === '') return null;
    if (trimmed.length > max) this.fail(path, `must be at most ${max} characters`);
    if (CONTROL_CHARACTERS.test(trimmed)) this.fail(path, 'must not contain control characters');
    return trimmed;
  }

  required(path: string, value: unknown, max: number): string {
    const text = this.text(path, value, max);
    if (text === null && (value === undefined || value === null || typeof value === 'string')) {
      this.fail(path, 'is required');
    }
    return text ?? '';
  }

  url(path: string, value: unknown): string | null {
    const text = this.text(path, value, L.url);
    if (text === null) return null;
    let parsed: URL | null = null;
    try {
      parsed = new URL(text);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) {
      this.fail(path, 'must be an http or https URL');
    }
    return text;
  }

  email(path: string, value: unknown): string | null {
    const text = this.text(path, value, L.email);
    if (text !== null && !hasEmailShape(text)) this.fail(path, 'must be an email address');
    return text;
  }

  date(path: string, value: unknown): string | null {
    const text = this.text(path, value, 10);
    if (text === null) return null;
    const normalised = ProfileDate.normalise(text);
    if (normalised === null) this.fail(path, 'must be a date as YYYY-MM (YYYY and YYYY-MM-DD are accepted)');
    return normalised;
  }

  range(path: string, start: string | null, end: string | null): void {
    if (start !== null && end !== null && ProfileDate.endsBeforeStart(start, end)) {
      this.rangeIssues.push({ path: `${path}.endDate`, message: 'must not be before startDate' });
    }
  }

  list(path: string, value: unknown, max: number): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.fail(path, 'must be an array');
      return [];
    }
    // Too many entries: report the count only. Validating each entry too would let one request of empty
    // items produce hundreds of thousands of issues (and seconds of work).
    if (value.length > max) {
      this.fail(path, `must have at most ${max} entries`);
      return [];
    }
    return value;
  }

  object(path: string, value: unknown): Record<string, unknown> {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.fail(path, 'must be an object');
      return {};
    }
    return value as Record<string, unknown>;
  }

  /** A list of short strings: trimmed, blanks dropped, optionally de-duplicated (case-insensitively). */
  strings(path: string, value: unknown, maxCount: number, maxLength: number, dedupe = false): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    this.list(path, value, maxCount).forEach((entry, index) => {
      const text = this.text(`${path}[${index}]`, entry, maxLength);
      if (text === null) return;
      if (dedupe) {
        const key = text.toLocaleLowerCase();
        if (seen.has(key)) return;
        seen.add(key);
      }
      out.push(text);
    });
    return out;
  }

  customFields(value: unknown): Record<string, unknown> {
    const object = this.object('customFields', value);
    let json: string;
    try {
      json = JSON.stringify(object);
    } catch {
      this.fail('customFields', 'must be plain JSON');
      return {};
    }
    if (json.length > L.customFieldsJson) {
      this.fail('customFields', `must be at most ${L.customFieldsJson} characters as JSON`);
    }
    if (json.includes('\\u0000')) this.fail('customFields', 'must not contain NUL characters');
    // A JSON copy: no class instances, functions or undefined survive into storage.
    return JSON.parse(json) as Record<string, unknown>;
  }
}

function assignIds<T extends { id?: Maybe<string> }>(
  kind: ItemKind,
  items: unknown[],
  ids: IdPolicy,
): Array<T & { id: string }> {
  const seen = new Set<string>();
  return items.map((raw) => {
    const item = (raw ?? {}) as T;
    const given = typeof item.id === 'string' ? item.id : null;
    const id = given !== null && !seen.has(given) && ids.keep(kind, given) ? given : ids.next();
    seen.add(id);
    return { ...item, id };
  });
}

function experience(c: Checker, path: string, raw: ExperienceInput & { id: string }): Experience {
  const startDate = c.date(`${path}.startDate`, raw.startDate);
  const endDate = c.date(`${path}.endDate`, raw.endDate);
  const current = raw.current === true;
  if (raw.current !== undefined && raw.current !== null && typeof raw.current !== 'boolean') {
    c.fail(`${path}.current`, 'must be a boolean');
  }
  if (current && endDate !== null) {
    c.rangeIssues.push({ path: `${path}.endDate`, message: 'must be empty for a current position' });
  }
  c.range(path, startDate, endDate);
  return {
    id: raw.id,
    title: c.required(`${path}.title`, raw.title, L.shortText),
    company: c.required(`${path}.company`, raw.company, L.shortText),
    location: c.text(`${path}.location`, raw.location, L.location),
    startDate,
    endDate,
    current,
    bullets: c.strings(`${path}.bullets`, raw.bullets, L.bulletsPerItem, L.bullet),
    technologies: c.strings(
      `${path}.technologies`,
      raw.technologies,
      L.technologiesPerItem,
      L.technology,
      true,
    ),
  };
}

function education(c: Checker, path: string, raw: EducationInput & { id: string }): Education {
  const startDate = c.date(`${path}.startDate`, raw.startDate);
  const endDate = c.date(`${path}.endDate`, raw.endDate);
  c.range(path, startDate, endDate);
  return {
    id: raw.id,
    institution: c.required(`${path}.institution`, raw.institution, L.shortText),
    degree: c.text(`${path}.degree`, raw.degree, L.shortText),
    field: c.text(`${path}.field`, raw.field, L.shortText),
    location: c.text(`${path}.location`, raw.location, L.location),
    startDate,
    endDate,
    gpa: c.text(`${path}.gpa`, raw.gpa, L.gpa),
    honors: c.text(`${path}.honors`, raw.honors, L.honors),
    coursework: c.strings(`${path}.coursework`, raw.coursework, L.coursework, L.course),
  };
}

function project(c: Checker, path: string, raw: ProjectInput & { id: string }): Project {
  const startDate = c.date(`${path}.startDate`, raw.startDate);
  const endDate = c.date(`${path}.endDate`, raw.endDate);
  c.range(path, startDate, endDate);
  return {
    id: raw.id,
    name: c.required(`${path}.name`, raw.name, L.shortText),
    description: c.text(`${path}.description`, raw.description, L.projectDescription),
    bullets: c.strings(`${path}.bullets`, raw.bullets, L.bulletsPerItem, L.bullet),
    technologies: c.strings(
      `${path}.technologies`,
      raw.technologies,
      L.technologiesPerItem,
      L.technology,
      true,
    ),
    url: c.url(`${path}.url`, raw.url),
    repoUrl: c.url(`${path}.repoUrl`, raw.repoUrl),
    startDate,
    endDate,
  };
}

function skills(c: Checker, raw: unknown): Skills {
  const object = c.object('skills', raw) as SkillsInput;
  const list = (key: keyof Skills) =>
    c.strings(`skills.${key}`, object[key], L.skillsPerCategory, L.skill, true);
  return { technical: list('technical'), soft: list('soft'), tools: list('tools') };
}

/**
 * The one place that enforces a profile's rules: turns an input into valid content or throws
 * `PROFILE.VALIDATION` (every shape/limit issue, with field paths) or, when only dates are impossible,
 * `PROFILE.INVALID_DATE_RANGE`.
 */
export function normaliseProfileContent(input: ProfileContentInput, ids: IdPolicy): ProfileContent {
  const c = new Checker();
  const raw = c.object('', input) as ProfileContentInput;

  const content: ProfileContent = {
    fullName: c.required('fullName', raw.fullName, L.fullName),
    headline: c.text('headline', raw.headline, L.headline),
    email: c.email('email', raw.email),
    phone: c.text('phone', raw.phone, L.phone),
    location: c.text('location', raw.location, L.location),
    links: c.list('links', raw.links, L.links).map((entry, index) => {
      const link = c.object(`links[${index}]`, entry);
      return {
        label: c.required(`links[${index}].label`, link.label, L.linkLabel),
        url: c.url(`links[${index}].url`, link.url) ?? (c.fail(`links[${index}].url`, 'is required'), ''),
      };
    }),
    summary: c.text('summary', raw.summary, L.summary),
    experiences: assignIds<ExperienceInput>(
      'experiences',
      c.list('experiences', raw.experiences, L.experiences),
      ids,
    ).map((item, index) => experience(c, `experiences[${index}]`, item)),
    education: assignIds<EducationInput>(
      'education',
      c.list('education', raw.education, L.education),
      ids,
    ).map((item, index) => education(c, `education[${index}]`, item)),
    projects: assignIds<ProjectInput>('projects', c.list('projects', raw.projects, L.projects), ids).map(
      (item, index) => project(c, `projects[${index}]`, item),
    ),
    skills: skills(c, raw.skills),
    languages: c.list('languages', raw.languages, L.languages).map((entry, index) => {
      const language = c.object(`languages[${index}]`, entry);
      return {
        language: c.required(`languages[${index}].language`, language.language, L.language),
        fluency: c.text(`languages[${index}].fluency`, language.fluency, L.fluency),
      };
    }),
    certifications: c.list('certifications', raw.certifications, L.certifications).map((entry, index) => {
      const cert = c.object(`certifications[${index}]`, entry);
      return {
        name: c.required(`certifications[${index}].name`, cert.name, L.shortText),
        issuer: c.text(`certifications[${index}].issuer`, cert.issuer, L.shortText),
        date: c.date(`certifications[${index}].date`, cert.date),
        url: c.url(`certifications[${index}].url`, cert.url),
      };
    }),
    customFields: c.customFields(raw.customFields),
  };

  if (c.issues.length > 0) throw ProfileErrors.validation(c.issues);
  if (c.rangeIssues.length > 0) throw ProfileErrors.invalidDateRange(c.rangeIssues);
  return content;
}

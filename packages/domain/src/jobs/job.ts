import { assertTransition, stageIndex, type ApplicationStatus } from './application-status.js';
import type { JobSource, JobStatus } from './job-status.js';
import { JobErrors } from './jobs.errors.js';
import { storedPostingLayout, type StoredPostingLayout } from './parse-job-posting.js';
import { storedKnockouts, type StoredKnockouts } from '../tailoring/job-knockouts.js';
import type { EmploymentType, RemotePolicy, SalaryRange } from './parsed-job-posting.js';

/** Business limits of a job posting (the HTTP edge only checks types). */
export const JOB_LIMITS = {
  title: 200,
  company: 200,
  location: 200,
  description: 100_000,
  listItems: 200,
  listItem: 2_000,
  url: 2_048,
  note: 5_000,
} as const;

export interface JobKeywordLists {
  required: string[];
  preferred: string[];
}

export interface JobPrimitives {
  id: string;
  /** null for a catalog posting, which belongs to nobody. */
  ownerId: string | null;
  title: string;
  company: string | null;
  location: string | null;
  remote: RemotePolicy | null;
  employmentType: EmploymentType | null;
  description: string;
  responsibilities: string[];
  requirements: string[];
  niceToHave: string[];
  salaryRange: SalaryRange | null;
  url: string | null;
  source: JobSource;
  status: JobStatus;
  applicationStatus: ApplicationStatus;
  /** The furthest pipeline stage ever reached (0 saved … 4 accepted), for conversion statistics. */
  furthestStage: number;
  followUpAt: Date | null;
  /** The posting's application deadline where known (schema.org validThrough of an imported page). */
  validThrough: Date | null;
  keywords: JobKeywordLists;
  /**
   * The description's header lines and sections, read when the description was written (match reports take
   * their knock-outs from it); null for a job saved before layouts were kept, whose layout is read when used.
   */
  layout: StoredPostingLayout | null;
  /**
   * What the posting asks of the applicant (match reports' knock-outs), read when the details were written;
   * null for a job saved before they were kept, whose knock-outs are read when used.
   */
  knockouts: StoredKnockouts | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a person (or the parser, or an import) can say about a posting. */
export interface JobDetails {
  title: string;
  company?: string | null;
  location?: string | null;
  remote?: RemotePolicy | null;
  employmentType?: EmploymentType | null;
  description?: string;
  responsibilities?: readonly string[];
  requirements?: readonly string[];
  niceToHave?: readonly string[];
  salaryRange?: SalaryRange | null;
  url?: string | null;
  status?: JobStatus;
  followUpAt?: Date | null;
  validThrough?: Date | null;
}

// A string of at most `max` UTF-16 units has at most `max` characters, and one of more than twice that has
// more: only the lengths between are counted character by character.
const charactersOver = (value: string, max: number): boolean =>
  value.length > max && (value.length > 2 * max || [...value].length > max);

const text = (field: string, value: string, max: number, required = false): string => {
  const trimmed = value.trim();
  if (required && trimmed.length === 0) throw JobErrors.invalid(field, `"${field}" cannot be empty.`);
  if (charactersOver(trimmed, max))
    throw JobErrors.invalid(field, `"${field}" is longer than ${max} characters.`);
  return trimmed;
};

const optionalText = (field: string, value: string | null | undefined, max: number): string | null => {
  if (value === null || value === undefined) return null;
  const trimmed = text(field, value, max);
  return trimmed.length > 0 ? trimmed : null;
};

const list = (field: string, values: readonly string[] | undefined): string[] => {
  const items = (values ?? []).map((item) => item.trim()).filter(Boolean);
  if (items.length > JOB_LIMITS.listItems) {
    throw JobErrors.invalid(field, `"${field}" has more than ${JOB_LIMITS.listItems} items.`);
  }
  items.forEach((item, index) => text(`${field}[${index}]`, item, JOB_LIMITS.listItem));
  return items;
};

const httpUrl = (value: string | null | undefined): string | null => {
  const url = optionalText('url', value, JOB_LIMITS.url);
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw JobErrors.invalid('url', '"url" is not a valid URL.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw JobErrors.invalid('url', '"url" must be an http(s) URL.');
  }
  return url;
};

const salary = (range: SalaryRange | null | undefined): SalaryRange | null => {
  if (!range) return null;
  const { min, max } = range;
  for (const [field, amount] of [
    ['salaryRange.min', min],
    ['salaryRange.max', max],
  ] as const) {
    if (amount !== null && (!Number.isFinite(amount) || amount < 0)) {
      throw JobErrors.invalid(field, `"${field}" must be a non-negative number.`);
    }
  }
  if (min !== null && max !== null && max < min) {
    throw JobErrors.invalid('salaryRange', 'The salary range ends below where it starts.');
  }
  return { ...range };
};

function checked(details: JobDetails) {
  const description = text('description', details.description ?? '', JOB_LIMITS.description);
  return {
    title: text('title', details.title, JOB_LIMITS.title, true),
    company: optionalText('company', details.company, JOB_LIMITS.company),
    location: optionalText('location', details.location, JOB_LIMITS.location),
    remote: details.remote ?? null,
    employmentType: details.employmentType ?? null,
    description,
    responsibilities: list('responsibilities', details.responsibilities),
    requirements: list('requirements', details.requirements),
    niceToHave: list('niceToHave', details.niceToHave),
    salaryRange: salary(details.salaryRange),
    url: httpUrl(details.url),
    status: details.status ?? 'active',
    followUpAt: details.followUpAt ?? null,
    validThrough: details.validThrough ?? null,
  };
}

/** What a job's text was read into already (readJobText, off the request's thread for long texts). */
interface ReadAlready {
  readonly layout?: StoredPostingLayout;
  readonly knockouts?: StoredKnockouts;
}

function validated(details: JobDetails, read: ReadAlready = {}) {
  const valid = checked(details);
  // Read once here, whenever the details are written, not on every match report (or read already).
  const layout = read.layout ?? storedPostingLayout(valid.description);
  return { ...valid, layout, knockouts: read.knockouts ?? storedKnockouts({ ...valid, layout }) };
}

/** A job posting someone saved, and the state of their application to it. */
export class Job {
  private constructor(private props: JobPrimitives) {}

  static create(input: {
    id: string;
    ownerId: string | null;
    source: JobSource;
    details: JobDetails;
    keywords: JobKeywordLists;
    /** The description's layout when it was read already (readJobText); read here otherwise. */
    layout?: StoredPostingLayout;
    /** The knock-outs when they were read already (readJobText); read here otherwise. */
    knockouts?: StoredKnockouts;
    now: Date;
  }): Job {
    return new Job({
      id: input.id,
      ownerId: input.ownerId,
      ...validated(input.details, input),
      source: input.source,
      applicationStatus: 'saved',
      furthestStage: 0,
      keywords: { required: [...input.keywords.required], preferred: [...input.keywords.preferred] },
      createdAt: input.now,
      updatedAt: input.now,
    });
  }

  /** Raises `JOB.VALIDATION` for details a job cannot hold, as create and update would, without reading them. */
  static check(details: JobDetails): void {
    checked(details);
  }

  static fromPrimitives(props: JobPrimitives): Job {
    return new Job({ ...props });
  }

  get id(): string {
    return this.props.id;
  }
  get ownerId(): string | null {
    return this.props.ownerId;
  }
  get applicationStatus(): ApplicationStatus {
    return this.props.applicationStatus;
  }

  /** The details as they are now, for merging a partial update. */
  details(): Required<JobDetails> {
    const { title, company, location, remote, employmentType, description, responsibilities } = this.props;
    const { requirements, niceToHave, salaryRange, url, status, followUpAt, validThrough } = this.props;
    return {
      title,
      company,
      location,
      remote,
      employmentType,
      description,
      responsibilities: [...responsibilities],
      requirements: [...requirements],
      niceToHave: [...niceToHave],
      salaryRange,
      url,
      status,
      followUpAt,
      validThrough,
    };
  }

  update(details: JobDetails, keywords: JobKeywordLists, now: Date, read: ReadAlready = {}): void {
    this.props = { ...this.props, ...validated(details, read), keywords, updatedAt: now };
  }

  setKeywords(keywords: JobKeywordLists, now: Date): void {
    this.props = { ...this.props, keywords, updatedAt: now };
  }

  /** Moves the application; raises `JOB.INVALID_TRANSITION` for an impossible move. */
  moveTo(to: ApplicationStatus, now: Date): { from: ApplicationStatus; to: ApplicationStatus } {
    const from = this.props.applicationStatus;
    assertTransition(from, to);
    this.props = {
      ...this.props,
      applicationStatus: to,
      furthestStage: Math.max(this.props.furthestStage, stageIndex(to)),
      updatedAt: now,
    };
    return { from, to };
  }

  /** A private copy of a catalog posting for one user, with its own application state. */
  copyFor(ownerId: string, id: string, now: Date): Job {
    return Job.create({
      id,
      ownerId,
      source: 'catalog',
      details: { ...this.details(), followUpAt: null, status: 'active' },
      keywords: this.props.keywords,
      now,
    });
  }

  toPrimitives(): JobPrimitives {
    return structuredCloneJob(this.props);
  }
}

const structuredCloneJob = (props: JobPrimitives): JobPrimitives => ({
  ...props,
  responsibilities: [...props.responsibilities],
  requirements: [...props.requirements],
  niceToHave: [...props.niceToHave],
  salaryRange: props.salaryRange ? { ...props.salaryRange } : null,
  keywords: { required: [...props.keywords.required], preferred: [...props.keywords.preferred] },
});

export type RemotePolicy = 'remote' | 'hybrid' | 'onsite';
export type EmploymentType = 'full_time' | 'part_time' | 'contract' | 'internship' | 'temporary';
export type SalaryPeriod = 'year' | 'month' | 'week' | 'day' | 'hour';

export interface SalaryRange {
  /** Null when the posting only gives an upper bound ("up to €50,000"). */
  readonly min: number | null;
  readonly max: number | null;
  /** ISO 4217 code, or null when the posting names no currency. */
  readonly currency: string | null;
  /** Null when the posting does not say; never guessed from the amount. */
  readonly period: SalaryPeriod | null;
}

/** What a heading introduces. Only responsibilities, requirements and niceToHave become fields. */
export type JobSectionKind =
  | 'intro'
  | 'summary'
  | 'responsibilities'
  | 'requirements'
  | 'niceToHave'
  | 'benefits'
  | 'about'
  | 'application'
  | 'legal'
  /** Labelled rows stating the job's terms ("Pay scale & grade: GS 7", "Security clearance: Secret"). */
  | 'details'
  | 'other';

export interface JobSection {
  readonly heading: string | null;
  readonly kind: JobSectionKind;
  readonly items: readonly string[];
}

/** The structured reading of a pasted job posting. Fields the text does not state are null or empty. */
export interface ParsedJobPosting {
  readonly title: string | null;
  readonly company: string | null;
  readonly location: string | null;
  readonly remote: RemotePolicy | null;
  readonly employmentType: EmploymentType | null;
  readonly salaryRange: SalaryRange | null;
  /** When the page's markup states them (schema.org datePosted / validThrough), as written there. */
  readonly datePosted?: string | null;
  readonly validThrough?: string | null;
  /** The whole posting, tidied (line ends, spaces, page numbers), nothing dropped. */
  readonly description: string;
  readonly responsibilities: readonly string[];
  readonly requirements: readonly string[];
  readonly niceToHave: readonly string[];
  /** Every section in order, including the ones that are not fields (benefits, about the company, …). */
  readonly sections: readonly JobSection[];
}

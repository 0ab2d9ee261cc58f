/**
 * The structured content of a generated (tailored) resume, as the generation pipeline hands it to the match
 * score and the truthfulness gate. Every bullet says which profile items it was written from (`sourceRefs`):
 * the gate checks a bullet's claims against those items only.
 */

/** Sections of a profile a generated line can cite. */
export type SourceSection =
  | 'summary'
  | 'headline'
  | 'experiences'
  | 'education'
  | 'projects'
  | 'skills'
  | 'certifications'
  | 'languages';

/**
 * One profile item. `itemId` is the item's id for experiences, education and projects; the category
 * (`technical`, `soft`, `tools`) for skills; the position as a string (`"0"`) for certifications and
 * languages; the section name for summary and headline.
 */
export interface SourceRef {
  readonly section: SourceSection;
  readonly itemId: string;
}

export interface TailoredText {
  readonly text: string;
  /** Empty: the text is checked against the whole profile, as free text is. */
  readonly sourceRefs: readonly SourceRef[];
}

export interface TailoredExperience {
  /** The profile experience this entry presents (its id); its header is checked against that item. */
  readonly itemId: string | null;
  readonly title: string;
  readonly company: string;
  readonly location?: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly current?: boolean;
  readonly bullets: readonly TailoredText[];
  /** The role's technologies, copied from the profile (evidence the match counts, like the profile's). */
  readonly technologies?: readonly string[];
}

export interface TailoredProject {
  readonly itemId: string | null;
  readonly name: string;
  readonly description?: string | null;
  readonly bullets: readonly TailoredText[];
  readonly technologies?: readonly string[];
  readonly startDate?: string | null;
  readonly endDate?: string | null;
}

export interface TailoredEducation {
  readonly itemId: string | null;
  readonly institution: string;
  readonly degree: string | null;
  readonly field?: string | null;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  readonly honors?: string | null;
  readonly coursework?: readonly string[];
}

/** A volunteer role the profile keeps, printed as it states it: the role, the organisation and the dates. */
export interface TailoredVolunteerRole {
  readonly position: string | null;
  readonly organization: string | null;
  readonly startDate?: string | null;
  /** None with a start date: the role goes on (JSON Resume leaves out the end of a current role). */
  readonly endDate?: string | null;
}

export interface TailoredResumeContent {
  readonly headline?: string | null;
  readonly summary: TailoredText | null;
  readonly experiences: readonly TailoredExperience[];
  /** Flat list of skill names as shown on the resume. */
  readonly skills: readonly string[];
  readonly projects: readonly TailoredProject[];
  readonly education: readonly TailoredEducation[];
  /** "Name — Issuer", so the issuer a posting may name keeps its evidence. */
  readonly certifications?: readonly string[];
  /** Awards and honours the profile keeps ("President's Club — Keystone Distribution (2022)"), as it states them. */
  readonly awards?: readonly string[];
  /** Volunteer roles the profile keeps, as it states them. */
  readonly volunteer?: readonly TailoredVolunteerRole[];
  /** Publications the profile keeps, one citation each, as it states them ("Title — Publisher (2023)"). */
  readonly publications?: readonly string[];
  /** "Language (fluency)". */
  readonly languages?: readonly string[];
}

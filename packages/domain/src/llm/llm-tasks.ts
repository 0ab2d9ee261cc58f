/**
 * What Tailor asks of a language model, task by task: the variables each task takes and the value it must
 * answer with. The zod schemas that check these shapes at run time live in infrastructure
 * (`llm/tasks/`), where a compile-time check keeps them equal to the types below.
 */

/** A job posting, structured. Absent facts are `null` or empty lists, never invented. */
export interface ParsedJob {
  title: string;
  company: string | null;
  location: string | null;
  /** Short description of the role in the posting's own words. */
  summary: string;
  responsibilities: string[];
  requirements: string[];
  niceToHave: string[];
  /** Skills, tools and technologies the posting names, in its own spelling. */
  skills: string[];
  /** The terms a screening system would look for (skills first, then salient words of the posting). */
  keywords: string[];
}

export interface ParsedResumeExperience {
  title: string;
  company: string | null;
  location: string | null;
  /** `YYYY-MM` or `YYYY` as the resume gives it; `null` when absent. */
  startDate: string | null;
  endDate: string | null;
  current: boolean;
  bullets: string[];
}

export interface ParsedResumeEducation {
  institution: string;
  degree: string | null;
  /** The field of study when the text names it apart from the degree ("BSc" / "Nursing"). */
  field: string | null;
  startDate: string | null;
  endDate: string | null;
  details: string[];
}

export interface ParsedResumeCertification {
  name: string;
  issuer: string | null;
  /** `YYYY-MM` or `YYYY`, when the line gives one. */
  date: string | null;
}

export interface ParsedResumeLanguage {
  language: string;
  /** As the resume says it ("Native", "B2", "verhandlungssicher"). */
  fluency: string | null;
}

/** A project as a resume lists it: "Gitlytics | Python, Flask, React   June 2020 – Present", then bullets. */
export interface ParsedResumeProject {
  name: string;
  description: string | null;
  technologies: string[];
  url: string | null;
  startDate: string | null;
  endDate: string | null;
  bullets: string[];
}

/** An award or honour as the resume lists it ("Employee of the Year, Acme Corp, 2021"). */
export interface ParsedResumeAward {
  title: string;
  awarder: string | null;
  /** `YYYY-MM` or `YYYY`, when the line gives one. */
  date: string | null;
}

/** Volunteer work, read as a role is: the position, the organisation, dates and bullets. */
export interface ParsedResumeVolunteer {
  position: string;
  organization: string | null;
  startDate: string | null;
  endDate: string | null;
  bullets: string[];
}

/** A publication as the resume cites it: the whole citation, and its year when given. */
export interface ParsedResumePublication {
  name: string;
  date: string | null;
}

/** A resume read from plain text. */
export interface ParsedResume {
  fullName: string | null;
  headline: string | null;
  contact: { email: string | null; phone: string | null; location: string | null; links: string[] };
  summary: string | null;
  experiences: ParsedResumeExperience[];
  education: ParsedResumeEducation[];
  skills: string[];
  certifications: ParsedResumeCertification[];
  languages: ParsedResumeLanguage[];
  projects: ParsedResumeProject[];
  /** Sections the profile has no field for, kept (see `UNMODELLED_SECTIONS_KEY`) so that nothing read is lost. */
  awards: ParsedResumeAward[];
  volunteer: ParsedResumeVolunteer[];
  publications: ParsedResumePublication[];
  /** Interests and hobbies, one each. */
  interests: string[];
}

/** How a person writes: measured from their own text, used to keep generated text in their voice. */
export interface WritingStyle {
  averageSentenceWords: number;
  person: 'first' | 'third' | 'implied';
  tense: 'past' | 'present' | 'mixed';
  bulletForm: 'verb_first' | 'noun_phrase' | 'sentence';
  /** Most used leading verbs, most frequent first (at most 10). */
  favouriteVerbs: string[];
}

/** The facts of a profile a writing task may use, and the only facts it may state. */
export interface ProfileFacts {
  fullName: string;
  headline: string | null;
  experiences: Array<{
    title: string;
    company: string;
    startDate: string | null;
    endDate: string | null;
    bullets: string[];
  }>;
  skills: string[];
}

/** The parts of a job a writing task aims at. */
export interface JobFacts {
  title: string;
  company: string | null;
  keywords: string[];
}

/** Task name → the variables it takes and the value it answers with. */
export interface LlmTaskMap {
  parse_job: { variables: { text: string }; output: ParsedJob };
  parse_resume: { variables: { text: string }; output: ParsedResume };
  rewrite_bullets: {
    /** `keywords` may steer word choice but are never added as claims. */
    variables: { bullets: string[]; keywords: string[]; style: WritingStyle | null };
    /** One rewritten bullet per input bullet, same order. */
    output: { bullets: string[] };
  };
  write_summary: {
    variables: { profile: ProfileFacts; job: JobFacts };
    output: { summary: string };
  };
  write_cover_letter: {
    variables: { profile: ProfileFacts; job: JobFacts };
    output: { salutation: string; paragraphs: string[]; closing: string };
  };
  extract_style: { variables: { samples: string[] }; output: WritingStyle };
}

export type LlmTaskName = keyof LlmTaskMap;
export type LlmTaskVariables<T extends LlmTaskName> = LlmTaskMap[T]['variables'];
export type LlmTaskOutput<T extends LlmTaskName> = LlmTaskMap[T]['output'];

export const LLM_TASK_NAMES = [
  'parse_job',
  'parse_resume',
  'rewrite_bullets',
  'write_summary',
  'write_cover_letter',
  'extract_style',
] as const satisfies readonly LlmTaskName[];

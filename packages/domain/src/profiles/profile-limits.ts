/**
 * Every business limit on a profile, in one place (the README lists them; the HTTP schemas must not restate
 * them). Lengths count UTF-16 code units after trimming, counts are array lengths.
 */
export const PROFILE_LIMITS = {
  profilesPerUser: 20,

  fullName: 200,
  headline: 200,
  email: 254,
  phone: 50,
  location: 200,
  url: 2048,
  summary: 10_000,

  links: 20,
  linkLabel: 100,

  experiences: 50,
  education: 30,
  projects: 50,
  /** title, company, institution, degree, field, project name, certification name/issuer, … */
  shortText: 200,
  projectDescription: 5_000,
  bulletsPerItem: 30,
  bullet: 1_000,
  technologiesPerItem: 50,
  technology: 100,
  coursework: 50,
  course: 200,
  /** JSON Resume calls it "score" and people write more than a number there. */
  gpa: 200,
  honors: 500,

  skillsPerCategory: 100,
  skill: 100,
  languages: 30,
  language: 100,
  fluency: 100,
  certifications: 50,

  /** Size of `customFields` serialised as JSON, in characters (holds unmodelled JSON Resume sections). */
  customFieldsJson: 200_000,
} as const;

import type { ProfileContent } from './profile-content.js';

export interface CompletenessCriterion {
  criterion: string;
  points: number;
  max: number;
}

export interface ProfileAnalytics {
  /** 0–100, the sum of `breakdown` points. */
  score: number;
  /** Field paths that are empty or too thin, e.g. `phone`, `summary`, `experiences[1].bullets`. */
  missing: string[];
  /** One concrete sentence per thing to do, most valuable first. */
  suggestions: string[];
  breakdown: CompletenessCriterion[];
}

// A bullet counts as quantified when it carries a number (figures, %, money, multipliers).
const QUANTIFIED = /\d/u;
const SUMMARY_MIN = 150;
const SUMMARY_MAX = 1_500;
const MIN_BULLETS = 2;
const MIN_SKILLS = 5;

const share = (part: number, whole: number, max: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * max);

/**
 * The completeness rubric (docs-profiles.md documents it; keep the two in step). Deterministic: the same
 * content always gets the same score, with no clock and no randomness.
 *
 * | criterion   | max | rule                                                                                |
 * | contact     | 20  | 4 each: fullName, email, phone, location, at least one link                        |
 * | headline    | 5   | present                                                                             |
 * | summary     | 15  | none 0; under 150 chars 5; 150–1500 15; longer 10                                   |
 * | experience  | 10  | at least one experience                                                             |
 * | bullets     | 10  | share of experiences with at least 2 bullets × 10                                   |
 * | quantified  | 10  | share of experience bullets containing a number, × 20, capped at 10 (half is enough) |
 * | dates       | 10  | share of experiences and education with a start date and an end date (or current)   |
 * | education   | 10  | at least one education entry                                                        |
 * | skills      | 10  | 5 or more skills across the three lists 10; 1–4 5; none 0                           |
 */
export function analyseProfile(profile: ProfileContent): ProfileAnalytics {
  const missing: string[] = [];
  const suggestions: string[] = [];
  const breakdown: CompletenessCriterion[] = [];
  const add = (criterion: string, points: number, max: number) => breakdown.push({ criterion, points, max });

  // contact
  let contact = 0;
  const contactFields: Array<[string, boolean, string]> = [
    ['fullName', profile.fullName !== '', 'Add your full name.'],
    ['email', profile.email !== null, 'Add a contact email address.'],
    ['phone', profile.phone !== null, 'Add a phone number recruiters can call.'],
    ['location', profile.location !== null, 'Add your location (city and country is enough).'],
    ['links', profile.links.length > 0, 'Add a link to your LinkedIn, portfolio or code.'],
  ];
  for (const [field, present, suggestion] of contactFields) {
    if (present) contact += 4;
    else {
      missing.push(field);
      suggestions.push(suggestion);
    }
  }
  add('contact', contact, 20);

  if (profile.headline !== null) add('headline', 5, 5);
  else {
    add('headline', 0, 5);
    missing.push('headline');
    suggestions.push('Add a headline that names the role you want, e.g. "Senior Backend Engineer".');
  }

  const summaryLength = profile.summary?.length ?? 0;
  if (summaryLength === 0) {
    add('summary', 0, 15);
    missing.push('summary');
    suggestions.push(
      `Write a ${SUMMARY_MIN}–${SUMMARY_MAX} character summary of who you are and what you offer.`,
    );
  } else if (summaryLength < SUMMARY_MIN) {
    add('summary', 5, 15);
    suggestions.push(`Expand your summary to at least ${SUMMARY_MIN} characters (now ${summaryLength}).`);
  } else if (summaryLength > SUMMARY_MAX) {
    add('summary', 10, 15);
    suggestions.push(`Shorten your summary to at most ${SUMMARY_MAX} characters (now ${summaryLength}).`);
  } else add('summary', 15, 15);

  const experiences = profile.experiences;
  if (experiences.length > 0) add('experience', 10, 10);
  else {
    add('experience', 0, 10);
    missing.push('experiences');
    suggestions.push('Add your work experience, most recent first.');
  }

  const thin = experiences
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.bullets.length < MIN_BULLETS);
  add('bullets', share(experiences.length - thin.length, experiences.length, 10), 10);
  for (const { item, index } of thin) {
    missing.push(`experiences[${index}].bullets`);
    suggestions.push(
      `Add at least ${MIN_BULLETS} achievement bullets to "${item.title}" at ${item.company}.`,
    );
  }

  const bullets = experiences.flatMap((item) => item.bullets);
  const quantified = bullets.filter((bullet) => QUANTIFIED.test(bullet)).length;
  const quantifiedPoints = Math.min(10, share(quantified, bullets.length, 20));
  add('quantified', quantifiedPoints, 10);
  if (bullets.length > 0 && quantifiedPoints < 10) {
    suggestions.push(
      `Quantify more results (numbers, %, money, time saved): ${quantified} of ${bullets.length} bullets have a figure; aim for half.`,
    );
  }

  const dated = [
    ...experiences.map((item, index) => ({
      path: `experiences[${index}]`,
      ok: item.startDate !== null && (item.endDate !== null || item.current),
    })),
    ...profile.education.map((item, index) => ({
      path: `education[${index}]`,
      ok: item.startDate !== null && item.endDate !== null,
    })),
  ];
  add('dates', share(dated.filter((entry) => entry.ok).length, dated.length, 10), 10);
  const undated = dated.filter((entry) => !entry.ok);
  for (const entry of undated) missing.push(`${entry.path}.dates`);
  if (undated.length > 0) {
    suggestions.push(`Give start and end dates (YYYY-MM) to ${undated.length} entries that lack them.`);
  }

  if (profile.education.length > 0) add('education', 10, 10);
  else {
    add('education', 0, 10);
    missing.push('education');
    suggestions.push('Add your education (degree, institution, dates).');
  }

  const skillCount =
    profile.skills.technical.length + profile.skills.soft.length + profile.skills.tools.length;
  if (skillCount >= MIN_SKILLS) add('skills', 10, 10);
  else {
    add('skills', skillCount > 0 ? 5 : 0, 10);
    missing.push('skills');
    suggestions.push(
      `List at least ${MIN_SKILLS} skills (technical, soft and tools); you have ${skillCount}.`,
    );
  }

  const score = breakdown.reduce((sum, entry) => sum + entry.points, 0);
  return { score, missing, suggestions, breakdown };
}

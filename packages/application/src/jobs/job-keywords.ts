import {
  jobKeywordLists,
  readJobText,
  type JobDetails,
  type JobSection,
  type JobTextReading,
} from '@tailor/domain';

/** The keyword lists stored on a job, drawn from its sections (required) and nice-to-haves (preferred). */
export const keywordsOf = jobKeywordLists;

/**
 * Reads a job's keywords and layout, or has it read elsewhere: a job may hold a million characters of text,
 * and reading them is up to a second of CPU that the server runs off its event loop (see the composition).
 */
export type JobTextReader = (
  details: JobDetails,
  sections?: readonly JobSection[],
) => JobTextReading | Promise<JobTextReading>;

/** Reads the text where it is (the CLI, tests). */
export const readJobTextInPlace: JobTextReader = readJobText;

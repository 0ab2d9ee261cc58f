import {
  isDomainError,
  parseJobPosting,
  readJobText,
  type JobDetails,
  type JobSection,
  type PostingPage,
} from '@tailor/domain';
import { CheerioPostingPageReader } from '../jobs/import/cheerio-posting-page-reader.js';
import { parseResumeText } from '../llm/local/resume-text-parser.js';
import { FileTextExtractor } from './file-text-extractor.js';

/**
 * Work sent to a document worker: reading an uploaded file, parsing a resume's or a pasted posting's text
 * without a model, reading a saved job's keywords and layout, or reading a posting out of a pasted or fetched
 * page.
 */
export type DocumentJob =
  | { kind: 'extract'; bytes: Uint8Array; allowExport: boolean }
  | { kind: 'parse_resume'; text: string }
  | { kind: 'parse_posting'; text: string }
  | { kind: 'read_job_text'; details: JobDetails; sections?: readonly JobSection[] }
  | { kind: 'read_page'; page: PostingPage };

/** Domain errors do not survive the thread boundary as classes: they travel as their parts. */
export type DocumentJobResult =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message: string; details: Record<string, unknown> } };

const extractor = new FileTextExtractor();
const pageReader = new CheerioPostingPageReader();

/** The worker's entry (piscina calls the default export once per job). */
export default async function runDocumentJob(job: DocumentJob): Promise<DocumentJobResult> {
  try {
    if (job.kind === 'parse_resume') return { ok: true, value: parseResumeText(job.text) };
    if (job.kind === 'parse_posting') return { ok: true, value: parseJobPosting(job.text) };
    if (job.kind === 'read_job_text') return { ok: true, value: readJobText(job.details, job.sections) };
    if (job.kind === 'read_page') return { ok: true, value: pageReader.read(job.page) };
    const value = job.allowExport
      ? await extractor.extractDocument(job.bytes)
      : await extractor.extract(job.bytes);
    return { ok: true, value };
  } catch (error) {
    if (isDomainError(error))
      return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    throw error;
  }
}

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  DocumentErrors,
  DomainError,
  ERROR_STATUS,
  ImportErrors,
  isErrorCode,
  jobTextLength,
  parseJobPosting,
  readJobText,
  type ExtractedDocument,
  type ExtractedText,
  type IClock,
  type IDocumentRenderer,
  type IDocumentTextExtractor,
  type IPostingPageReader,
  type JobDetails,
  type JobSection,
  type JobTextReading,
  type PageReading,
  type ParsedJobPosting,
  type ParsedResume,
  type PostingPage,
  type RenderableDocument,
  type RenderedDocument,
  type RenderOptions,
} from '@tailor/domain';
import type { Piscina } from 'piscina';
import type { RenderJob } from '../documents/render-worker.js';
import type { DocumentJob, DocumentJobResult } from './document-worker.js';

export interface DocumentWorkerPoolOptions {
  /** Threads reading documents at once (default: 2, or 1 on a single core). */
  maxThreads?: number;
  /** A job still running after this long is stopped (its worker is terminated) and the file refused. */
  timeoutMs?: number;
  /** Heap ceiling of each worker; a file that needs more kills only its worker and is refused. */
  maxHeapMb?: number;
  /** The worker's work: reading documents (the default) or rendering PDF and DOCX. */
  worker?: WorkerKind;
}

type WorkerKind = 'read' | 'render';

// Each kind of worker is its own file: rendering loads pdf-lib, fontkit and docx, which readers never need.
const WORKER_FILES: Record<WorkerKind, string> = {
  read: '../text/document-worker',
  render: '../documents/render-worker',
};

// Errors cross the thread boundary as plain data and are made again here, with their declared codes.
const rebuild = DomainError.factory(ERROR_STATUS);

// Jobs waiting beyond this are refused with 503 rather than queued without end.
const MAX_QUEUE = 64;

/**
 * A worker idle this long leaves, and the heap its last file grew goes with it (a worker may hold up to its
 * heap ceiling, 160 MB, until then; it was a minute). The next file starts a worker again, in the worker's
 * own thread.
 */
export const WORKER_IDLE_MS = 10_000;

/**
 * Reading and parsing uploaded files and posting pages off the request event loop: pdf.js, mammoth, CSV, the
 * resume parser and the HTML page reader run in worker threads (piscina), so a slow or hostile input costs one
 * worker, never the server's responsiveness (`/health` keeps answering). Each job has a deadline and each
 * worker a heap ceiling; both end in 422 IMPORT.TOO_COMPLEX. Workers start on first use and leave after
 * WORKER_IDLE_MS idle.
 */
export class DocumentWorkerPool {
  private pool: Promise<Piscina> | null = null;
  private readonly timeoutMs: number;

  constructor(private readonly options: DocumentWorkerPoolOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /**
   * Runs the job in a worker. A job past the deadline or the heap ceiling is refused with `tooComplex`, given
   * the reason (and the deadline): by default the upload's IMPORT.TOO_COMPLEX; pages and renders say their own.
   */
  async run(job: DocumentJob | RenderJob, tooComplex: RefusalOf = ImportErrors.tooComplex): Promise<unknown> {
    const pool = await this.ensurePool();
    if (pool.queueSize >= MAX_QUEUE) throw ImportErrors.busy();
    const transferList = 'kind' in job && job.kind === 'extract' ? [job.bytes.buffer as ArrayBuffer] : [];
    let result: DocumentJobResult;
    try {
      result = (await pool.run(job, {
        transferList,
        signal: AbortSignal.timeout(this.timeoutMs),
      })) as DocumentJobResult;
    } catch (error) {
      throw workerFailure(error, this.timeoutMs, tooComplex);
    }
    if (!result.ok) {
      const { code, message, details } = result.error;
      if (!isErrorCode(code)) throw new Error(`document worker: unknown error code ${code}`);
      throw rebuild(code, message, details);
    }
    return result.value;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await (await pool)?.destroy();
  }

  /** piscina itself (~1 MB of heap) is loaded with the first job too; a failed load is tried again next time. */
  private ensurePool(): Promise<Piscina> {
    this.pool ??= import('piscina').then(
      ({ Piscina }) =>
        new Piscina({
          ...workerEntry(WORKER_FILES[this.options.worker ?? 'read']),
          minThreads: 0,
          maxThreads: this.options.maxThreads ?? Math.min(2, availableParallelism()),
          idleTimeout: WORKER_IDLE_MS,
          resourceLimits: {
            maxOldGenerationSizeMb: this.options.maxHeapMb ?? 160,
            maxYoungGenerationSizeMb: 32,
          },
        }),
      (error: unknown) => {
        this.pool = null;
        throw error;
      },
    );
    return this.pool;
  }
}

/**
 * The worker file: compiled JavaScript in a build; from the TypeScript sources (tests, `pnpm dev`) the
 * worker needs tsx's require hook and the `source` export condition the main thread was started with.
 */
function workerEntry(file: string): { filename: string; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = fileURLToPath(new URL(`${file}.${fromSource ? 'ts' : 'js'}`, import.meta.url));
  if (!fromSource) return { filename };
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs');
  return { filename, execArgv: ['--conditions=source', '--require', tsx] };
}

type RefusalOf = (details: Record<string, unknown>) => Error;

function workerFailure(error: unknown, timeoutMs: number, tooComplex: RefusalOf): Error {
  const name = (error as Error | undefined)?.name;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (name === 'AbortError' || name === 'TimeoutError')
    return tooComplex({ reason: 'took longer than allowed', timeoutMs });
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return tooComplex({ reason: 'needed more memory than allowed' });
  return error instanceof Error ? error : new Error(String(error));
}

/** The extractor port, served by the pool. */
export class PooledDocumentReader implements IDocumentTextExtractor {
  constructor(private readonly pool: DocumentWorkerPool) {}

  extract(bytes: Uint8Array): Promise<ExtractedText> {
    return this.pool.run({
      kind: 'extract',
      bytes: copy(bytes),
      allowExport: false,
    }) as Promise<ExtractedText>;
  }

  extractDocument(bytes: Uint8Array): Promise<ExtractedDocument> {
    return this.pool.run({
      kind: 'extract',
      bytes: copy(bytes),
      allowExport: true,
    }) as Promise<ExtractedDocument>;
  }
}

/**
 * The posting page reader, served by the pool: parsing 2 MB of pasted markup takes about a second (and took
 * 13 s before its quadratic searches were removed), and a page is whatever the sender made it.
 */
export class PooledPostingPageReader implements IPostingPageReader {
  constructor(private readonly pool: DocumentWorkerPool) {}

  read(page: PostingPage): Promise<PageReading | null> {
    // The upload's refusal speaks of a document's pages and sizes; a page has its own.
    return this.pool.run(
      { kind: 'read_page', page },
      ImportErrors.pageTooComplex,
    ) as Promise<PageReading | null>;
  }
}

/**
 * PDF and DOCX rendering, served by a pool of render workers: a document at the content limits (about 1 MB of
 * text) held the request's event loop 0.6-2.6 s in pdf-lib. A render still running after the pool's deadline,
 * or needing more than a worker's heap, is refused as content too large to render.
 */
export class PooledDocumentRenderer implements IDocumentRenderer {
  constructor(
    readonly format: RenderJob['format'],
    private readonly pool: DocumentWorkerPool,
    private readonly clock: IClock,
  ) {}

  render(document: RenderableDocument, options: RenderOptions = {}): Promise<RenderedDocument> {
    return this.pool.run({ format: this.format, document, options, now: this.clock.now() }, () =>
      DocumentErrors.invalid('content', 'The content is too large or too complex to render.'),
    ) as Promise<RenderedDocument>;
  }
}

/** The resume parser of the built-in engine, served by the pool. */
export const pooledResumeParser =
  (pool: DocumentWorkerPool) =>
  (text: string): Promise<ParsedResume> =>
    pool.run({ kind: 'parse_resume', text }) as Promise<ParsedResume>;

// The bytes are transferred to the worker (no copy there), so hand over a private copy the caller keeps.
const copy = (bytes: Uint8Array): Uint8Array => new Uint8Array(bytes);

/**
 * Postings up to this many characters are parsed where they arrive: a usual posting (3,000-10,000
 * characters) takes a few milliseconds, less than the trip to a worker (or its start).
 */
export const INLINE_POSTING_CHARS = 20_000;

/**
 * The deterministic posting parser, served by the pool beyond INLINE_POSTING_CHARS: 200,000 characters of
 * pasted text (bullets and punctuation without a line break, thousands of short heading-like lines) held the
 * event loop up to a second.
 */
export const pooledPostingParser =
  (pool: DocumentWorkerPool) =>
  async (text: string): Promise<ParsedJobPosting> =>
    text.length <= INLINE_POSTING_CHARS
      ? parseJobPosting(text)
      : ((await pool.run({ kind: 'parse_posting', text }, ImportErrors.pageTooComplex)) as ParsedJobPosting);

/**
 * A job's keywords and layout (on every create, update and analysis of a job, and every pasted posting read),
 * read in the pool when its description and lists hold more than INLINE_POSTING_CHARS: a job at its limits
 * (100,000 characters of description, 600 list items of 2,000) held the event loop up to 0.9 s.
 */
export const pooledJobTextReader =
  (pool: DocumentWorkerPool) =>
  async (details: JobDetails, sections?: readonly JobSection[]): Promise<JobTextReading> => {
    if (jobTextLength(details) <= INLINE_POSTING_CHARS) return readJobText(details, sections);
    const { title, company, location, description, responsibilities, requirements, niceToHave } = details;
    const text = { title, company, location, description, responsibilities, requirements, niceToHave };
    return (await pool.run(
      { kind: 'read_job_text', details: text, ...(sections ? { sections } : {}) },
      ImportErrors.pageTooComplex,
    )) as JobTextReading;
  };

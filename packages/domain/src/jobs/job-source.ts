import type { ParsedJobPosting } from './parsed-job-posting.js';

/** How a posting reached us: pasted text, a pasted page, or a page the server fetched. */
export type JobSourceKind = 'text' | 'html' | 'url';

/** Which reader produced the fields, in the order they are tried for a page. */
export type PostingReader = 'json-ld' | 'greenhouse' | 'lever' | 'ashby' | 'page-text' | 'text';

/** The frozen copy of what an imported job was read from (never updated after the import). */
export interface JobSourceSnapshot {
  readonly jobId: string;
  readonly ownerId: string;
  readonly kind: JobSourceKind;
  /** The URL the user gave (null for pasted text). */
  readonly url: string | null;
  /** The URL the content came from after redirects (or the board API URL that was read). */
  readonly finalUrl: string | null;
  readonly contentType: string | null;
  readonly reader: PostingReader;
  /** The text, page or JSON exactly as read (at most 2 MB for fetched pages). */
  readonly content: string;
  readonly capturedAt: Date;
}

export interface IJobSourceRepository {
  /** Stores the snapshot of an owner's job (one per job; a second save replaces it). */
  save(snapshot: JobSourceSnapshot): Promise<void>;
  /** The snapshot of the owner's job, or null — also when the job is someone else's or has none. */
  find(ownerId: string, jobId: string): Promise<JobSourceSnapshot | null>;
  /** Every snapshot of the owner, oldest first (for export). */
  listByOwner(ownerId: string): Promise<JobSourceSnapshot[]>;
  deleteAllByOwner(ownerId: string): Promise<void>;
}

/** A page as fetched: its final URL, media type (without parameters) and decoded body. */
export interface FetchedPage {
  readonly url: string;
  readonly contentType: string;
  readonly body: string;
}

/**
 * Fetches a public web page for import. Raises IMPORT.URL_NOT_ALLOWED (scheme, internal address, media type),
 * IMPORT.FETCH_FAILED (network, HTTP status, too large, too many redirects) or IMPORT.FETCH_TIMEOUT.
 */
export interface IPageFetcher {
  fetch(url: string): Promise<FetchedPage>;
}

/** What a page reader found: the structured posting and the reader that produced it. */
export interface PageReading {
  readonly posting: ParsedJobPosting;
  readonly reader: PostingReader;
}

/** A page to read: HTML, JSON (a job board's API answer) or plain text, with the URL it came from. */
export interface PostingPage {
  readonly content: string;
  readonly format: 'html' | 'json' | 'text';
  readonly url: string | null;
}

/**
 * Reads a posting out of a page: JSON-LD JobPosting first, then a job board's JSON, then the page's main text.
 * Resolves to null when the page holds no posting text at all. Asynchronous: a page of up to 2 MB of markup takes
 * seconds to parse, which the server does off its event loop.
 */
export interface IPostingPageReader {
  read(page: PostingPage): Promise<PageReading | null>;
}

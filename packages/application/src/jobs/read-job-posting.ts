import {
  ImportErrors,
  JobErrors,
  boardJobUrl,
  type IPageFetcher,
  type IPostingPageReader,
  type PageReading,
  type JobSourceKind,
  type ParsedJobPosting,
  type PostingReader,
} from '@tailor/domain';
import type { ParseJobText } from './parse-job-text.js';

/** Exactly one way a posting arrives: pasted text, a pasted page (with the URL it came from), or a URL. */
export type PostingInput = { text: string } | { html: string; url?: string | null } | { url: string };

/** What was read and from what: the snapshot fields without the job it will belong to. */
export interface PostingReading {
  readonly posting: ParsedJobPosting;
  readonly source: {
    readonly kind: JobSourceKind;
    readonly url: string | null;
    readonly finalUrl: string | null;
    readonly contentType: string | null;
    readonly reader: PostingReader;
    readonly content: string;
  };
}

const FORMAT_OF: Readonly<Record<string, 'html' | 'json' | 'text'>> = {
  'text/html': 'html',
  'application/json': 'json',
  'text/plain': 'text',
};

/** A page yields a posting when it has a title or at least one list of duties or requirements. */
function looksLikePosting(posting: ParsedJobPosting): boolean {
  if (posting.description.trim() === '') return false;
  return posting.title !== null || posting.requirements.length > 0 || posting.responsibilities.length > 0;
}

/**
 * Reads a posting from any of its three inputs. Pages go through the page reader (JSON-LD, board JSON, main
 * text); a Greenhouse, Lever or Ashby job URL is read from the board's public job JSON first, and from its
 * page when that fails. Raises IMPORT.NO_POSTING_FOUND when nothing posting-like was read.
 */
export class ReadJobPosting {
  constructor(
    private readonly text: ParseJobText,
    private readonly pages?: IPostingPageReader,
    private readonly fetcher?: IPageFetcher,
  ) {}

  async execute(input: PostingInput, userId?: string): Promise<PostingReading> {
    if ('text' in input) {
      if (input.text.trim() === '') throw JobErrors.nothingToParse();
      const posting = await this.text.execute({ text: input.text, ...(userId ? { userId } : {}) });
      return {
        posting,
        source: {
          kind: 'text',
          url: null,
          finalUrl: null,
          contentType: 'text/plain',
          reader: 'text',
          content: input.text,
        },
      };
    }
    const { pages, fetcher } = this;
    if (pages === undefined || fetcher === undefined)
      throw ImportErrors.urlNotAllowed('reading pages is not configured on this server');
    if ('html' in input) {
      if (input.html.trim() === '') throw JobErrors.nothingToParse();
      const url = input.url ?? null;
      const reading = await pages.read({ content: input.html, format: 'html', url });
      return this.found(reading, {
        kind: 'html',
        url,
        finalUrl: url,
        contentType: 'text/html',
        content: input.html,
      });
    }
    const board = boardJobUrl(input.url);
    if (board !== null) {
      const fromBoard = await fetcher.fetch(board.apiUrl).then(
        async (page) => ({
          page,
          reading: await pages.read({ content: page.body, format: 'json', url: input.url }),
        }),
        // The board's API being down or moved is no reason to give up: its page is read next.
        () => null,
      );
      if (fromBoard?.reading)
        return this.found(fromBoard.reading, {
          kind: 'url',
          url: input.url,
          finalUrl: fromBoard.page.url,
          contentType: fromBoard.page.contentType,
          content: fromBoard.page.body,
        });
    }
    const page = await fetcher.fetch(input.url);
    const reading = await pages.read({
      content: page.body,
      format: FORMAT_OF[page.contentType] ?? 'text',
      url: page.url,
    });
    return this.found(reading, {
      kind: 'url',
      url: input.url,
      finalUrl: page.url,
      contentType: page.contentType,
      content: page.body,
    });
  }

  private found(
    reading: PageReading | null,
    source: Omit<PostingReading['source'], 'reader'>,
  ): PostingReading {
    if (reading === null || !looksLikePosting(reading.posting)) throw ImportErrors.noPostingFound();
    return { posting: reading.posting, source: { ...source, reader: reading.reader } };
  }
}

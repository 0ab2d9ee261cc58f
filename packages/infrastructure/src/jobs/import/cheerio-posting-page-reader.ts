import { cheerio } from './lazy-cheerio.js';
import { boardJobUrl, parseJobPosting, type PageReading, type PostingPage } from '@tailor/domain';
import { postingFromBoardJson } from './board-json-posting.js';
import { nestsDeeperThan } from './html-nesting.js';
import { ancestorsOf, hasTrimmedText } from './html-tree.js';
import { NOT_CONTENT, PAGE_CHROME_SELECTOR, nodesToText } from './html-text.js';
import { jobPostingNodes, jsonLdDocuments, postingFromJsonLd } from './json-ld-posting.js';

const MIN_TEXT = 40;
const MAX_TITLE = 150;
/** A candidate for the page's main part holds at least this much text. */
const MAIN_TEXT_MIN = 200;
const NOT_READ_SELECTOR = `${[...NOT_CONTENT].join(', ')}, ${PAGE_CHROME_SELECTOR}`;

/**
 * Reads a posting out of a page with cheerio (parse5): schema.org JobPosting JSON-LD first, then a job board's
 * public JSON, then the page's main text (navigation, scripts, footers and forms removed) through the text
 * parser. Synchronous and CPU-bound: the server runs it in a document worker (PooledPostingPageReader).
 */
export class CheerioPostingPageReader {
  read(page: PostingPage): PageReading | null {
    if (page.format === 'json') return this.readJson(page);
    if (page.format === 'text') {
      if (page.content.trim().length < MIN_TEXT) return null;
      return { posting: parseJobPosting(page.content), reader: 'text' };
    }
    return this.readHtml(page);
  }

  private readJson(page: PostingPage): PageReading | null {
    let data: unknown;
    try {
      data = JSON.parse(page.content);
    } catch {
      return null;
    }
    const node = jobPostingNodes([data])[0];
    if (node) return { posting: postingFromJsonLd(node), reader: 'json-ld' };
    const board = page.url === null ? null : boardJobUrl(page.url);
    return postingFromBoardJson(data, board);
  }

  private readHtml(page: PostingPage): PageReading | null {
    // Deeper than browsers go: not a page, and parsing it would hold the event loop for minutes.
    if (nestsDeeperThan(page.content)) return null;
    const $ = cheerio().load(page.content);
    const node = jobPostingNodes(jsonLdDocuments($))[0];
    if (node) {
      const posting = postingFromJsonLd(node);
      if (posting.title !== null || posting.description !== '') return { posting, reader: 'json-ld' };
    }

    // One selector, so one walk over the page (a walk per element name took most of a large page's time).
    $(NOT_READ_SELECTOR).remove();
    const headings = $('h1');
    const holdsHeading = ancestorsOf(headings.toArray());
    // A site header is chrome unless it holds the posting's heading.
    $('header').each((_, el) => {
      if (!holdsHeading.has(el)) $(el).remove();
    });
    const h1 = headings.first();
    const candidates = $('main, [role="main"], article, #content, .content, .job, .posting').toArray();
    const root =
      candidates.find(
        (el) => (h1.length === 0 || holdsHeading.has(el)) && hasTrimmedText(el, MAIN_TEXT_MIN),
      ) ??
      $('body').get(0) ??
      $.root().get(0);
    if (root === undefined) return null;
    let text = nodesToText([root]);
    // The heading outside the chosen root (a page whose title sits above <main>) still leads the text.
    const heading = h1.text().replace(/\s+/g, ' ').trim();
    if (heading !== '' && heading.length <= MAX_TITLE && !text.startsWith(heading)) {
      text = `${heading}\n${text.replace(heading + '\n', '')}`;
    }
    if (text.trim().length < MIN_TEXT) return null;
    const posting = parseJobPosting(text);
    const siteName = $('meta[property="og:site_name"]')
      .attr('content')
      // Spaces collapsed first: the suffix pattern is tried from every space, and a long run of them read to its
      // end each time (a pasted page is up to 2 MB).
      ?.replace(/\s+/g, ' ')
      .replace(/\s*[-|–]?\s*(?:careers?|jobs?|karriere|empleo|carrières)\s*$/i, '')
      .trim();
    return {
      posting: {
        ...posting,
        title: heading !== '' && heading.length <= MAX_TITLE ? heading : posting.title,
        company: posting.company ?? (siteName ? siteName : null),
      },
      reader: 'page-text',
    };
  }
}

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
const CAREERS_WORD_RE = /^(?:careers?|jobs?|job details|karriere|empleo|carrières)$/i;
/** Second-level headings tried as the title of a page without an h1. */
const MAX_TITLE_CANDIDATES = 20;
/** Site names that are a job board's or an applicant system's, not the employer's. */
const BOARD_SITE_RE =
  /^(?:lever|greenhouse|workday|smartrecruiters|ashby|linkedin|indeed|glassdoor|stepstone|monster|jobvite|icims|recruitee|personio|teamtailor|workable|bamboohr|breezy(?: hr)?|jazzhr|taleo|successfactors)$/i;
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

    // Read before the head is dropped with everything else that is not content.
    // The head's own children only: a selector over the whole page walks every one of its elements.
    const head = $.root().children('html').children('head');
    const siteName = head
      .children('meta[property="og:site_name"]')
      .attr('content')
      // Spaces collapsed first: the suffix pattern is tried from every space, and a long run of them read to its
      // end each time (a pasted page is up to 2 MB).
      ?.replace(/\s+/g, ' ')
      .replace(/\s*[-|–]?\s*(?:careers?|jobs?|karriere|empleo|carrières)\s*$/i, '')
      // "Careers at Bellwether Packaging", "Jobs bei Acme", "Carrières chez …".
      .replace(
        /^(?:careers?|jobs?|karriere|empleo|carrières|offres d'emploi)\s+(?:at|bei|chez|en|with)\s+/i,
        '',
      )
      .trim();
    const documentTitle = head.children('title').first().text().replace(/\s+/g, ' ').trim();
    // One selector, so one walk over the page (a walk per element name took most of a large page's time).
    $(NOT_READ_SELECTOR).remove();
    // Without an h1 (Workday, Lever pages title the job with an h2), the heading the document's title names.
    let headings = $('h1');
    if (headings.length === 0 && documentTitle !== '') {
      const named = $('h2, h3')
        .toArray()
        .slice(0, MAX_TITLE_CANDIDATES)
        .find((el) => {
          const t = $(el).text().replace(/\s+/g, ' ').trim();
          return t.length >= 3 && t.length <= MAX_TITLE && documentTitle.includes(t);
        });
      if (named !== undefined) headings = $(named);
    }
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
    // "Tidepool Labs - Customer Support Specialist": the document's title names the employer beside the job.
    const titled = heading === '' ? null : employerBeside(documentTitle, heading);
    const site = siteName && !BOARD_SITE_RE.test(siteName) ? siteName : titled;
    return {
      posting: {
        ...posting,
        title: heading !== '' && heading.length <= MAX_TITLE ? heading : posting.title,
        // A site's "Careers" link read as the employer names none.
        company:
          (posting.company !== null && !CAREERS_WORD_RE.test(posting.company) ? posting.company : null) ??
          (site ? site : null),
      },
      reader: 'page-text',
    };
  }
}

/**
 * The employer a document title names beside the job's heading ("Acme - Data Engineer", "Data Engineer | Acme"),
 * or null: a board's or applicant system's name, or a word such as "Careers", names no employer.
 */
function employerBeside(documentTitle: string, heading: string): string | null {
  const at = documentTitle.indexOf(heading);
  if (at === -1 || documentTitle.length > 200) return null;
  const rest = (documentTitle.slice(0, at) + ' ' + documentTitle.slice(at + heading.length))
    .split(/\s[-|–—:]\s|\s\|\s?|\s@\s/)
    .map((p) => p.replace(/^[\s\-|–—:@]+|[\s\-|–—:@]+$/g, '').trim())
    .filter((p) => p.length >= 2);
  const name = rest.length === 1 ? (rest[0] as string) : null;
  if (name === null || name.length > 60) return null;
  if (BOARD_SITE_RE.test(name) || CAREERS_WORD_RE.test(name)) return null;
  return name;
}

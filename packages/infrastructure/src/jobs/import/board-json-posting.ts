import type { ParsedJobPosting, PostingReader, RemotePolicy } from '@tailor/domain';
import { decodeEntities, htmlToText } from './html-text.js';
import {
  amountOf,
  employmentTypeOf,
  salaryPeriodOf,
  salaryRangeOf,
  structuredPosting,
} from './structured-posting.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** A board name from its URL ("acme-robotics") as a company name when the JSON does not state one. */
export function companyFromSlug(slug: string | null): string | null {
  if (slug === null || !/[a-z]/i.test(slug)) return null;
  return slug
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) =>
      w.length <= 3 && /^[a-z]+$/.test(w) && w !== 'the' ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1),
    )
    .join(' ');
}

function remoteWord(v: unknown): RemotePolicy | null {
  const w = typeof v === 'string' ? v.toLowerCase().replace(/[\s_-]/g, '') : '';
  if (w === 'remote') return 'remote';
  if (w === 'hybrid') return 'hybrid';
  if (w === 'onsite') return 'onsite';
  return null;
}

// Greenhouse job board API: GET boards-api.greenhouse.io/v1/boards/{board}/jobs/{id}
function greenhouse(job: Json, slug: string | null): ParsedJobPosting {
  const location = isObject(job['location']) ? str(job['location']['name']) : str(job['location']);
  // `content` is HTML escaped once more ("&lt;p&gt;").
  const html = decodeEntities(str(job['content']) ?? '');
  const text = htmlToText(html);
  const posting = structuredPosting(
    { title: str(job['title']), company: str(job['company_name']), location },
    text,
  );
  return { ...posting, company: posting.company ?? companyFromSlug(slug) };
}

// Lever postings API: GET api.lever.co/v0/postings/{company}/{id}
function lever(job: Json, slug: string | null): ParsedJobPosting {
  const categories = isObject(job['categories']) ? job['categories'] : {};
  const parts: string[] = [htmlToText(str(job['description']) ?? str(job['descriptionPlain']) ?? '')];
  for (const list of Array.isArray(job['lists']) ? job['lists'] : []) {
    if (!isObject(list)) continue;
    const heading = str(list['text']);
    const items = htmlToText(`<ul>${str(list['content']) ?? ''}</ul>`);
    parts.push(`${heading ?? ''}:\n${items}`);
  }
  parts.push(htmlToText(str(job['additional']) ?? str(job['additionalPlain']) ?? ''));
  const range = isObject(job['salaryRange']) ? job['salaryRange'] : null;
  const salary = range
    ? salaryRangeOf(
        amountOf(range['min']),
        amountOf(range['max']),
        range['currency'],
        salaryPeriodOf(range['interval']),
      )
    : null;
  const posting = structuredPosting(
    {
      title: str(job['text']),
      location: str(categories['location']),
      employmentType: employmentTypeOf(categories['commitment']),
      remote: remoteWord(job['workplaceType']),
      salaryRange: salary,
    },
    parts.filter(Boolean).join('\n\n'),
  );
  return { ...posting, company: posting.company ?? companyFromSlug(slug) };
}

// Ashby posting API: GET api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true → {jobs:[…]}
function ashby(job: Json, slug: string | null, organisation: string | null): ParsedJobPosting {
  const comp = isObject(job['compensation']) ? job['compensation'] : {};
  const components = Array.isArray(comp['summaryComponents']) ? comp['summaryComponents'] : [];
  const salaryPart = components.find(
    (c): c is Json => isObject(c) && /salary|hourly/i.test(String(c['compensationType'] ?? '')),
  );
  const salary = salaryPart
    ? salaryRangeOf(
        amountOf(salaryPart['minValue']),
        amountOf(salaryPart['maxValue']),
        salaryPart['currencyCode'],
        salaryPeriodOf(salaryPart['interval']),
      )
    : null;
  const remote = remoteWord(job['workplaceType']) ?? (job['isRemote'] === true ? 'remote' : null);
  const posting = structuredPosting(
    {
      title: str(job['title']),
      company: organisation,
      location:
        str(job['location']) ?? (isObject(job['address']) ? str(job['address']['addressLocality']) : null),
      employmentType: employmentTypeOf(job['employmentType']),
      remote,
      salaryRange: salary,
      datePosted: str(job['publishedAt']),
    },
    htmlToText(str(job['descriptionHtml']) ?? str(job['descriptionPlain']) ?? ''),
  );
  return { ...posting, company: posting.company ?? companyFromSlug(slug) };
}

export interface BoardHint {
  readonly board: 'greenhouse' | 'lever' | 'ashby';
  readonly company: string;
  readonly jobId: string;
}

/**
 * Reads a job board's public job JSON. The board is known from the URL when it is theirs, else recognised by
 * the JSON's shape; null when the JSON is none of the three.
 */
export function postingFromBoardJson(
  data: unknown,
  hint: BoardHint | null,
): { posting: ParsedJobPosting; reader: PostingReader } | null {
  if (!isObject(data)) return null;
  const slug = hint?.company ?? null;
  const isGreenhouse =
    typeof data['title'] === 'string' &&
    'content' in data &&
    ('absolute_url' in data || hint?.board === 'greenhouse');
  if (isGreenhouse) return { posting: greenhouse(data, slug), reader: 'greenhouse' };
  const isLever =
    typeof data['text'] === 'string' &&
    isObject(data['categories']) &&
    ('descriptionPlain' in data || 'lists' in data || 'description' in data);
  if (isLever) return { posting: lever(data, slug), reader: 'lever' };
  const jobs = Array.isArray(data['jobs']) ? data['jobs'].filter(isObject) : null;
  const organisation = str(data['organizationName']) ?? str(data['companyName']);
  if (jobs !== null) {
    const job =
      (hint
        ? (jobs.find((j) => j['id'] === hint.jobId) ??
          jobs.find((j) => String(j['jobUrl'] ?? '').endsWith(`/${hint.jobId}`)))
        : undefined) ?? (jobs.length === 1 ? jobs[0] : undefined);
    if (job && typeof job['title'] === 'string')
      return { posting: ashby(job, slug, organisation), reader: 'ashby' };
    return null;
  }
  if (typeof data['title'] === 'string' && ('descriptionHtml' in data || 'descriptionPlain' in data))
    return { posting: ashby(data, slug, organisation), reader: 'ashby' };
  return null;
}

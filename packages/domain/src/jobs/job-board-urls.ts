/** A job URL of a board whose public job JSON can be read instead of its page. */
export interface BoardJobUrl {
  readonly board: 'greenhouse' | 'lever' | 'ashby';
  /** The board's public API URL that answers with the job (Ashby: the whole board). */
  readonly apiUrl: string;
  /** The company's board name in the URL ("acme" in boards.greenhouse.io/acme/jobs/1). */
  readonly company: string;
  readonly jobId: string;
}

const SEGMENT = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Recognises the page and API URL shapes of Greenhouse, Lever and Ashby job postings and names their public
 * job JSON. Anything else (other hosts, other paths) is null, so only those three hosts are ever rewritten.
 */
export function boardJobUrl(raw: string): BoardJobUrl | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  const ok = (a: string | undefined, b: string | undefined): [string, string] | null =>
    a !== undefined && b !== undefined && SEGMENT.test(a) && SEGMENT.test(b) ? [a, b] : null;

  if (host === 'boards-api.greenhouse.io') {
    // /v1/boards/{board}/jobs/{id}
    const [v, boards, company, jobs, jobId] = parts;
    const pair = ok(company, jobId);
    return v === 'v1' && boards === 'boards' && jobs === 'jobs' && pair ? greenhouse(...pair) : null;
  }
  if (host === 'boards.greenhouse.io' || host === 'job-boards.greenhouse.io') {
    const [company, jobs, jobId] = parts;
    const pair = ok(company, jobId);
    if (jobs === 'jobs' && pair) return greenhouse(...pair);
    // The embed form: /embed/job_app?for={board}&token={id}
    const embed = ok(url.searchParams.get('for') ?? undefined, url.searchParams.get('token') ?? undefined);
    return parts[0] === 'embed' && embed ? greenhouse(...embed) : null;
  }
  if (host === 'jobs.lever.co' || host === 'jobs.eu.lever.co') {
    const [company, jobId] = parts;
    const api = host === 'jobs.eu.lever.co' ? 'api.eu.lever.co' : 'api.lever.co';
    const pair = ok(company, jobId);
    return pair ? lever(api, ...pair) : null;
  }
  if (host === 'api.lever.co' || host === 'api.eu.lever.co') {
    const [v, postings, company, jobId] = parts;
    const pair = ok(company, jobId);
    return v === 'v0' && postings === 'postings' && pair ? lever(host, ...pair) : null;
  }
  if (host === 'jobs.ashbyhq.com') {
    const [company, jobId] = parts;
    const pair = ok(company, jobId);
    return pair ? ashby(...pair) : null;
  }
  return null;
}

const greenhouse = (company: string, jobId: string): BoardJobUrl => ({
  board: 'greenhouse',
  apiUrl: `https://boards-api.greenhouse.io/v1/boards/${company}/jobs/${jobId}`,
  company,
  jobId,
});

const lever = (apiHost: string, company: string, jobId: string): BoardJobUrl => ({
  board: 'lever',
  apiUrl: `https://${apiHost}/v0/postings/${company}/${jobId}`,
  company,
  jobId,
});

const ashby = (company: string, jobId: string): BoardJobUrl => ({
  board: 'ashby',
  apiUrl: `https://api.ashbyhq.com/posting-api/job-board/${company}?includeCompensation=true`,
  company,
  jobId,
});

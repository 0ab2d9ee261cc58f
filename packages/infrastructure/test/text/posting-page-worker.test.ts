import { isDomainError, type PostingPage } from '@tailor/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { CheerioPostingPageReader } from '../../src/jobs/import/cheerio-posting-page-reader.js';
import { DocumentWorkerPool, PooledPostingPageReader } from '../../src/text/document-worker-pool.js';

const page = (content: string): PostingPage => ({
  content,
  format: 'html',
  url: 'https://jobs.example.org/1',
});
const posting = page(
  '<html><head><meta property="og:site_name" content="Harbor Dental Careers"></head><body><nav>Jobs</nav>' +
    '<main><h1>Dental Hygienist</h1><p>Harbor Dental is hiring a dental hygienist for its Leeds practice.</p>' +
    '<h2>Requirements</h2><ul><li>Registered dental hygienist</li><li>Periodontal charting</li></ul></main></body></html>',
);

describe('posting pages read in a document worker', () => {
  const pool = new DocumentWorkerPool({ maxThreads: 1 });
  const reader = new PooledPostingPageReader(pool);
  afterAll(() => pool.close());

  it('reads what the page reader reads in the calling thread', async () => {
    const inThread = new CheerioPostingPageReader().read(posting);
    expect(inThread?.posting.title).toBe('Dental Hygienist');
    expect(await reader.read(posting)).toEqual(inThread);
  });

  it('answers null for a page without a posting', async () => {
    expect(await reader.read(page('<html><body><nav>Menu</nav></body></html>'))).toBeNull();
  });

  it('refuses a page still being read at the deadline as too complex, naming the page', async () => {
    const hurried = new DocumentWorkerPool({ maxThreads: 1, timeoutMs: 50 });
    try {
      const big = page(
        `<html><body><main><h1>Nurse</h1>${'<div><span>x</span></div>'.repeat(60_000)}</main></body></html>`,
      );
      const error: unknown = await new PooledPostingPageReader(hurried).read(big).catch((e: unknown) => e);
      expect(isDomainError(error)).toBe(true);
      expect((error as Error).message).toBe('The page is too large or too complex to read.');
      expect(error).toMatchObject({
        code: 'IMPORT.TOO_COMPLEX',
        details: { reason: 'took longer than allowed', timeoutMs: 50 },
      });
    } finally {
      await hurried.close();
    }
  });
});

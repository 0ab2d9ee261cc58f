import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonResumeSampleJob, readFixture } from '../support/fixtures.js';
import { apiCaller, startServer } from '../support/server-process.js';

const cli = fileURLToPath(new URL('../../packages/http/src/cli/tailor.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');

const runCli = (cwd: string, args: string[]) =>
  execFileSync(process.execPath, ['--conditions=source', '--import', tsx, cli, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
  });

describe('jobs and the catalog, end to end', () => {
  it('an operator imports the catalog twice (the second time updates); a user finds, saves and tracks a posting', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tailor-e2e-'));
    const sample = jsonResumeSampleJob();
    const file = join(cwd, 'catalog.json');
    writeFileSync(file, JSON.stringify([sample]));
    expect(runCli(cwd, ['catalog', 'import', file])).toContain('1 created, 0 updated, 0 failed');
    writeFileSync(file, JSON.stringify([{ ...sample, title: 'Senior Web Developer' }]));
    expect(runCli(cwd, ['catalog', 'import', file])).toContain('0 created, 1 updated, 0 failed');

    const server = await startServer({ cwd });
    try {
      const call = apiCaller(server.baseUrl);
      const { body: session } = await call('POST', '/auth/register', undefined, {
        email: 'jobseeker@example.org',
        password: 'Seeking-work-1',
      });
      const token = session.accessToken as string;

      const catalog = await call('GET', '/jobs/catalog?q=web', token);
      expect(catalog.body.data.map((job: { title: string }) => job.title)).toEqual(['Senior Web Developer']);
      const saved = await call('POST', `/jobs/catalog/${catalog.body.data[0].id}/save`, token);
      expect(saved.status).toBe(201);
      expect(saved.body.keywords.required).toEqual(expect.arrayContaining(['JavaScript', 'React']));

      const posting = readFixture('jobs/backend-developer.pdftotext.txt');
      const parsed = await call('POST', '/jobs', token, { rawText: posting });
      expect(parsed.body).toMatchObject({
        title: 'Backend Developer (Java, 3+ Years)',
        company: 'Fernhill Software',
      });

      await call('PUT', `/jobs/${parsed.body.id}/status`, token, { applicationStatus: 'applied' });
      await call('PUT', `/jobs/${parsed.body.id}/status`, token, {
        applicationStatus: 'interviewing',
        note: 'Phone screen',
      });
      const timeline = await call('GET', `/jobs/${parsed.body.id}/timeline`, token);
      expect(timeline.body.map((entry: { toStatus: string }) => entry.toStatus)).toEqual([
        'applied',
        'interviewing',
      ]);
      const stats = await call('GET', '/jobs/stats', token);
      expect(stats.body.byStatus).toMatchObject({ saved: 1, interviewing: 1 });
      expect((await call('GET', '/jobs?q=java', token)).body.pagination.total).toBe(1);
    } finally {
      await server.stop();
    }
  });
});

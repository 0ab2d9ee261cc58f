import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mcpToolError,
  mcpToolJson,
  untilGenerationEnds,
} from '../../packages/http/test/support/mcp-client.js';
import { jsonResumeExample, readFixture } from '../support/fixtures.js';
import { apiCaller, repoRoot, startServer, type RunningServer } from '../support/server-process.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
type Json = Record<string, any>;

const posting = readFixture('jobs/software-engineer.en.txt');
const JWT_SECRET = 'mcp-stdio-e2e-secret-0123456789abcdef';
// Each stdio server is a fresh pnpm + tsx process (about 5 s of CPU to load the sources), two in one test.
const SLOW = 180_000;

/**
 * `pnpm --silent tailor mcp` exactly as the README's assistant configuration runs it, against the SQLite
 * database a real server uses too: the server registers users and serves the download links, the stdio
 * process acts for the user whose credential it was given.
 */
describe('MCP over stdio (pnpm tailor mcp), end to end on SQLite', () => {
  let dataDir: string;
  let server: RunningServer;
  const clients: Client[] = [];
  const env = () => ({ DATA_DIR: dataDir, JWT_SECRET, LOG_LEVEL: 'silent' });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tailor-mcp-'));
    server = await startServer({ cwd: dataDir, env: env() });
  }, SLOW);
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const http = (method: string, path: string, token?: string, body?: unknown) =>
    apiCaller(server.baseUrl)(method, path, token, body);

  async function user(email: string) {
    const { body } = await http('POST', '/auth/register', undefined, { email, password: 'Assistant-use-1' });
    const token = body.accessToken as string;
    const profile = await http('POST', '/profiles/import', token, {
      format: 'json-resume',
      data: jsonResumeExample('seniorEngineer'),
    });
    // What the README tells a desktop assistant to use: a personal API key.
    const created = await http('POST', '/api-keys', token, { name: 'Desktop assistant' });
    expect(created.status).toBe(201);
    return {
      token,
      profile: profile.body,
      key: created.body.key as string,
      keyId: created.body.id as string,
    };
  }

  async function connect(credential: string): Promise<Client> {
    const client = new Client({ name: 'desktop-assistant', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: 'pnpm',
        args: ['--silent', '--dir', repoRoot, 'tailor', 'mcp'],
        env: { ...env(), TAILOR_API_KEY: credential, TAILOR_URL: server.baseUrl },
        stderr: 'pipe',
      }),
    );
    clients.push(client);
    return client;
  }

  it(
    'refuses to start without TAILOR_API_KEY, naming the variable',
    async () => {
      const run = promisify(execFile)('pnpm', ['--silent', '--dir', repoRoot, 'tailor', 'mcp'], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env() },
      });
      await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('TAILOR_API_KEY') });
    },
    SLOW,
  );

  it(
    'a desktop assistant tailors, exports and tracks for its user, and only for that user',
    async () => {
      const owner = await user('owner@example.org');
      expect(owner.key.startsWith('tlr_')).toBe(true);
      const mcp = await connect(owner.key);
      const { tools } = await mcp.listTools();
      expect(tools).toHaveLength(8);

      const job = await mcpToolJson(mcp, 'save_job', { text: posting });
      const match = await mcpToolJson(mcp, 'match_job', { jobId: job.id });
      expect(match).toMatchObject({ jobId: job.id, profileId: owner.profile.id });
      const started = await mcpToolJson(mcp, 'tailor_document', { jobId: job.id, type: 'resume' });
      const finished = await untilGenerationEnds(mcp, String(started.id));
      expect(finished.status).toBe('succeeded');
      expect((finished.result as Json).truthfulness.passed).toBe(true);

      const exported = await mcpToolJson(mcp, 'export_document', {
        documentId: finished.documentId,
        format: 'pdf',
      });
      // The link points at the server (TAILOR_URL), which shares the database and the secret.
      expect(String(exported.downloadUrl).startsWith(`${server.baseUrl}/api/v1/downloads?token=`)).toBe(true);
      const download = await fetch(String(exported.downloadUrl));
      expect(download.status).toBe(200);
      const bytes = Buffer.from(await download.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(exported.sha256);

      const applied = await mcpToolJson(mcp, 'update_application', {
        jobId: job.id,
        applicationStatus: 'applied',
        documentIds: [finished.documentId],
      });
      expect((applied.job as Json).applicationStatus).toBe('applied');
      // What the assistant did is what the HTTP API shows.
      expect((await http('GET', `/jobs/${String(job.id)}`, owner.token)).body.applicationStatus).toBe(
        'applied',
      );

      const profile = await mcp.readResource({ uri: 'tailor://profile' });
      expect(JSON.parse((profile.contents[0] as { text: string }).text).id).toBe(owner.profile.id);

      const intruder = await user('intruder@example.org');
      const theirs = await connect(intruder.token);
      for (const [tool, args, code] of [
        ['match_job', { jobId: job.id }, 'JOB.NOT_FOUND'],
        ['get_generation', { generationId: started.id }, 'GENERATION.NOT_FOUND'],
        ['export_document', { documentId: finished.documentId, format: 'txt' }, 'DOCUMENT.NOT_FOUND'],
        ['update_application', { jobId: job.id, note: 'hijacked' }, 'JOB.NOT_FOUND'],
      ] as const) {
        expect((await mcpToolError(theirs, tool, args)).error.code, tool).toBe(code);
      }
      expect((await mcpToolJson(theirs, 'list_jobs', {})).data).toEqual([]);
    },
    SLOW,
  );

  it(
    'checks the credential on every call: once the key is deleted, tools answer 401 errors',
    async () => {
      const someone = await user('revoked@example.org');
      const mcp = await connect(someone.key);
      expect((await mcpToolJson(mcp, 'list_jobs', {})).data).toEqual([]);
      expect((await http('DELETE', `/api-keys/${someone.keyId}`, someone.token)).status).toBe(204);
      // Another process revoked it: this one learns within its revocation pull interval (about a second).
      const deadline = Date.now() + 10_000;
      while (
        (await mcp.callTool({ name: 'list_jobs', arguments: {} })).isError !== true &&
        Date.now() < deadline
      ) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const refused = await mcpToolError(mcp, 'list_jobs', {});
      expect(refused).toMatchObject({ status: 401, error: { code: 'AUTH.INVALID_API_KEY' } });
    },
    SLOW,
  );
});

import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jsonResumeExample, readFixture } from '../../../tests/support/fixtures.js';
import { clientFor, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';
import { mcpToolError, mcpToolJson, untilGenerationEnds } from './support/mcp-client.js';

const resume = jsonResumeExample('seniorEngineer');
const posting = readFixture('jobs/software-engineer.en.txt');
const HOURLY_LIMIT = 4;

const TOOLS = [
  'export_document',
  'get_generation',
  'get_profile',
  'list_jobs',
  'match_job',
  'save_job',
  'tailor_document',
  'update_application',
];

describeEachDatabase(
  'MCP over Streamable HTTP',
  (context) => {
    let base: string;
    const clients: Client[] = [];

    beforeAll(async () => {
      await context().app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(context().app.server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await Promise.all(clients.map((client) => client.close()));
    });

    async function connect(token: string): Promise<Client> {
      const client = new Client({ name: 'tailor-test', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
          requestInit: { headers: { authorization: `Bearer ${token}` } },
        }),
      );
      clients.push(client);
      return client;
    }

    /** A user with an imported profile and an MCP client acting for them. */
    async function user() {
      const registered = await register(context().app);
      const call = clientFor(context().app, registered.accessToken);
      const profile = (
        await call('POST', '/api/v1/profiles/import', { format: 'json-resume', data: resume })
      ).json();
      return { ...registered, call, profile, mcp: await connect(registered.accessToken) };
    }

    it('answers 401 with the error envelope without a valid bearer token, and 405 to GET', async () => {
      const initialize = {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } },
      };
      const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
      const anonymous = await fetch(`${base}/mcp`, {
        method: 'POST',
        headers,
        body: JSON.stringify(initialize),
      });
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
        'AUTH.UNAUTHENTICATED',
      );
      const forged = await fetch(`${base}/mcp`, {
        method: 'POST',
        headers: { ...headers, authorization: 'Bearer not-a-token' },
        body: JSON.stringify(initialize),
      });
      expect(forged.status).toBe(401);
      expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('AUTH.INVALID_TOKEN');
      await expect(connect('not-a-token')).rejects.toThrow();

      const { accessToken } = await register(context().app);
      const get = await fetch(`${base}/mcp`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(get.status).toBe(405);
      expect(get.headers.get('allow')).toBe('POST');
    });

    it('lists the eight tools, each with a JSON schema and a description', async () => {
      const { mcp } = await user();
      const { tools } = await mcp.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(TOOLS);
      for (const tool of tools) {
        expect(tool.inputSchema.type, tool.name).toBe('object');
        expect(tool.description?.length, tool.name).toBeGreaterThan(60);
      }
      const saveJob = tools.find((tool) => tool.name === 'save_job');
      expect(Object.keys(saveJob?.inputSchema.properties ?? {}).sort()).toEqual(['html', 'text', 'url']);
      const tailor = tools.find((tool) => tool.name === 'tailor_document');
      expect(tailor?.inputSchema.properties?.type).toMatchObject({ enum: ['resume', 'coverLetter'] });
      // The SDK writes the answer itself, yet each request is measured like any other route.
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(
        /tailor_http_request_duration_seconds_count\{[^}]*route="\/mcp"[^}]*status="200"/u,
      );
    });

    it('goes the whole way: save_job → match_job → tailor_document → get_generation → export_document → download → update_application', async () => {
      const { mcp, profile, call } = await user();

      const job = await mcpToolJson(mcp, 'save_job', { text: posting });
      expect(job).toMatchObject({ source: 'parsed', applicationStatus: 'saved' });
      expect((job.keywords as { required: string[] }).required.length).toBeGreaterThan(0);

      const match = await mcpToolJson(mcp, 'match_job', { jobId: job.id });
      expect(match).toMatchObject({ jobId: job.id, profileId: profile.id });
      expect(match.score).toBeGreaterThan(0);
      // The same report as the HTTP route: one use case behind both.
      const viaHttp = (await call('GET', `/api/v1/jobs/${String(job.id)}/match`)).json();
      expect(match.score).toBe(viaHttp.score);

      const started = await mcpToolJson(mcp, 'tailor_document', { jobId: job.id, type: 'resume' });
      expect(started).toMatchObject({
        status: 'queued',
        type: 'resume',
        jobId: job.id,
        profileId: profile.id,
      });
      const finished = await untilGenerationEnds(mcp, String(started.id));
      expect(finished.status).toBe('succeeded');
      const result = finished.result as {
        documentId: string;
        markdown: string;
        truthfulness: { passed: boolean; claims: unknown[] };
        match: { score: number };
      };
      expect(result.documentId).toBe(finished.documentId);
      expect(result.truthfulness.passed).toBe(true);
      expect(result.truthfulness.claims.length).toBeGreaterThan(0);
      expect(result.markdown).toContain(profile.fullName);

      const exported = await mcpToolJson(mcp, 'export_document', {
        documentId: result.documentId,
        format: 'pdf',
      });
      const downloadUrl = String(exported.downloadUrl);
      expect(downloadUrl.startsWith(`${base}/api/v1/downloads?token=`)).toBe(true);
      const expiresIn = Date.parse(String(exported.expiresAt)) - Date.now();
      expect(expiresIn).toBeGreaterThan(5 * 60_000);
      expect(expiresIn).toBeLessThanOrEqual(10 * 60_000);
      // The link is the credential: no Authorization header.
      const download = await fetch(downloadUrl);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await download.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(exported.sha256);

      const applied = await mcpToolJson(mcp, 'update_application', {
        jobId: job.id,
        applicationStatus: 'applied',
        note: 'Sent through the portal',
        documentIds: [result.documentId],
      });
      expect((applied.job as { applicationStatus: string }).applicationStatus).toBe('applied');
      const timeline = applied.timeline as Array<{ kind: string; note: string | null }>;
      expect(timeline.map((entry) => entry.kind)).toEqual(
        expect.arrayContaining(['status_change', 'document_sent']),
      );
      const noted = await mcpToolJson(mcp, 'update_application', { jobId: job.id, note: 'Recruiter called' });
      expect(
        (noted.timeline as Array<{ note: string | null }>).some((e) => e.note === 'Recruiter called'),
      ).toBe(true);
      const impossible = await mcpToolError(mcp, 'update_application', {
        jobId: job.id,
        applicationStatus: 'saved',
      });
      expect(impossible.error.code).toBe('JOB.INVALID_TRANSITION');

      const applications = await mcpToolJson(mcp, 'list_jobs', { applicationStatus: 'applied' });
      expect((applications.data as Array<{ id: string }>).map((j) => j.id)).toEqual([job.id]);
      expect(
        ((await mcpToolJson(mcp, 'list_jobs', { applicationStatus: 'offer' })).data as unknown[]).length,
      ).toBe(0);
      const title = String(job.title).split(/\s+/u)[0] as string;
      const found = await mcpToolJson(mcp, 'list_jobs', { query: title });
      expect((found.data as Array<{ id: string }>).map((j) => j.id)).toContain(job.id);
    });

    it('saves a pasted page and a fetched URL, and refuses an ambiguous save_job', async () => {
      const { mcp } = await user();
      // A posting page on a fake site (URL_IMPORT_ALLOW_PRIVATE lets the fetcher reach 127.0.0.1).
      const site: Server = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`<html><body><pre>${posting}</pre></body></html>`);
      });
      await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
      const pageUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/careers/42`;
      try {
        const fetched = await mcpToolJson(mcp, 'save_job', { url: pageUrl });
        expect(fetched).toMatchObject({ url: pageUrl, source: 'imported', applicationStatus: 'saved' });
      } finally {
        site.close();
      }

      const html = `<html><body><h1>Staff Nurse</h1><p>St. Mary's Hospital, Leeds</p><h2>Requirements</h2><ul><li>NMC registration</li><li>Three years of acute care experience</li></ul></body></html>`;
      const job = await mcpToolJson(mcp, 'save_job', { html, url: 'https://jobs.example.org/nurse' });
      expect(job).toMatchObject({ url: 'https://jobs.example.org/nurse', applicationStatus: 'saved' });
      const both = await mcpToolError(mcp, 'save_job', { text: posting, html });
      expect(both).toMatchObject({ status: 400, error: { code: 'VALIDATION.FAILED' } });
      expect((await mcpToolError(mcp, 'save_job', {})).error.code).toBe('VALIDATION.FAILED');
    });

    it('serves the profile and each job as resources', async () => {
      const { mcp, profile, call } = await user();
      const job = (await call('POST', '/api/v1/jobs', { rawText: posting })).json();
      const profileResource = await mcp.readResource({ uri: 'tailor://profile' });
      const first = profileResource.contents[0] as { text: string; mimeType: string };
      expect(first.mimeType).toBe('application/json');
      expect(JSON.parse(first.text)).toMatchObject({ id: profile.id, fullName: profile.fullName });
      const { resources } = await mcp.listResources();
      expect(resources.map((r) => r.uri)).toEqual(
        expect.arrayContaining(['tailor://profile', `tailor://jobs/${job.id}`]),
      );
      const jobResource = await mcp.readResource({ uri: `tailor://jobs/${job.id}` });
      expect(JSON.parse((jobResource.contents[0] as { text: string }).text)).toMatchObject({ id: job.id });
    });

    it("answers another user's ids as not found, from every tool and resource, and never with their data", async () => {
      const owner = await user();
      const job = await mcpToolJson(owner.mcp, 'save_job', { text: posting });
      const started = await mcpToolJson(owner.mcp, 'tailor_document', { jobId: job.id, type: 'coverLetter' });
      const finished = await untilGenerationEnds(owner.mcp, String(started.id));
      const documentId = String(finished.documentId);

      const intruder = await user();
      const attempts: Array<[string, Record<string, unknown>, string]> = [
        ['get_profile', { profileId: owner.profile.id }, 'PROFILE.NOT_FOUND'],
        ['match_job', { jobId: job.id }, 'JOB.NOT_FOUND'],
        ['match_job', { jobId: job.id, profileId: owner.profile.id }, 'NOT_FOUND'],
        ['tailor_document', { jobId: job.id, type: 'resume' }, 'JOB.NOT_FOUND'],
        ['get_generation', { generationId: started.id }, 'GENERATION.NOT_FOUND'],
        ['export_document', { documentId, format: 'pdf' }, 'DOCUMENT.NOT_FOUND'],
        ['update_application', { jobId: job.id, applicationStatus: 'applied' }, 'JOB.NOT_FOUND'],
        ['update_application', { jobId: job.id, note: 'mine now' }, 'JOB.NOT_FOUND'],
      ];
      for (const [tool, args, code] of attempts) {
        const failure = await mcpToolError(intruder.mcp, tool, args);
        expect(failure.status, tool).toBe(404);
        expect(failure.error.code, tool).toContain(code);
        expect(JSON.stringify(failure), tool).not.toContain(owner.email);
      }
      await expect(
        intruder.mcp.readResource({ uri: `tailor://jobs/${String(job.id)}` }),
      ).rejects.toMatchObject({
        code: -32002,
      });
      const listed = await mcpToolJson(intruder.mcp, 'list_jobs', {});
      expect(listed.data).toEqual([]);
      const { resources } = await intruder.mcp.listResources();
      expect(resources.map((r) => r.uri)).toEqual(['tailor://profile']);

      // Nothing the intruder tried changed the owner's job.
      const after = (await owner.call('GET', `/api/v1/jobs/${String(job.id)}/timeline`)).json();
      expect(after.filter((entry: { kind: string }) => entry.kind !== 'status_change')).toEqual([]);
    });

    it('keeps the per-user generation limit of the HTTP API', async () => {
      const { mcp, call } = await user();
      const job = (await call('POST', '/api/v1/jobs', { rawText: posting })).json();
      for (let started = 0; started < HOURLY_LIMIT; started += 1) {
        await mcpToolJson(mcp, 'tailor_document', { jobId: job.id, type: 'resume' });
      }
      const refused = await mcpToolError(mcp, 'tailor_document', { jobId: job.id, type: 'resume' });
      expect(refused).toMatchObject({ status: 429, error: { code: 'GENERATION.RATE_LIMITED' } });
      expect(refused.error.details.retryAfterSeconds).toBeGreaterThan(0);
      // The HTTP route counts the same starts.
      const viaHttp = await call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id });
      expect(viaHttp.statusCode).toBe(429);
    });

    it('refuses a tampered download link with 404', async () => {
      const { mcp } = await user();
      const job = await mcpToolJson(mcp, 'save_job', { text: posting });
      const started = await mcpToolJson(mcp, 'tailor_document', { jobId: job.id, type: 'resume' });
      const finished = await untilGenerationEnds(mcp, String(started.id));
      const exported = await mcpToolJson(mcp, 'export_document', {
        documentId: finished.documentId,
        format: 'txt',
      });
      const url = String(exported.downloadUrl);
      const [payload, mac] = url.slice(url.indexOf('token=') + 6).split('.') as [string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
      const extended = Buffer.from(JSON.stringify({ ...claims, x: Number(claims.x) + 86_400 })).toString(
        'base64url',
      );
      for (const forged of [`${extended}.${mac}`, `${payload}.${mac.slice(0, -2)}AA`, 'nonsense']) {
        const response = await fetch(`${base}/api/v1/downloads?token=${forged}`);
        expect(response.status, forged).toBe(404);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
          'DOCUMENT.DOWNLOAD_LINK_INVALID',
        );
      }
      expect((await fetch(url)).status).toBe(200);
    });
  },
  { GENERATION_RATE_LIMIT_PER_HOUR: String(HOURLY_LIMIT), URL_IMPORT_ALLOW_PRIVATE: 'true' },
);

import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { beforeAll, expect, it } from 'vitest';
import { clientFor, register } from './http-helpers.js';
import { mcpToolJson } from './support/mcp-client.js';
import { describeEachDatabase } from './test-app.js';

describeEachDatabase('MCP with a personal API key', (context) => {
  let base: string;
  beforeAll(async () => {
    await context().app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(context().app.server.address() as AddressInfo).port}`;
  });

  const connect = async (key: string) => {
    const client = new Client({ name: 'tailor-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${key}` } },
      }),
    );
    return client;
  };

  it('acts as the key’s owner only, and stops the moment the key is deleted', async () => {
    const { app } = context();
    const ada = await register(app);
    const bob = await register(app);
    const asAda = clientFor(app, ada.accessToken);
    const adaJob = (await asAda('POST', '/api/v1/jobs', { title: 'Ada’s posting' })).json();
    await clientFor(app, bob.accessToken)('POST', '/api/v1/jobs', { title: 'Bob’s posting' });
    const created = (await asAda('POST', '/api/v1/api-keys', { name: 'assistant' })).json();

    const mcp = await connect(created.key);
    const jobs = await mcpToolJson(mcp, 'list_jobs', {});
    expect((jobs.data as Array<{ id: string }>).map((job) => job.id)).toEqual([adaJob.id]);
    await mcp.close();

    expect((await asAda('DELETE', `/api/v1/api-keys/${created.id}`)).statusCode).toBe(204);
    const refused = await fetch(`${base}/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${created.key}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('AUTH.INVALID_API_KEY');
  });
});

import { Validator } from '@seriousme/openapi-schema-validator';
import { expect, it } from 'vitest';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import { buildTestApp, describeEachDatabase } from './test-app.js';

describeEachDatabase('system routes', (context) => {
  it('GET /health answers ok', async () => {
    const response = await context().app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready reports the database as ok', async () => {
    const response = await context().app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      checks: { database: 'ok', storage: 'ok', queue: 'ok' },
    });
  });

  it('GET /docs/json is a valid OpenAPI 3 document listing the routes', async () => {
    const response = await context().app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health', '/ready']));
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('GET /docs serves the interactive documentation', async () => {
    const response = await context().app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger');
  });
});

it('GET /ready is 503 with the failing dependency named when the database is down', async () => {
  const { app, container } = await buildTestApp();
  await app.ready();
  await resolve(container, TOKENS.database).close();
  const response = await app.inject({ method: 'GET', url: '/ready' });
  expect(response.statusCode).toBe(503);
  expect(response.json()).toEqual({
    status: 'unavailable',
    checks: { database: 'down', storage: 'ok', queue: 'ok' },
  });
  await app.close();
});

it('GET /ready is 503 with the queue down when the task runner has stopped', async () => {
  const { app, container } = await buildTestApp();
  await app.ready();
  await resolve(container, TOKENS.taskQueue).stop(0);
  const response = await app.inject({ method: 'GET', url: '/ready' });
  expect(response.statusCode).toBe(503);
  expect(response.json()).toMatchObject({ checks: { database: 'ok', storage: 'ok', queue: 'down' } });
  await app.close();
});

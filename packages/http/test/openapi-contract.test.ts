import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './test-app.js';

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses?: Record<string, unknown>;
}

describe('the OpenAPI document', () => {
  let testApp: TestApp;
  let operations: Array<[string, Operation]>;
  beforeAll(async () => {
    testApp = await buildTestApp();
    await testApp.app.ready();
    const document = (await testApp.app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]): [string, Operation] => [
        `${method.toUpperCase()} ${path}`,
        operation,
      ]),
    );
  });
  afterAll(async () => {
    await testApp.app.close();
  });

  it('names every operation once, with a summary and a tag', () => {
    const unnamed = operations.filter(([, op]) => !op.operationId || !op.summary || !op.tags?.length);
    expect(unnamed.map(([key]) => key)).toEqual([]);
    const ids = operations.map(([, op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('paths are written the way clients call them, without a trailing slash', () => {
    expect(operations.map(([key]) => key).filter((key) => key.endsWith('/'))).toEqual([]);
  });

  it('every operation documents a success response', () => {
    const withoutSuccess = operations.filter(
      ([, op]) => !Object.keys(op.responses ?? {}).some((status) => status.startsWith('2')),
    );
    expect(withoutSuccess.map(([key]) => key)).toEqual([]);
  });
});

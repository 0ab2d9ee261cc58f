import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compiledSerializerCompiler } from '../src/serialization/compiled-serializer.js';

const compile = (schema: z.ZodType, checkAgainstZod: boolean) =>
  compiledSerializerCompiler({ checkAgainstZod })({
    schema,
    method: 'GET',
    url: '/thing',
    httpStatus: '200',
  } as never) as (data: unknown) => string;

describe('the compiled response serializer', () => {
  const schema = z.object({
    id: z.string(),
    usage: z.object({ model: z.string(), tokens: z.number().int() }).nullable(),
  });

  it('writes declared properties only, also inside nullable objects that carry more fields', () => {
    for (const checkAgainstZod of [false, true]) {
      const serialize = compile(schema, checkAgainstZod);
      const json = serialize({ id: 'a', secret: 'x', usage: { model: 'm', tokens: 3, calls: 2, key: 'k' } });
      expect(JSON.parse(json)).toEqual({ id: 'a', usage: { model: 'm', tokens: 3 } });
      expect(JSON.parse(serialize({ id: 'b', usage: null }))).toEqual({ id: 'b', usage: null });
    }
  });

  it('refuses, outside production, a value that does not match the documented schema', () => {
    expect(() => compile(schema, true)({ id: 1, usage: null })).toThrow();
  });
});

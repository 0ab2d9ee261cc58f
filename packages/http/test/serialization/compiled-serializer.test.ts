import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compiledSerializerCompiler } from '../../src/serialization/compiled-serializer.js';

const user = z.object({ id: z.string(), fullName: z.string().nullable() });
const schema = z.object({
  user,
  usage: z.object({ model: z.string(), inputTokens: z.number().int() }).nullable(),
  tags: z.array(z.string()),
  extra: z.record(z.string(), z.unknown()),
});

const serializerFor = (checkAgainstZod: boolean) =>
  compiledSerializerCompiler({ checkAgainstZod })({
    schema,
    method: 'GET',
    url: '/test',
    httpStatus: '200',
  });

describe.each([true, false])('compiled response serializer (checked against zod: %s)', (checked) => {
  const serialize = serializerFor(checked);

  it('writes what zod would write, without the keys the schema does not declare', () => {
    const data = {
      user: { id: 'u1', fullName: null, passwordHash: 'secret' },
      usage: { model: 'm', inputTokens: 3, calls: 1 },
      tags: ['a', 'ü "quoted"'],
      extra: { nested: { list: [1, 'two'] } },
      internal: 'never sent',
    };
    const written = JSON.parse(serialize(data)) as unknown;
    expect(written).toEqual(JSON.parse(JSON.stringify(schema.parse(data))));
    expect(JSON.stringify(written)).not.toContain('secret');
    expect(JSON.stringify(written)).not.toContain('never sent');
  });

  it('writes a nullable object that is null', () => {
    const data = { user: { id: 'u1', fullName: 'A' }, usage: null, tags: [], extra: {} };
    expect(JSON.parse(serialize(data))).toEqual(data);
  });
});

describe('outside production', () => {
  it('refuses output that does not match the schema, as zod does', () => {
    const serialize = serializerFor(true);
    const wrong = { user: { id: 1, fullName: null }, usage: null, tags: [], extra: {} };
    let thrown: unknown;
    try {
      serialize(wrong);
    } catch (error) {
      thrown = error;
    }
    expect(isResponseSerializationError(thrown)).toBe(true);
  });
});

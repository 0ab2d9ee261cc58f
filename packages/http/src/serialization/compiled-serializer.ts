import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify';
import fastJsonStringify from 'fast-json-stringify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { $ZodType, safeEncode } from 'zod/v4/core';

type RouteSchema = $ZodType | { properties: $ZodType };

const asZod = (schema: RouteSchema): $ZodType =>
  schema instanceof $ZodType ? schema : (schema as { properties: $ZodType }).properties;

/**
 * Zod strips undeclared keys from an object, wherever it sits; fast-json-stringify writes only the declared
 * ones too, except inside `anyOf` (a nullable object, a union), where it picks the branch by validating the
 * value, and `additionalProperties: false` would reject an object carrying one extra key (the stored usage
 * record has a `calls` count the response does not declare). Dropping that keyword makes the branch choice
 * match zod's; what is written stays limited to the declared properties.
 */
function withoutClosedObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutClosedObjects);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, withoutClosedObjects(value)]),
  );
}

/**
 * The JSON Schema of what a route sends, from its zod response schema (the same one the OpenAPI document
 * shows). Types zod cannot express in JSON Schema (raw bytes, which Fastify never serializes) become "any".
 */
export const responseJsonSchema = (schema: $ZodType): Record<string, unknown> =>
  withoutClosedObjects(
    z.toJSONSchema(schema as z.ZodType, { io: 'output', unrepresentable: 'any', target: 'draft-7' }),
  ) as Record<string, unknown>;

export interface SerializerOptions {
  /**
   * Also validate every response against its zod schema and check that the compiled serializer wrote the
   * same JSON as `JSON.stringify` of zod's output. On in tests and development, so every test that reads a
   * response proves it matches the documented schema; off in production, where it would cost as much as
   * everything else a read does.
   */
  checkAgainstZod: boolean;
}

/**
 * Responses are written by fast-json-stringify, compiled once per route and status from the route's zod
 * schema: only the declared properties are written (nothing undeclared, such as a password hash, can leak),
 * without building an intermediate object or validating our own output on every request.
 */
export function compiledSerializerCompiler(
  options: SerializerOptions,
): FastifySerializerCompiler<RouteSchema> {
  return ({ schema: routeSchema, method, url }) => {
    const schema = asZod(routeSchema);
    const compile = () => fastJsonStringify(responseJsonSchema(schema));
    if (!options.checkAgainstZod) {
      // In production each serializer is compiled on its route's first response with that status, not at
      // start-up: most route × status serializers (error statuses above all) are never used by an instance,
      // and compiling them all cost seconds of CPU at boot and their generated code heap for good. Tests and
      // development compile every one at start-up (below), so a schema that cannot compile still fails early.
      let compiled: ((data: unknown) => string) | undefined;
      return (data) => (compiled ??= compile())(data);
    }
    const stringify = compile();
    return (data) => {
      const result = safeEncode(schema, data);
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
      const json = stringify(data);
      if (!isDeepStrictEqual(JSON.parse(json), JSON.parse(JSON.stringify(result.data) ?? 'null')))
        throw new Error(`${method} ${url}: the compiled serializer's output differs from the zod schema's`);
      return json;
    };
  };
}

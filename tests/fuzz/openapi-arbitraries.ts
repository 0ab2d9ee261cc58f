import fc from 'fast-check';

/** The parts of an OpenAPI 3 schema object the generator reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  nullable?: boolean;
}

const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', 'a\uDFFFb'];

/** Values an attacker sends instead of what the schema asks for. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  // Text no database should be asked to store.
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...LONE_SURROGATES)).map(([s, bad]) => `${s}${bad}`),
  // Numbers at the edges of what JSON and the databases can hold.
  fc.constantFrom(1e308, -1e308, 2 ** 63, -(2 ** 63), 2 ** 53 + 1, 5e-324, -0, 0.5, 2_147_483_648),
  // Deep nesting and long arrays (one level under the input guard's limits and far beyond them).
  fc.integer({ min: 20, max: 400 }).map((depth) => {
    let value: unknown = 'x';
    for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
    return value;
  }),
  fc.constantFrom(900, 1_001, 5_000).map((length) => Array.from({ length }, () => ({}))),
  fc.constantFrom(1_000, 70_000, 300_000).map((length) => 'a'.repeat(length)),
  // Wrong types and odd shapes.
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    true,
    '',
    ' ',
    '[]',
    '{}',
    '__proto__',
    'constructor',
    '2021-13-45',
    '../../etc/passwd',
  ),
  fc.constant({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } } }),
);

/** Arbitrary values shaped by a JSON schema, where any node may be replaced by a hostile value. */
export class SchemaArbitraries {
  constructor(private readonly components: Record<string, JsonSchema>) {}

  private resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.split('/').pop()!;
    return this.components[name] ?? {};
  }

  of(raw: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
    const shaped = raw ? this.shaped(this.resolve(raw), depth) : fc.jsonValue({ maxDepth: 2 });
    return fc.oneof({ weight: 6, arbitrary: shaped }, { weight: 1, arbitrary: hostileValue });
  }

  private shaped(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    if (depth > 6) return fc.constant(null);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const union = schema.anyOf ?? schema.oneOf;
    if (union && union.length > 0) return fc.oneof(...union.map((s) => this.of(s, depth + 1)));
    if (schema.allOf && schema.allOf.length > 0) return this.of(schema.allOf[0], depth + 1);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'string':
        return fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.constantFrom('01JD3N8Q5X7W2V4T6R8P0M2K4H', 'a@b.co'),
        );
      case 'integer':
        return fc.integer({ min: -5, max: 200 });
      case 'number':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(this.of(schema.items, depth + 1), { maxLength: 4 });
      case 'object': {
        const properties = schema.properties ?? {};
        const model = Object.fromEntries(
          Object.entries(properties).map(([key, s]) => [key, this.of(s, depth + 1)]),
        );
        return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }
}

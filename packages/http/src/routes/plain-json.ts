/**
 * A use case's output as plain JSON (Dates become ISO-8601 strings), for responses whose nested shapes are
 * validated by a loose schema. The round trip is cheap next to what these routes compute.
 */
export const plainJson = <T>(value: T): Record<string, unknown> =>
  JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

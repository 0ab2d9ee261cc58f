/** The type of `value` after a JSON round trip: Dates become strings, methods and undefined drop out. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Jsonified<T[K]> }
      : T;

/**
 * A use case's output as plain JSON (Dates become ISO-8601 strings), for responses whose nested shapes are
 * validated by a loose schema. The round trip is cheap next to what these routes compute.
 */
export const plainJson = <T>(value: T): Jsonified<T> => JSON.parse(JSON.stringify(value)) as Jsonified<T>;

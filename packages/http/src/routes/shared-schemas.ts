import { z } from 'zod';
import { errorEnvelopeSchema } from '../errors/error-envelope.js';

/** Error responses for the given statuses, all with the one envelope. */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, errorEnvelopeSchema])) as Record<
    number,
    typeof errorEnvelopeSchema
  >;

export const bearer = [{ bearerAuth: [] }];

/**
 * What a route reads by hand rather than through a validated schema (a multipart body, an optional
 * header), under the route schema's `documented` key: only the OpenAPI document sees it.
 */
export interface DocumentedOnly {
  body?: z.ZodType;
  headers?: z.ZodType;
}

/** Optimistic concurrency by header, as an alternative to `version` in the body. */
export const ifMatch: DocumentedOnly = {
  headers: z.object({
    'if-match': z.string().optional().meta({
      description: 'The version the change is based on, e.g. "3" (instead of `version` in the body)',
    }),
  }),
};

/** A multipart upload: one `file` part (at most 5 MB; its type is read from the bytes) and short text fields. */
export const multipartUpload = (fields: Record<string, z.ZodType> = {}): DocumentedOnly => ({
  body: z.object({
    file: z.string().meta({ format: 'binary', description: 'PDF, DOCX or plain text, at most 5 MB' }),
    ...fields,
  }),
});

/** Raw bytes: sent as a Buffer (which Fastify never serializes), documented as a binary string. */
const bytes = z.custom<Uint8Array>().meta({ type: 'string', format: 'binary' });

/**
 * A server-sent event stream. OpenAPI 3.1 cannot type the frames, so `events` names each `event:` and the
 * schema of its `data:` line (JSON) in the description.
 */
export const eventStreamResponse = (events: Record<string, string>) => {
  const description = [
    'text/event-stream; `: heartbeat` comments every 15 s.',
    ...Object.entries(events).map(([event, data]) => `\`event: ${event}\` — data: ${data}`),
  ].join('\n');
  return { description, content: { 'text/event-stream': { schema: z.string().meta({ description }) } } };
};

/** The last frame of any event stream whose session ends (logout, password change, account deletion). */
export const STREAM_REVOKED = 'the error envelope with `AUTH.SESSION_REVOKED`; the stream then closes';

/** A file answer, documented under each media type it may have. */
export const fileResponse = (description: string, mediaTypes: readonly string[]) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((type) => [type.split(';')[0], { schema: bytes }])),
});

/**
 * Every id the API hands out is a ULID. Path ids are checked for that shape before any query runs, so a
 * stray `%00` or a 10 KB segment is a 400 naming the parameter, never a database error.
 */
export const ulid = z.ulid().meta({ example: '01JD3N8Q5X7W2V4T6R8P0M2K4H' });

export const idParams = z.object({ id: ulid });

/** `?page=1&size=20` (API.md: size at most 100). */
export const pagingQuery = {
  page: z.coerce.number().int().min(1).default(1),
  size: z.coerce.number().int().min(1).max(100).default(20),
};

export const paginationSchema = z.object({
  page: z.number().int(),
  size: z.number().int(),
  total: z.number().int(),
  pages: z.number().int(),
});

export const paginated = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), pagination: paginationSchema });

export const pagination = (page: number, size: number, total: number) => ({
  page,
  size,
  total,
  pages: Math.ceil(total / size),
});

export const optionalText = z.string().nullish();
export const textList = z.array(z.string()).nullish();

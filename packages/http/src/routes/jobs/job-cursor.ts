import type { JobViewPage } from '@tailor/application';
import { JOB_COUNT_LIMIT, type JobSearchCursor } from '@tailor/domain';
import { z } from 'zod';
import { paginationSchema, pagination, ulid } from '../shared-schemas.js';

// `pagination.nextCursor`: where the next page of a job list starts (keyset paging). Opaque to clients:
// base64url of [sort, value, id], so a cursor made for one order is refused under another.
const DATE_FIELDS = new Set(['createdAt', 'updatedAt', 'followUpAt']);

export interface DecodedCursor {
  sort: string;
  after: JobSearchCursor;
}

export function encodeJobCursor(sort: string, cursor: JobSearchCursor): string {
  const value = cursor.value instanceof Date ? cursor.value.toISOString() : cursor.value;
  return Buffer.from(JSON.stringify([sort, value, cursor.id])).toString('base64url');
}

const cursorShape = z.tuple([z.string().max(40), z.string().max(2_000).nullable(), ulid]);

function decode(text: string): DecodedCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const shape = cursorShape.safeParse(parsed);
  if (!shape.success) return null;
  const [sort, raw, id] = shape.data;
  if (raw === null || !DATE_FIELDS.has(sort.split(':')[0] ?? '')) return { sort, after: { value: raw, id } };
  const value = new Date(raw);
  return Number.isNaN(value.getTime()) ? null : { sort, after: { value, id } };
}

export const cursorParam = z
  .string()
  .max(3_000)
  .transform((text, ctx) => {
    const decoded = decode(text);
    if (decoded === null) ctx.addIssue({ code: 'custom', message: 'Not a cursor this API handed out' });
    return decoded ?? z.NEVER;
  })
  .optional()
  .meta({ description: 'Continue after a previous page: its `pagination.nextCursor` (instead of `page`)' });

/** The list query's rules for `cursor`: made under the same sort, and not combined with a page number. */
export function withCursorRules<T extends z.ZodType<{ cursor?: DecodedCursor; sort: string; page: number }>>(
  query: T,
) {
  return query.superRefine((value, ctx) => {
    if (!value.cursor) return;
    if (value.cursor.sort !== value.sort)
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'The cursor was made for another sort' });
    if (value.page !== 1)
      ctx.addIssue({ code: 'custom', path: ['page'], message: 'Use either page or cursor, not both' });
  });
}

export const jobPaginationSchema = paginationSchema.extend({
  totalExact: z.boolean().meta({
    description: `false when counting stopped at ${JOB_COUNT_LIMIT.toLocaleString('en')} matches: \`total\` and \`pages\` are then lower bounds`,
  }),
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: 'Pass as `cursor` for the page after this one; null on the last page' }),
});

export const jobPagination = (page: number, size: number, sort: string, result: JobViewPage) => ({
  ...pagination(page, size, result.total),
  totalExact: result.totalExact,
  nextCursor: result.next ? encodeJobCursor(sort, result.next) : null,
});

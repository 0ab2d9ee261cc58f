import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors/error-envelope.js';

/**
 * The version an update was based on: `version` in the body or an `If-Match` header (`"3"`, `W/"3"` or
 * `3`). Absent means "last write wins"; present and stale means 409.
 */
export function expectedVersion(request: FastifyRequest, bodyVersion?: number | null): number | undefined {
  if (bodyVersion !== undefined && bodyVersion !== null) return bodyVersion;
  const header = request.headers['if-match'];
  if (header === undefined || header === '*') return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/u.exec(header.trim());
  if (!match) {
    throw new HttpError(400, 'VALIDATION.FAILED', 'If-Match must carry a version number, e.g. "3".', {
      issues: [{ path: 'headers.if-match', message: 'must be a version number' }],
    });
  }
  return Number(match[1]);
}

/** Lets caches and clients revalidate, and hands the version for the next If-Match. */
export const tagVersion = (reply: FastifyReply, version: number) => reply.header('etag', `"${version}"`);

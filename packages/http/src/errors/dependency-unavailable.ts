import { envelope, type ErrorEnvelope } from './error-envelope.js';

/** How long a client should wait before retrying when the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

// postgres.js connection failures, PostgreSQL's own "cannot serve now" classes (08 connection exceptions,
// 57P0x shutdown, 53300 too many connections), Node socket errors, and SQLite's locked or closed database.
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
]);
const CLOSED_SQLITE = /database connection is not open/iu;

/** Whether an error (or one of its causes) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  if (CLOSED_SQLITE.test(error.message)) return true;
  return isDatabaseUnavailable(error.cause, depth + 1);
}

export const serviceUnavailable = (): ErrorEnvelope =>
  envelope('SERVICE.UNAVAILABLE', 'The service is temporarily unavailable. Please retry shortly.', {
    retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
  });

/**
 * What reaches the logs about errors and requests. Logs carry error codes, names and messages, never the
 * values a failed query was sent (password hashes, emails, resume text, token digests), request bodies,
 * query strings or tokens: drivers put all of those into error messages and properties, so an error is
 * rebuilt from a short list of safe fields rather than redacted field by field.
 */

interface LoggedError {
  [key: string]: unknown;
  type: string;
  message: string;
  code?: string;
  stack: string;
  /** PostgreSQL's own error names: which constraint, table, column — not the row's values. */
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  cause?: LoggedError;
}

// drizzle: "Failed query: <sql>\nparams: <every bound value>". The SQL has placeholders only; the values go.
const QUERY_PARAMS = /\nparams:[\s\S]*$/u;
// Driver messages quote the offending value: `invalid input syntax for type json: "…"`, `Key (email)=(…)`.
const QUOTED = /"[^"\n]*"|'[^'\n]*'|=\([^)\n]*\)/gu;
const MAX_MESSAGE = 2_000;

/** An error message without bound values and quoted input. */
export function scrubMessage(message: string): string {
  return message
    .replace(QUERY_PARAMS, '\nparams: [redacted]')
    .replace(QUOTED, '[redacted]')
    .slice(0, MAX_MESSAGE);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function serializeError(error: unknown, depth: number): LoggedError {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: '[a non-Error value was thrown]', stack: '' };
  }
  const fields = error as Error & Record<string, unknown>;
  const message = scrubMessage(error.message);
  // Stack frames name our files and lines only; the first line repeated the raw message, so it is rebuilt.
  const frames = (error.stack ?? '').split('\n').filter((line) => line.startsWith('    at '));
  const logged: LoggedError = {
    type: error.name || error.constructor?.name || 'Error',
    message,
    stack: [`${error.name}: ${message}`, ...frames].join('\n'),
  };
  const code = fields.code;
  if (typeof code === 'string' || typeof code === 'number') logged.code = String(code);
  const constraint = text(fields.constraint_name) ?? text(fields.constraint);
  if (constraint) logged.constraint = constraint;
  const table = text(fields.table_name);
  if (table) logged.table = table;
  const column = text(fields.column_name);
  if (column) logged.column = column;
  const routine = text(fields.routine);
  if (routine) logged.routine = routine;
  if (error.cause !== undefined && depth < 3) logged.cause = serializeError(error.cause, depth + 1);
  return logged;
}

export const redactError = (error: unknown): LoggedError => serializeError(error, 0);

interface RawRequest {
  method?: string;
  url?: string;
  id?: string;
  ip?: string;
  routeOptions?: { url?: string };
}

// A calendar feed's URL is its credential: the token never reaches the logs.
const FEED_TOKEN = /(\/calendar\/feed\/)[^/?]+/u;

/** The request as logged: method, the path without its query string, the route pattern, the request id. */
export function redactRequest(request: RawRequest): Record<string, unknown> {
  return {
    id: request.id,
    method: request.method,
    path: (request.url ?? '').split('?')[0]!.replace(FEED_TOKEN, '$1[redacted]'),
    route: request.routeOptions?.url,
    remoteAddress: request.ip,
  };
}

export const redactingSerializers = { err: redactError, error: redactError, req: redactRequest };

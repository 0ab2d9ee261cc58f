import { isDomainError, statusOfErrorCode } from '@tailor/domain';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { HttpError, envelope, type ErrorEnvelope, type ValidationIssue } from './error-envelope.js';

export interface ErrorResponse {
  status: number;
  body: ErrorEnvelope;
}

interface FrameworkError {
  statusCode?: number;
  code?: string;
  message?: string;
  details?: Record<string, unknown>;
}

// Fastify's own failures while reading a request, mapped to our codes. Anything else with a 4xx status keeps
// its status under a generic code; anything without one is a 500.
const FRAMEWORK_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'VALIDATION.FAILED',
    message: 'The body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'VALIDATION.FAILED',
    message: 'The body is empty but the content type says JSON.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'HTTP.PAYLOAD_TOO_LARGE',
    message: 'The body is too large.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'HTTP.UNSUPPORTED_MEDIA_TYPE',
    message: 'This content type is not accepted here.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'VALIDATION.FAILED',
    message: 'The Content-Length does not match the body.',
  },
};

const GENERIC_CODES: Record<number, string> = {
  400: 'HTTP.BAD_REQUEST',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'HTTP.NOT_FOUND',
  405: 'HTTP.METHOD_NOT_ALLOWED',
  406: 'HTTP.NOT_ACCEPTABLE',
  408: 'HTTP.REQUEST_TIMEOUT',
  413: 'HTTP.PAYLOAD_TOO_LARGE',
  415: 'HTTP.UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMIT.EXCEEDED',
};

/** Turns anything thrown while handling a request into the status and envelope the client sees. */
export function toErrorResponse(error: unknown, requestId: string): ErrorResponse {
  if (isDomainError(error)) {
    const status = statusOfErrorCode(error.code);
    // A code no feature declared is a bug, and a declared 500 is our fault: both are hidden like any crash.
    if (status === undefined || status === 500) return internal(requestId);
    return { status, body: envelope(error.code, error.message, error.details) };
  }
  if (error instanceof HttpError) {
    return { status: error.statusCode, body: envelope(error.code, error.message, error.details) };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues: ValidationIssue[] = error.validation.map((issue) => ({
      path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)]
        .filter(Boolean)
        .join('.'),
      message: issue.message ?? 'is invalid',
    }));
    return {
      status: 400,
      body: envelope('VALIDATION.FAILED', 'The request is not valid.', { issues }),
    };
  }
  if (isResponseSerializationError(error)) return internal(requestId);

  const framework = (error ?? {}) as FrameworkError;
  const known = framework.code ? FRAMEWORK_ERRORS[framework.code] : undefined;
  if (known) {
    const details =
      known.code === 'VALIDATION.FAILED' ? { issues: [{ path: 'body', message: known.message }] } : {};
    return { status: known.status, body: envelope(known.code, known.message, details) };
  }
  const status = framework.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const code =
      framework.code && /^[A-Z_]+\.[A-Z_]+$/u.test(framework.code) ? framework.code : GENERIC_CODES[status];
    return {
      status,
      body: envelope(
        code ?? 'HTTP.BAD_REQUEST',
        framework.message ?? 'The request was refused.',
        framework.details ?? {},
      ),
    };
  }
  return internal(requestId);
}

// 5xx responses never carry internals (stack, SQL, driver messages): the request id lets an operator find
// the full error in the logs.
const internal = (requestId: string): ErrorResponse => ({
  status: 500,
  body: envelope('INTERNAL.ERROR', 'Something went wrong on our side. Please try again later.', {
    requestId,
  }),
});

import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { boundErrorBody } from './bounded-details.js';
import { envelope, type ErrorEnvelope } from './error-envelope.js';

// Router failures Fastify reports before any route (and so before the error handler) runs.
const ROUTER_ERRORS: Record<string, { status: number; body: () => ErrorEnvelope }> = {
  FST_ERR_BAD_URL: {
    status: 400,
    body: () =>
      envelope('VALIDATION.FAILED', 'The request is not valid.', {
        issues: [{ path: 'url', message: 'is not a valid URL (bad percent-encoding)' }],
      }),
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    body: () => envelope('HTTP.URI_TOO_LONG', 'A path segment is too long.'),
  },
};

/** Router errors in the envelope, with the request id like every other response. */
function frameworkErrors(error: { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const known = (error.code ? ROUTER_ERRORS[error.code] : undefined) ?? {
    status: 400,
    body: () => envelope('HTTP.BAD_REQUEST', 'The request was refused.'),
  };
  void reply.header('x-request-id', request.id).status(known.status).send(boundErrorBody(known.body()));
}

// Errors Node's HTTP parser raises before Fastify sees a request (header too large, malformed request line,
// client timeout): the socket only gets a raw response, still in the envelope and with a fresh request id.
const SOCKET_ERRORS: Record<string, [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    'HTTP.HEADERS_TOO_LARGE',
    'The request headers are too large.',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    'Request Timeout',
    'HTTP.REQUEST_TIMEOUT',
    'The request took too long to arrive.',
  ],
};

function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] = SOCKET_ERRORS[error.code ?? ''] ?? [
    400,
    'Bad Request',
    'HTTP.BAD_REQUEST',
    'The request could not be read.',
  ];
  const requestId = randomUUID();
  const body = JSON.stringify(envelope(code, message, { requestId }));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

export const frameworkErrorOptions: Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'> = {
  frameworkErrors,
  clientErrorHandler,
};

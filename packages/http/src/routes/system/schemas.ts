import { z } from 'zod';
import { errorEnvelopeSchema } from '../../errors/error-envelope.js';

export const healthResponse = z.object({ status: z.literal('ok') });

export const readinessResponse = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.record(z.string(), z.enum(['ok', 'down'])),
});

export const healthSchema = {
  operationId: 'getHealth',
  tags: ['system'],
  security: [],
  summary: 'Liveness: the process is up',
  response: { 200: healthResponse },
};

export const readinessSchema = {
  operationId: 'getReadiness',
  tags: ['system'],
  security: [],
  summary: 'Readiness: the process and its dependencies answer',
  response: { 200: readinessResponse, 503: readinessResponse.or(errorEnvelopeSchema) },
};

import { z } from 'zod';
import { errorEnvelopeSchema } from '../../errors/error-envelope.js';

export const healthResponse = z.object({ status: z.literal('ok') });

export const readinessResponse = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.record(z.string(), z.enum(['ok', 'down'])),
});

export const healthSchema = {
  tags: ['system'],
  summary: 'Liveness: the process is up',
  response: { 200: healthResponse },
};

export const readinessSchema = {
  tags: ['system'],
  summary: 'Readiness: the process and its dependencies answer',
  response: { 200: readinessResponse, 503: readinessResponse.or(errorEnvelopeSchema) },
};

import { z } from 'zod';

/** The one error shape every response uses: `{"error":{"code","message","details"}}`. */
export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'PROFILE.NOT_FOUND' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .meta({ id: 'ErrorEnvelope' });

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

export interface ValidationIssue {
  path: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const envelope = (
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): ErrorEnvelope => ({
  error: { code, message, details },
});

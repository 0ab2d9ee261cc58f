import { z } from 'zod';
import { profileResponse } from '../profiles/schemas.js';
import { bearer, errors, eventStreamResponse, STREAM_REVOKED, ulid } from '../shared-schemas.js';
import { taskResponse } from '../tasks/schemas.js';

const common = { tags: ['enhancements'], security: bearer };
const id = ulid;
const profileParams = z.object({ id });
const enhancementParams = z.object({ id, eid: id });

const proposal = z.object({
  itemId: z.string().meta({ description: '`summary`, or `<experienceId>:<bulletIndex>`' }),
  kind: z.enum(['summary', 'bullet']),
  experienceId: z.string().nullable(),
  bulletIndex: z.number().int().nullable(),
  original: z.string(),
  proposed: z.string(),
});

const rewrite = z.object({ itemId: z.string(), previous: z.string(), applied: z.string() });

export const enhancementResponse = z
  .object({
    id: z.string(),
    profileId: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
    stage: z.string().nullable(),
    progress: z.number().int().min(0).max(100),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    styleFrom: z.enum(['resume', 'coverLetter']).nullable(),
    proposals: z.array(proposal),
    dropped: z
      .array(proposal.extend({ reasons: z.array(z.string()) }))
      .meta({ description: 'Rewrites that stated facts the profile does not support, with why' }),
    applied: z.array(rewrite).nullable().meta({
      description: 'What the last apply replaced (what a restore puts back); null when not applied',
    }),
    appliedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    task: taskResponse
      .nullable()
      .meta({ description: 'The background task that delivers the work (same id); its result is not used' }),
  })
  .meta({ id: 'Enhancement' });

export const startEnhancementSchema = {
  operationId: 'startEnhancement',
  ...common,
  summary: 'Rewrite the summary and every bullet in the style of the user’s samples (background task)',
  params: profileParams,
  response: { 202: taskResponse, ...errors(401, 404) },
};

export const getEnhancementSchema = {
  operationId: 'getEnhancement',
  ...common,
  summary: 'Status, progress, and each proposed rewrite beside its original',
  params: enhancementParams,
  response: { 200: enhancementResponse, ...errors(401, 404) },
};

export const enhancementEventsSchema = {
  operationId: 'streamEnhancementEvents',
  ...common,
  summary: 'text/event-stream of stage and progress changes until the enhancement ends',
  params: enhancementParams,
  response: {
    200: eventStreamResponse({
      progress: 'an `Enhancement`, at each change of status, stage or progress',
      end: 'the final `Enhancement` (succeeded, failed or cancelled) with its proposals; the stream then closes',
      revoked: STREAM_REVOKED,
    }),
    // 429: the caller already holds the most event streams one user may have open.
    ...errors(401, 404, 429),
  },
};

export const applyEnhancementSchema = {
  operationId: 'applyEnhancement',
  ...common,
  summary: 'Apply the accepted rewrites (all, or `itemIds`) as a new profile version; the old text is kept',
  params: enhancementParams,
  body: z.object({ itemIds: z.array(z.string().max(200)).max(2_000).optional() }).optional(),
  response: { 200: profileResponse, ...errors(400, 401, 404, 409, 422) },
};

export const restoreEnhancementSchema = {
  operationId: 'restoreEnhancement',
  ...common,
  summary: 'Put back the text an applied enhancement replaced',
  params: enhancementParams,
  response: { 200: profileResponse, ...errors(401, 404, 409) },
};

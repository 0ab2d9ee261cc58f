import { TASK_STATUSES } from '@tailor/domain';
import { z } from 'zod';
import { bearer, errors, eventStreamResponse, idParams, STREAM_REVOKED } from '../shared-schemas.js';

const common = { tags: ['tasks'], security: bearer, params: idParams };

export const taskResponse = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(TASK_STATUSES),
    stage: z.string().nullable(),
    progress: z.number().int().min(0).max(100),
    attempts: z.number().int(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    result: z.unknown().meta({ description: 'What the task produced, once succeeded (shape per kind)' }),
    cancelRequested: z.boolean(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Task' });

export const getTaskSchema = {
  operationId: 'getTask',
  ...common,
  summary: 'A background task: status, stage, progress, result or error',
  response: { 200: taskResponse, ...errors(401, 404) },
};

export const cancelTaskSchema = {
  operationId: 'cancelTask',
  ...common,
  summary: 'Cancel a task: a queued one at once, a running one as soon as its handler stops',
  response: { 200: taskResponse, ...errors(401, 404) },
};

export const taskEventsSchema = {
  operationId: 'streamTaskEvents',
  ...common,
  summary: 'Server-sent events: the task now, then every change of status, stage or progress until it ends',
  response: {
    200: eventStreamResponse({
      task: '`{taskId, status, stage, progress, attempts, error}`: the task now, then each change until it ends, in order, whichever instance runs it',
      revoked: STREAM_REVOKED,
    }),
    // 429: the caller already holds the most event streams one user may have open.
    ...errors(401, 404, 429),
  },
};

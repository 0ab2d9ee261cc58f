import type { TaskView } from '@tailor/application';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { serveEntityEvents } from '../entity-event-stream.js';
import { cancelTaskSchema, getTaskSchema, taskEventsSchema } from './schemas.js';

/** The frame of a task's change: where its work is, and which run (attempt) it belongs to. */
const taskFrame = (task: TaskView) => ({
  event: 'task',
  data: {
    taskId: task.id,
    status: task.status,
    stage: task.stage,
    progress: task.progress,
    attempts: task.attempts,
    error: task.error,
  },
});

export const taskRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['tasks'] }> = async (
  app,
  { useCases },
) => {
  app.get('/:id', { schema: getTaskSchema }, async (request) =>
    useCases.getTask.execute({ userId: caller(request).userId, taskId: request.params.id }),
  );

  app.post('/:id/cancel', { schema: cancelTaskSchema }, async (request) =>
    useCases.cancelTask.execute({ userId: caller(request).userId, taskId: request.params.id }),
  );

  // The stream of the entity the task delivers, in the task's frames: the last one carries the final status.
  app.get('/:id/events', { schema: taskEventsSchema }, async (request, reply) => {
    const ref = { userId: caller(request).userId, taskId: request.params.id };
    const { kind } = await useCases.getTask.execute(ref);
    await serveEntityEvents(app, request, reply, {
      entityId: ref.taskId,
      read: () => useCases.getTask.execute(ref),
      feed: useCases.taskEvents.of(kind),
      change: taskFrame,
      end: taskFrame,
    });
  });
};

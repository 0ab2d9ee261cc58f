import { isFinishedStatus, type TaskEvent } from '@tailor/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { REVOKED_FRAME, type StreamCloseReason } from '../../plugins/event-streams.js';
import { cancelTaskSchema, getTaskSchema, taskEventsSchema } from './schemas.js';

/** Keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;
/** How often the stored task is read, in case the event relay lost a change (it is passed on only if news). */
const SAFETY_READ_MS = 3_000;

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

  app.get('/:id/events', { schema: taskEventsSchema }, async (request, reply) => {
    const pending: TaskEvent[] = [];
    let send: ((event: TaskEvent) => void) | null = null;
    let end: (reason?: StreamCloseReason) => void = () => {};
    const release = app.eventStreams.open(caller(request), (reason) => end(reason));
    // Events that arrive before the stream is open are kept and sent in order.
    const { current, close, refresh } = await useCases.followTask
      .execute({
        userId: caller(request).userId,
        taskId: request.params.id,
        onEvent: (event) => (send ? send(event) : pending.push(event)),
      })
      .catch((error: unknown) => {
        release();
        throw error;
      });
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-request-id': request.id,
    });
    const keepAlive = setInterval(() => out.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    const safetyRead = setInterval(() => void refresh().catch(() => {}), SAFETY_READ_MS);
    end = (reason) => {
      clearInterval(keepAlive);
      clearInterval(safetyRead);
      close();
      release();
      if (out.writableEnded) return;
      if (reason === 'revoked') out.write(REVOKED_FRAME);
      out.end();
    };
    send = (event) => {
      if (out.writableEnded) return;
      out.write(`event: task\ndata: ${JSON.stringify(event)}\n\n`);
      if (isFinishedStatus(event.status)) end();
    };
    request.raw.on('close', () => end());
    send({
      taskId: current.id,
      status: current.status,
      stage: current.stage,
      progress: current.progress,
      attempts: current.attempts,
      error: current.error,
    });
    for (const event of pending.splice(0)) if (!out.writableEnded) send(event);
  });
};

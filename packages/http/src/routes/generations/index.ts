import type { GenerationProgressEvent, GenerationView } from '@tailor/application';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { REVOKED_FRAME, type StreamCloseReason } from '../../plugins/event-streams.js';
import { plainJson } from '../plain-json.js';
import { pagination } from '../shared-schemas.js';
import {
  analyticsSchema,
  cancelSchema,
  deleteGenerationSchema,
  eventsSchema,
  feedbackSchema,
  getGenerationSchema,
  listGenerationsSchema,
  regenerateSchema,
  resultSchema,
  startGenerationSchema,
  templatesSchema,
  validateSchema,
} from './schemas.js';

const HEARTBEAT_MS = 15_000;
/** Longest wait between two looks at the pending events (a new event wakes the stream at once). */
const WAIT_MS = 500;
/** How often a quiet stream reads the stored row, in case the relay lost a message. */
const SAFETY_READ_MS = 3_000;
const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);

export const toGenerationResponse = (generation: GenerationView) => ({
  ...generation,
  createdAt: generation.createdAt.toISOString(),
  finishedAt: generation.finishedAt ? generation.finishedAt.toISOString() : null,
});

export const generationRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['generations'] }> = async (
  app,
  { useCases },
) => {
  app.post('/', { schema: startGenerationSchema }, async (request, reply) => {
    const userId = caller(request).userId;
    const { generation } = await useCases.submitGeneration.execute({
      userId,
      ...request.body,
      idempotencyKey: request.headers['idempotency-key'] ?? null,
    });
    return reply.status(202).send(toGenerationResponse(generation));
  });

  app.get('/', { schema: listGenerationsSchema }, async (request) => {
    const { page, size, sort, ...filters } = request.query;
    const result = await useCases.listGenerations.execute({
      userId: caller(request).userId,
      page,
      size,
      sort: { field: 'createdAt', direction: sort === 'createdAt:asc' ? 'asc' : 'desc' },
      ...filters,
    });
    return { data: result.items.map(toGenerationResponse), pagination: pagination(page, size, result.total) };
  });

  app.get('/templates', { schema: templatesSchema }, async () => useCases.listTemplates());

  app.get('/:id', { schema: getGenerationSchema }, async (request) =>
    toGenerationResponse(
      await useCases.getGeneration.execute({
        userId: caller(request).userId,
        generationId: request.params.id,
      }),
    ),
  );

  // Server-sent events: every stage/progress change, then the final state (`event: end`). Changes arrive from
  // the generation event log, which hears every instance through the event relay (LISTEN/NOTIFY on
  // PostgreSQL): replayed from its history (a client that connects late still sees every stage), then live,
  // in order. The stored row is read every few seconds only as a safety net (a relay connection that dropped a
  // message): it may end the stream or move it forward, never back. Comments every 15 s keep buffering
  // proxies from holding the stream back.
  app.get('/:id/events', { schema: eventsSchema }, async (request, reply) => {
    const ref = { userId: caller(request).userId, generationId: request.params.id };
    let current = await useCases.getGeneration.execute(ref);
    let closed = false;
    let endedBecause: StreamCloseReason | undefined;
    let wake: () => void = () => {};
    const release = app.eventStreams.open(caller(request), (reason) => {
      endedBecause ??= reason;
      closed = true;
      wake();
    });
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': request.id,
    });
    const sent = (view: GenerationView) => `${view.status}|${view.stage}|${view.progress}`;
    let last = '';
    const send = (view: GenerationView) => {
      if (sent(view) === last || TERMINAL.has(view.status)) return;
      last = sent(view);
      out.write(`event: progress\ndata: ${JSON.stringify(toGenerationResponse(view))}\n\n`);
    };
    request.raw.on('close', () => (closed = true));
    const pending: GenerationProgressEvent[] = useCases.generationEvents.history(ref.generationId);
    const unsubscribe = useCases.generationEvents.subscribe(ref.generationId, (event) => {
      pending.push(event);
      wake();
    });
    try {
      if (pending.length === 0) send(current);
      let lastBeat = Date.now();
      let lastRead = Date.now();
      for (;;) {
        for (const event of pending.splice(0)) {
          current = { ...current, ...event };
          send(current);
        }
        if (closed || TERMINAL.has(current.status)) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, WAIT_MS);
        });
        if (pending.length === 0 && Date.now() - lastRead >= SAFETY_READ_MS) {
          const stored = await useCases.getGeneration.execute(ref).catch(() => null);
          lastRead = Date.now();
          if (!stored) break;
          if (pending.length === 0) {
            if (TERMINAL.has(stored.status)) current = stored;
            else if (stored.progress > current.progress) send((current = stored));
          }
        }
        if (Date.now() - lastBeat >= HEARTBEAT_MS) {
          out.write(': heartbeat\n\n');
          lastBeat = Date.now();
        }
      }
      if (!closed) {
        const final = await useCases.getGeneration.execute(ref).catch(() => current);
        out.write(`event: end\ndata: ${JSON.stringify(toGenerationResponse(final))}\n\n`);
      }
      if (endedBecause === 'revoked') out.write(REVOKED_FRAME);
    } finally {
      release();
      unsubscribe();
      out.end();
    }
  });

  app.get('/:id/result', { schema: resultSchema }, async (request) =>
    plainJson(
      await useCases.getGenerationResult.execute({
        userId: caller(request).userId,
        generationId: request.params.id,
      }),
    ),
  );

  app.post('/:id/regenerate', { schema: regenerateSchema }, async (request, reply) => {
    const generation = await useCases.submitRegeneration.execute({
      userId: caller(request).userId,
      generationId: request.params.id,
      ...request.body,
    });
    return reply.status(202).send(toGenerationResponse(generation));
  });

  app.post('/:id/cancel', { schema: cancelSchema }, async (request) =>
    toGenerationResponse(
      await useCases.cancelGeneration.execute({
        userId: caller(request).userId,
        generationId: request.params.id,
      }),
    ),
  );

  app.delete('/:id', { schema: deleteGenerationSchema }, async (request, reply) => {
    await useCases.deleteGeneration.execute({
      userId: caller(request).userId,
      generationId: request.params.id,
    });
    return reply.status(204).send(null);
  });

  app.post('/:id/feedback', { schema: feedbackSchema }, async (request, reply) => {
    const entry = await useCases.addGenerationFeedback.execute({
      userId: caller(request).userId,
      generationId: request.params.id,
      rating: request.body.rating,
      comment: request.body.comment ?? null,
    });
    return reply.status(201).send(plainJson(entry) as Record<string, unknown>);
  });

  app.get('/:id/analytics', { schema: analyticsSchema }, async (request) =>
    plainJson(
      await useCases.getGenerationAnalytics.execute({
        userId: caller(request).userId,
        generationId: request.params.id,
      }),
    ),
  );

  app.post('/:id/validate', { schema: validateSchema }, async (request) =>
    plainJson(
      await useCases.validateGeneration.execute({
        userId: caller(request).userId,
        generationId: request.params.id,
      }),
    ),
  );
};

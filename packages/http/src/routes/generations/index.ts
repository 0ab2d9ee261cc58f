import type { GenerationView } from '@tailor/application';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { serveEntityEvents } from '../entity-event-stream.js';
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

  app.get('/:id/events', { schema: eventsSchema }, async (request, reply) => {
    const ref = { userId: caller(request).userId, generationId: request.params.id };
    await serveEntityEvents(app, request, reply, {
      entityId: ref.generationId,
      read: () => useCases.getGeneration.execute(ref),
      feed: useCases.generationEvents,
      change: (view) => ({ event: 'progress', data: toGenerationResponse(view) }),
      end: (view) => ({ event: 'end', data: toGenerationResponse(view) }),
    });
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

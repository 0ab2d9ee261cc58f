import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import {
  applyEnhancementSchema,
  getEnhancementSchema,
  restoreEnhancementSchema,
  startEnhancementSchema,
} from './schemas.js';

/** Under /profiles/{id}/enhancements. */
export const enhancementRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['enhancements'] }> = async (
  app,
  { useCases },
) => {
  app.post('/:id/enhancements', { schema: startEnhancementSchema }, async (request, reply) => {
    const task = await useCases.startEnhancement.execute({
      userId: caller(request).userId,
      profileId: request.params.id,
    });
    return reply
      .status(202)
      .header('location', `/api/v1/profiles/${request.params.id}/enhancements/${task.id}`)
      .send(task);
  });

  app.get('/:id/enhancements/:eid', { schema: getEnhancementSchema }, async (request) =>
    useCases.getEnhancement.execute({
      userId: caller(request).userId,
      profileId: request.params.id,
      enhancementId: request.params.eid,
    }),
  );

  app.post('/:id/enhancements/:eid/apply', { schema: applyEnhancementSchema }, async (request) =>
    useCases.applyEnhancement.execute({
      userId: caller(request).userId,
      profileId: request.params.id,
      enhancementId: request.params.eid,
      itemIds: request.body?.itemIds,
    }),
  );

  app.post('/:id/enhancements/:eid/restore', { schema: restoreEnhancementSchema }, async (request) =>
    useCases.restoreEnhancement.execute({
      userId: caller(request).userId,
      profileId: request.params.id,
      enhancementId: request.params.eid,
    }),
  );
};

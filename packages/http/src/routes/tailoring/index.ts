import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { jobMatchSchema, jobRankingSchema } from './schemas.js';

/** Match and ranking of a profile against one of the caller's jobs (mounted under /jobs). */
export const tailoringRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['jobs'] }> = async (
  app,
  { useCases },
) => {
  app.get('/:id/match', { schema: jobMatchSchema }, async (request) => {
    const { jobId, profileId, report } = await useCases.getJobMatch.execute({
      userId: caller(request).userId,
      jobId: request.params.id,
      profileId: request.query.profileId,
    });
    return { jobId, profileId, ...report };
  });

  app.get('/:id/ranking', { schema: jobRankingSchema }, async (request) => {
    const { jobId, profileId, ranking } = await useCases.getJobRanking.execute({
      userId: caller(request).userId,
      jobId: request.params.id,
      profileId: request.query.profileId,
    });
    return { jobId, profileId, ...ranking };
  });
};

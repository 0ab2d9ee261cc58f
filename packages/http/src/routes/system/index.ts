import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { healthSchema, readinessSchema } from './schemas.js';

export const systemRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['system'] }> = async (
  app,
  { useCases },
) => {
  // Probes are polled by orchestrators every few seconds: never rate-limit them.
  app.get('/health', { schema: healthSchema, config: { rateLimit: false } }, async () => ({
    status: 'ok' as const,
  }));

  app.get('/ready', { schema: readinessSchema, config: { rateLimit: false } }, async (_request, reply) => {
    const report = await useCases.checkReadiness.execute();
    return reply
      .status(report.ready ? 200 : 503)
      .send({ status: report.ready ? 'ready' : 'unavailable', checks: report.checks });
  });
};

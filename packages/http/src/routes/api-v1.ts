import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { UseCases } from '../composition/use-cases.js';
import type { AppConfig } from '../config/config.js';
import { requireAuthentication } from '../plugins/authentication.js';
import { authRoutes } from './auth/index.js';
import { documentRoutes } from './documents/index.js';
import { generationRoutes } from './generations/index.js';
import { usageSchema } from './generations/schemas.js';
import { jobRoutes } from './jobs/index.js';
import { plainJson } from './plain-json.js';
import { caller } from '../plugins/authentication.js';
import { profileRoutes } from './profiles/index.js';
import { tailoringRoutes } from './tailoring/index.js';
import { taskRoutes } from './tasks/index.js';
import { sampleRoutes } from './samples/index.js';
import { enhancementRoutes } from './enhancements/index.js';
import { downloadRoutes } from './downloads/index.js';
import { DownloadLinks } from '../mcp/download-links.js';
import { apiKeyRoutes } from './api-keys/index.js';
import { calendarRoutes } from './calendar/index.js';
import { historyRoutes } from './jobs/history.js';

/** Everything under /api/v1: authenticated unless a route declares itself public. */
export const apiV1: FastifyPluginAsync<{ config: AppConfig; useCases: UseCases }> = async (
  app,
  { config, useCases },
) => {
  requireAuthentication(app);
  await app.register(authRoutes, {
    prefix: '/auth',
    credentialsRateLimit: { max: config.authRateLimit.max, timeWindow: config.authRateLimit.windowMs },
    useCases: useCases.accounts,
  });
  await app.register(profileRoutes, { prefix: '/profiles', useCases: useCases.profiles });
  await app.register(jobRoutes, { prefix: '/jobs', useCases: useCases.jobs });
  await app.register(tailoringRoutes, { prefix: '/jobs', useCases: useCases.jobs });
  await app.register(generationRoutes, { prefix: '/generations', useCases: useCases.generations });
  await app.register(documentRoutes, { prefix: '/documents', useCases: useCases.generations });
  await app.register(downloadRoutes, {
    prefix: '/downloads',
    links: new DownloadLinks(config.jwtSecret),
    useCases: useCases.generations,
  });
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/usage', { schema: usageSchema }, async (request) =>
      plainJson(await useCases.generations.getUsage.execute({ userId: caller(request).userId })),
    );
  await app.register(taskRoutes, { prefix: '/tasks', useCases: useCases.tasks });
  await app.register(sampleRoutes, { prefix: '/samples', useCases: useCases.samples });
  await app.register(enhancementRoutes, { prefix: '/profiles', useCases: useCases.enhancements });
  await app.register(apiKeyRoutes, { prefix: '/api-keys', useCases: useCases.apiKeys });
  await app.register(calendarRoutes, { prefix: '/calendar', useCases: useCases.calendar });
  await app.register(historyRoutes, { prefix: '/jobs', useCases: useCases.history });
};

import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
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
export const apiV1: FastifyPluginAsync<{ config: AppConfig }> = async (app, { config }) => {
  requireAuthentication(app);
  await app.register(authRoutes, {
    prefix: '/auth',
    credentialsRateLimit: { max: config.authRateLimit.max, timeWindow: config.authRateLimit.windowMs },
  });
  await app.register(profileRoutes, { prefix: '/profiles' });
  await app.register(jobRoutes, { prefix: '/jobs' });
  await app.register(tailoringRoutes, { prefix: '/jobs' });
  await app.register(generationRoutes, { prefix: '/generations' });
  await app.register(documentRoutes, { prefix: '/documents' });
  await app.register(downloadRoutes, { prefix: '/downloads', links: new DownloadLinks(config.jwtSecret) });
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/usage', { schema: usageSchema }, async (request) =>
      plainJson(await app.useCases.getUsage.execute({ userId: caller(request).userId })),
    );
  await app.register(taskRoutes, { prefix: '/tasks' });
  await app.register(sampleRoutes, { prefix: '/samples' });
  await app.register(enhancementRoutes, { prefix: '/profiles' });
  await app.register(apiKeyRoutes, { prefix: '/api-keys' });
  await app.register(calendarRoutes, { prefix: '/calendar' });
  await app.register(historyRoutes, { prefix: '/jobs' });
};

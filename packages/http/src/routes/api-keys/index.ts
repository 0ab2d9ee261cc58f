import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { sessionCaller } from '../../plugins/authentication.js';
import { pagination } from '../shared-schemas.js';
import { createApiKeySchema, deleteApiKeySchema, listApiKeysSchema } from './schemas.js';

// Key management is account-level: a leaked key must not be able to mint or list keys.
const config = { sessionOnly: true };

export const apiKeyRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['apiKeys'] }> = async (
  app,
  { useCases },
) => {
  app.post('/', { schema: createApiKeySchema, config }, async (request, reply) => {
    const { name, expiresAt } = request.body;
    const created = await useCases.createApiKey.execute({
      userId: sessionCaller(request).userId,
      name,
      expiresAt: expiresAt ? new Date(expiresAt) : null,
    });
    return reply.status(201).send(created);
  });

  app.get('/', { schema: listApiKeysSchema, config }, async (request) => {
    const data = await useCases.listApiKeys.execute({ userId: sessionCaller(request).userId });
    // At most API_KEY_LIMITS.perUser keys: always a single page.
    return { data, pagination: pagination(1, Math.max(data.length, 1), data.length) };
  });

  app.delete('/:id', { schema: deleteApiKeySchema, config }, async (request, reply) => {
    await useCases.deleteApiKey.execute({
      userId: sessionCaller(request).userId,
      apiKeyId: request.params.id,
    });
    return reply.status(204).send(null);
  });
};

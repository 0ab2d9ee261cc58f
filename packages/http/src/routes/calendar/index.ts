import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { disableFeedSchema, readFeedSchema, rotateFeedSchema } from './schemas.js';

export const calendarRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['calendar'] }> = async (
  app,
  { useCases },
) => {
  app.post('/feed', { schema: rotateFeedSchema }, async (request, reply) => {
    const { token } = await useCases.rotateCalendarFeed.execute({ userId: caller(request).userId });
    // An absolute URL, since calendar apps subscribe from elsewhere: the host the client reached us at
    // (X-Forwarded-Host/-Proto count only with TRUST_PROXY).
    const url = `${request.protocol}://${request.host}/api/v1/calendar/feed/${token}`;
    return reply.status(201).send({ url });
  });

  app.delete('/feed', { schema: disableFeedSchema }, async (request, reply) => {
    await useCases.disableCalendarFeed.execute({ userId: caller(request).userId });
    return reply.status(204).send(null);
  });

  // Public: calendar apps cannot send a bearer token; the 256-bit token in the path is the credential.
  app.get('/feed/:token', { schema: readFeedSchema, config: { public: true } }, async (request, reply) => {
    const calendar = await useCases.readCalendarFeed.execute({ token: request.params.token });
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="tailor.ics"')
      .send(calendar);
  });
};

import type { UserView } from '@tailor/application';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller, sessionCaller } from '../../plugins/authentication.js';
import {
  changePasswordSchema,
  deleteAccountSchema,
  exportSchema,
  loginSchema,
  logoutSchema,
  meSchema,
  refreshSchema,
  registerSchema,
} from './schemas.js';

const toUser = (user: UserView) => ({ ...user, createdAt: user.createdAt.toISOString() });

export interface AuthRoutesOptions {
  /** Per-IP limit on the routes that take credentials (register, login, refresh). */
  credentialsRateLimit: { max: number; timeWindow: number };
  useCases: UseCases['accounts'];
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { credentialsRateLimit, useCases },
) => {
  const publicCredentials = { public: true, rateLimit: credentialsRateLimit };
  // Routes that check the password of a signed-in user get the same strict limit as login.
  // Account-level routes: a signed-in session only, never an API key.
  const passwordChecked = { rateLimit: credentialsRateLimit, sessionOnly: true };

  app.post('/register', { schema: registerSchema, config: publicCredentials }, async (request, reply) => {
    const result = await useCases.registerUser.execute({
      ...request.body,
      userAgent: request.headers['user-agent'] ?? null,
    });
    return reply.status(201).send({ ...result, user: toUser(result.user) });
  });

  app.post('/login', { schema: loginSchema, config: publicCredentials }, async (request) => {
    const result = await useCases.loginUser.execute({
      ...request.body,
      userAgent: request.headers['user-agent'] ?? null,
    });
    return { ...result, user: toUser(result.user) };
  });

  app.post('/refresh', { schema: refreshSchema, config: publicCredentials }, async (request) =>
    useCases.refreshSession.execute(request.body),
  );

  app.post('/logout', { schema: logoutSchema, config: { sessionOnly: true } }, async (request, reply) => {
    await useCases.logout.execute({ sessionId: sessionCaller(request).sessionId });
    return reply.status(204).send(null);
  });

  app.get('/me', { schema: meSchema }, async (request) =>
    toUser(await useCases.getCurrentUser.execute({ userId: caller(request).userId })),
  );

  app.post(
    '/change-password',
    { schema: changePasswordSchema, config: passwordChecked },
    async (request, reply) => {
      await useCases.changePassword.execute({ ...sessionCaller(request), ...request.body });
      return reply.status(204).send(null);
    },
  );

  app.get('/me/export', { schema: exportSchema }, async (request, reply) => {
    const document = await useCases.exportAccountData.execute({ userId: caller(request).userId });
    return reply
      .header('content-disposition', 'attachment; filename="tailor-export.json"')
      .header('cache-control', 'no-store')
      .send(document);
  });

  app.delete('/me', { schema: deleteAccountSchema, config: passwordChecked }, async (request, reply) => {
    await useCases.deleteAccount.execute({ userId: caller(request).userId, password: request.body.password });
    return reply.status(204).send(null);
  });
};

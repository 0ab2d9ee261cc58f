import type { CheckReadiness } from '@tailor/application';

/** What a route handler can reach: one entry per use case, decorated on the app as `app.useCases`. */
export interface UseCases {
  checkReadiness: CheckReadiness;
}

declare module 'fastify' {
  interface FastifyInstance {
    useCases: UseCases;
  }
}

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The OpenAPI 3 document at /docs/json is generated from the route schemas, so it cannot drift from them. */
export const openApiPlugin = fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Tailor API',
          description:
            'Resume tailoring and job-application tracking. Errors use {"error":{"code","message","details"}}.',
          version: '1.0.0',
        },
        components: {
          securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
        tags: [
          { name: 'system', description: 'Liveness, readiness and documentation' },
          { name: 'auth', description: 'Accounts, sessions, export and deletion' },
          { name: 'profiles', description: 'Career profiles, their parts, analytics and JSON Resume' },
          { name: 'jobs', description: 'Job postings, parsing, search and the application tracker' },
          { name: 'generations', description: 'Tailored resumes and cover letters, made in the background' },
          { name: 'documents', description: 'Generated documents, their versions and exports' },
          { name: 'usage', description: 'Generations, tokens and cost this month, and the limits' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: false });
  },
  { name: 'openapi' },
);

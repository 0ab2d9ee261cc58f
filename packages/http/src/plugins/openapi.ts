import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

import type { DocumentedOnly } from '../routes/shared-schemas.js';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/**
 * The route schemas as the document shows them: what a route reads by hand (`documented`) joins its
 * schema, and a feature's root route — registered as `/` under its prefix (`/api/v1/jobs/`), which the
 * router also answers without the slash — is named the way clients call it (`/api/v1/jobs`).
 */
const forTheDocument = (input: TransformInput) => {
  const { documented, ...schema } = (input.schema ?? {}) as Record<string, unknown> & {
    documented?: DocumentedOnly;
  };
  const transformed = jsonSchemaTransform({ ...input, schema: { ...schema, ...documented } });
  const url = transformed.url.length > 1 ? transformed.url.replace(/\/$/u, '') : transformed.url;
  return { ...transformed, url };
};

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
          license: { name: 'MIT', identifier: 'MIT' },
        },
        servers: [{ url: '/', description: 'This server' }],
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
          { name: 'samples', description: 'Writing samples whose style enhancements follow' },
          { name: 'enhancements', description: 'Rewrites of a profile in the style of the samples' },
          { name: 'tasks', description: 'Background tasks: status, progress, events and cancellation' },
        ],
      },
      transform: forTheDocument,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: false });
  },
  { name: 'openapi' },
);

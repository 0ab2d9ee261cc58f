import { API_KEY_LIMITS } from '@tailor/domain';
import { z } from 'zod';
import { bearer, errors, idParams, paginated } from '../shared-schemas.js';

const common = { tags: ['api-keys'], security: bearer };

export const apiKeyResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the key, to recognise it by' }),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: 'Updated at most once a minute' }),
  })
  .meta({ id: 'ApiKey' });

export const createdApiKeyResponse = apiKeyResponse
  .extend({
    key: z.string().meta({ description: 'The key itself (`tlr_…`): shown only in this response' }),
  })
  .meta({ id: 'CreatedApiKey' });

export const createApiKeySchema = {
  operationId: 'createApiKey',
  ...common,
  summary:
    'Create a personal API key (`Authorization: Bearer tlr_…`); the key is in this response only. Needs a signed-in session',
  body: z
    .object({
      name: z.string().min(1).max(API_KEY_LIMITS.nameLength),
      expiresAt: z.iso.datetime({ offset: true }).nullish(),
    })
    .strict(),
  response: { 201: createdApiKeyResponse, ...errors(400, 401, 403, 409, 422) },
};

export const listApiKeysSchema = {
  operationId: 'listApiKeys',
  ...common,
  summary: 'Own API keys, without the keys themselves. Needs a signed-in session',
  response: { 200: paginated(apiKeyResponse), ...errors(401, 403) },
};

export const deleteApiKeySchema = {
  operationId: 'deleteApiKey',
  ...common,
  summary: 'Delete an API key: it stops working at once. Needs a signed-in session',
  params: idParams,
  response: { 204: z.null(), ...errors(401, 403, 404) },
};

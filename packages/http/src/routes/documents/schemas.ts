import { GENERATION_TYPES } from '@tailor/domain';
import { z } from 'zod';
import { bearer, errors, idParams, paginated, pagingQuery } from '../shared-schemas.js';

export const documentResponse = z
  .object({
    id: z.string(),
    jobId: z.string().nullable(),
    generationId: z.string().nullable(),
    profileId: z.string().nullable(),
    type: z.enum(GENERATION_TYPES),
    title: z.string(),
    notes: z.string().nullable(),
    version: z.number().int(),
    content: z
      .record(z.string(), z.unknown())
      .meta({ description: 'Structured content (resume or cover letter)' }),
    text: z.string(),
    markdown: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Document' });

const loose = z.record(z.string(), z.unknown());
const common = { tags: ['documents'], security: bearer };

export const listDocumentsSchema = {
  ...common,
  summary: 'Own documents',
  querystring: z.object({
    jobId: z.string().optional(),
    type: z.enum(GENERATION_TYPES).optional(),
    ...pagingQuery,
    sort: z
      .enum(['createdAt:asc', 'createdAt:desc', 'updatedAt:asc', 'updatedAt:desc'])
      .default('createdAt:desc'),
  }),
  response: { 200: paginated(documentResponse), ...errors(400, 401) },
};

export const getDocumentSchema = {
  ...common,
  summary: 'Read a document',
  params: idParams,
  response: { 200: documentResponse, ...errors(401, 404) },
};

export const patchDocumentSchema = {
  ...common,
  summary:
    'Change title, notes or content (a content change makes a new version; its truthfulness report is shown, not enforced)',
  params: idParams,
  body: z.object({
    version: z.number().int().min(1),
    title: z.string().optional(),
    notes: z.string().nullish(),
    content: z.record(z.string(), z.unknown()).optional(),
  }),
  response: {
    200: z.object({ document: documentResponse, newVersion: loose.nullable() }),
    ...errors(400, 401, 404, 409),
  },
};

export const versionsSchema = {
  ...common,
  summary: 'Every kept version',
  params: idParams,
  response: { 200: z.array(loose), ...errors(401, 404) },
};
export const deleteDocumentSchema = {
  ...common,
  summary: 'Delete a document, its versions and exported files',
  params: idParams,
  response: { 204: z.null(), ...errors(401, 404) },
};

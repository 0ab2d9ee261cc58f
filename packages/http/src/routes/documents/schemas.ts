import { EXPORT_FORMATS, GENERATION_TYPES } from '@tailor/domain';
import { z } from 'zod';
import { bearer, errors, fileResponse, idParams, paginated, pagingQuery, ulid } from '../shared-schemas.js';

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
  operationId: 'listDocuments',
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
  operationId: 'getDocument',
  ...common,
  summary: 'Read a document',
  params: idParams,
  response: { 200: documentResponse, ...errors(401, 404) },
};

export const patchDocumentSchema = {
  operationId: 'updateDocument',
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
  operationId: 'listDocumentVersions',
  ...common,
  summary: 'Every kept version',
  params: idParams,
  response: { 200: z.array(loose), ...errors(401, 404) },
};
export const deleteDocumentSchema = {
  operationId: 'deleteDocument',
  ...common,
  summary: 'Delete a document, its versions and exported files',
  params: idParams,
  response: { 204: z.null(), ...errors(401, 404) },
};

export const exportFormat = z.enum(['pdf', 'docx', 'txt', 'md', 'json']);
export const pageSize = z.enum(['A4', 'Letter']);

export const exportFormatsSchema = {
  operationId: 'listExportFormats',
  ...common,
  summary: 'Export formats with their media types',
  response: {
    200: z.array(z.object({ format: z.string(), mediaType: z.string(), extension: z.string() })),
    ...errors(401),
  },
};

export const exportSchema = {
  operationId: 'exportDocument',
  ...common,
  summary: 'Render the current version to a file (stored with its sha256)',
  params: idParams,
  body: z.object({
    format: exportFormat,
    templateId: z.string().max(100).optional(),
    pageSize: pageSize.optional(),
  }),
  response: {
    201: z.object({
      id: z.string(),
      documentId: z.string(),
      version: z.number().int(),
      format: z.string(),
      templateId: z.string().nullable(),
      bytes: z.number().int(),
      pageCount: z.number().int().nullable(),
      sha256: z.string(),
      mediaType: z.string(),
      fileName: z.string(),
      downloadUrl: z.string(),
      createdAt: z.string(),
    }),
    ...errors(400, 401, 404, 422),
  },
};

export const downloadSchema = {
  operationId: 'downloadExport',
  ...common,
  summary: 'Download an exported file',
  params: idParams.extend({ exportId: ulid }),
  response: {
    200: fileResponse(
      'The exported file, with Content-Type, Content-Disposition (RFC 6266) and ETag (its sha256)',
      EXPORT_FORMATS.map(({ mediaType }) => mediaType),
    ),
    ...errors(401, 404),
  },
};

export const previewSchema = {
  operationId: 'previewDocument',
  ...common,
  summary: 'A PDF of a stored document or of sent content (not stored)',
  body: z.object({
    documentId: z.string().optional(),
    content: z.record(z.string(), z.unknown()).optional(),
    templateId: z.string().max(100).optional(),
    pageSize: pageSize.optional(),
  }),
  response: { 200: fileResponse('The rendered PDF', ['application/pdf']), ...errors(400, 401, 404, 422) },
};

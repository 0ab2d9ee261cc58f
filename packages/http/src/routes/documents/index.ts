import type { DocumentView } from '@tailor/application';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caller } from '../../plugins/authentication.js';
import { plainJson } from '../plain-json.js';
import { pagination } from '../shared-schemas.js';
import {
  deleteDocumentSchema,
  getDocumentSchema,
  listDocumentsSchema,
  patchDocumentSchema,
  versionsSchema,
} from './schemas.js';

// Dates become ISO strings; the structured content is passed through as JSON.
const toDocumentResponse = (document: DocumentView) =>
  plainJson(document) as Omit<DocumentView, 'content' | 'createdAt' | 'updatedAt'> & {
    content: Record<string, unknown>;
    createdAt: string;
    updatedAt: string;
  };

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases } = app;

  app.get('/', { schema: listDocumentsSchema }, async (request) => {
    const { page, size, sort, ...filters } = request.query;
    const [field, direction] = sort.split(':') as ['createdAt' | 'updatedAt', 'asc' | 'desc'];
    const result = await useCases.listDocuments.execute({
      userId: caller(request).userId,
      page,
      size,
      sort: { field, direction },
      ...filters,
    });
    return { data: result.items.map(toDocumentResponse), pagination: pagination(page, size, result.total) };
  });

  app.get('/:id', { schema: getDocumentSchema }, async (request) =>
    toDocumentResponse(
      await useCases.getDocument.execute({ userId: caller(request).userId, documentId: request.params.id }),
    ),
  );

  app.patch('/:id', { schema: patchDocumentSchema }, async (request) => {
    const { version, title, notes, content } = request.body;
    const result = await useCases.patchDocument.execute({
      userId: caller(request).userId,
      documentId: request.params.id,
      version,
      ...(title !== undefined ? { title } : {}),
      ...(notes !== undefined ? { notes } : {}),
      ...(content !== undefined ? { content: content as never } : {}),
    });
    return {
      document: toDocumentResponse(result.document),
      newVersion: result.newVersion ? plainJson(result.newVersion) : null,
    };
  });

  app.get('/:id/versions', { schema: versionsSchema }, async (request) =>
    (
      await useCases.listDocumentVersions.execute({
        userId: caller(request).userId,
        documentId: request.params.id,
      })
    ).map(plainJson),
  );

  app.delete('/:id', { schema: deleteDocumentSchema }, async (request, reply) => {
    await useCases.deleteDocument.execute({ userId: caller(request).userId, documentId: request.params.id });
    return reply.status(204).send(null);
  });
};

import type { DocumentView } from '@tailor/application';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { plainJson } from '../plain-json.js';
import { pagination } from '../shared-schemas.js';
import { sendExportFile } from './send-export-file.js';
import {
  deleteDocumentSchema,
  downloadSchema,
  exportFormatsSchema,
  exportSchema,
  getDocumentSchema,
  listDocumentsSchema,
  patchDocumentSchema,
  previewSchema,
  versionsSchema,
} from './schemas.js';

// Dates become ISO strings; the structured content is passed through as JSON.
const toDocumentResponse = (document: DocumentView) =>
  plainJson(document) as Omit<DocumentView, 'content' | 'createdAt' | 'updatedAt'> & {
    content: Record<string, unknown>;
    createdAt: string;
    updatedAt: string;
  };

export const documentRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['generations'] }> = async (
  app,
  { useCases },
) => {
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
    const { storageKeys } = await useCases.deleteDocument.execute({
      userId: caller(request).userId,
      documentId: request.params.id,
    });
    await useCases.deleteDocumentFiles.execute(storageKeys);
    return reply.status(204).send(null);
  });

  app.get('/export-formats', { schema: exportFormatsSchema }, async () => useCases.listExportFormats());

  app.post('/:id/export', { schema: exportSchema }, async (request, reply) => {
    const exported = await useCases.exportDocument.execute({
      userId: caller(request).userId,
      documentId: request.params.id,
      ...request.body,
    });
    return reply.status(201).send({
      ...exported,
      createdAt: exported.createdAt.toISOString(),
      downloadUrl: `/api/v1/documents/${exported.documentId}/exports/${exported.id}/download`,
    });
  });

  app.get('/:id/exports/:exportId/download', { schema: downloadSchema }, async (request, reply) => {
    const file = await useCases.downloadExport.execute({
      userId: caller(request).userId,
      documentId: request.params.id,
      exportId: request.params.exportId,
    });
    return sendExportFile(reply, file);
  });

  app.post('/preview', { schema: previewSchema }, async (request, reply) => {
    const rendered = await useCases.previewDocument.execute({
      userId: caller(request).userId,
      ...request.body,
      content: request.body.content as never,
    });
    return reply
      .header('content-type', rendered.mediaType)
      .header('content-disposition', 'inline; filename="preview.pdf"')
      .send(Buffer.from(rendered.bytes));
  });
};

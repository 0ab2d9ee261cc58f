import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { pagination } from '../shared-schemas.js';
import { acceptUploads, readUpload } from '../uploads.js';
import { deleteSampleSchema, getSampleSchema, listSamplesSchema, uploadSampleSchema } from './schemas.js';

export const sampleRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['samples'] }> = async (
  app,
  { useCases },
) => {
  await acceptUploads(app);

  app.post('/', { schema: uploadSampleSchema }, async (request, reply) => {
    const upload = await readUpload(request);
    const sample = await useCases.uploadSample.execute({
      userId: caller(request).userId,
      type: upload.fields.type ?? '',
      fileName: upload.fileName,
      bytes: upload.bytes,
    });
    return reply.status(201).send(sample);
  });

  app.get('/', { schema: listSamplesSchema }, async (request) => {
    const data = await useCases.listSamples.execute({ userId: caller(request).userId });
    // One sample per type at most: always a single page.
    return { data, pagination: pagination(1, Math.max(data.length, 1), data.length) };
  });

  app.get('/:id', { schema: getSampleSchema }, async (request) =>
    useCases.getSample.execute({ userId: caller(request).userId, sampleId: request.params.id }),
  );

  app.delete('/:id', { schema: deleteSampleSchema }, async (request, reply) => {
    await useCases.deleteSample.execute({ userId: caller(request).userId, sampleId: request.params.id });
    return reply.status(204).send(null);
  });
};

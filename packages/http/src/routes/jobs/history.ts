import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { bearer, errors, fileResponse } from '../shared-schemas.js';

export const exportHistorySchema = {
  operationId: 'exportApplicationHistory',
  tags: ['jobs'],
  security: bearer,
  summary:
    'Application history (proof of job search): every tracked application with activity in the period, its stage changes and the documents sent, as CSV or a printable PDF',
  querystring: z.object({
    format: z.enum(['csv', 'pdf']),
    from: z.iso.date().optional().meta({ description: 'First day (UTC), inclusive' }),
    to: z.iso.date().optional().meta({ description: 'Last day (UTC), inclusive' }),
  }),
  response: {
    200: fileResponse('The report, as an attachment', ['text/csv; charset=utf-8', 'application/pdf']),
    ...errors(400, 401, 404, 422),
  },
};

export const historyRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['history'] }> = async (
  app,
  { useCases },
) => {
  app.get('/export', { schema: exportHistorySchema }, async (request, reply) => {
    const { format, from, to } = request.query;
    const file = await useCases.exportApplicationHistory.execute({
      userId: caller(request).userId,
      format,
      from: from ?? null,
      to: to ?? null,
    });
    return reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(Buffer.from(file.bytes));
  });
};

import { DocumentErrors } from '@tailor/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import type { DownloadLinks } from '../../mcp/download-links.js';
import { sendExportFile } from '../documents/send-export-file.js';
import { signedDownloadSchema } from './schemas.js';

/**
 * `GET /downloads?token=…`: the file behind a signed link, without a bearer token (an assistant shows the
 * link to its user, whose browser has no token). The grant names the owner; the same owner-scoped use case
 * as the authenticated download reads the file, so a deleted export or account answers 404.
 */
export const downloadRoutes: FastifyPluginAsyncZod<{
  links: DownloadLinks;
  useCases: UseCases['generations'];
}> = async (app, { links, useCases }) => {
  app.get('/', { schema: signedDownloadSchema, config: { public: true } }, async (request, reply) => {
    const grant = links.verify(request.query.token, new Date());
    if (!grant) throw DocumentErrors.downloadLinkInvalid();
    const file = await useCases.downloadExport.execute(grant);
    // A link may sit in a chat transcript: keep shared caches and the referrer from copying it further.
    reply.header('referrer-policy', 'no-referrer');
    return sendExportFile(reply, file);
  });
};

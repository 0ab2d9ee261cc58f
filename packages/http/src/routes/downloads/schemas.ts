import { EXPORT_FORMATS } from '@tailor/domain';
import { z } from 'zod';
import { errors, fileResponse } from '../shared-schemas.js';

export const signedDownloadSchema = {
  operationId: 'downloadExportByLink',
  tags: ['documents'],
  summary:
    'Download an exported file through a short-lived signed link (what the MCP tool `export_document` hands out); the link is the credential',
  // The signed link is the credential: no bearer token.
  security: [],
  // In the query, not the path: request logs leave query strings out, and the token outgrows a path segment.
  querystring: z.object({ token: z.string().min(1).max(512) }),
  response: {
    200: fileResponse(
      'The exported file, with Content-Type, Content-Disposition (RFC 6266) and ETag (its sha256)',
      EXPORT_FORMATS.map(({ mediaType }) => mediaType),
    ),
    ...errors(404),
  },
};

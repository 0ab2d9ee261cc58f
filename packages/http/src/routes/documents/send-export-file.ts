import contentDisposition from 'content-disposition';
import type { FastifyReply } from 'fastify';

interface ExportFile {
  mediaType: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
}

/** An exported file as a download: the one way both download routes (bearer and signed link) answer. */
export const sendExportFile = (reply: FastifyReply, file: ExportFile) =>
  // RFC 6266: an ASCII fallback plus filename* in UTF-8, so "Łukasz Żółć.pdf" arrives intact.
  reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('content-length', file.bytes.byteLength)
    .header('etag', `"${file.sha256}"`)
    .header('cache-control', 'private, no-cache')
    .send(Buffer.from(file.bytes));

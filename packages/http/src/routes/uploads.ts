import multipart from '@fastify/multipart';
import { ImportErrors, MAX_UPLOAD_BYTES } from '@tailor/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../errors/error-envelope.js';
import { printable, textProblem } from '../validation/hostile-input.js';

export interface Upload {
  bytes: Uint8Array;
  /** As the client named it: shown back to the user, never used to decide the type or a path. */
  fileName: string;
  fields: Record<string, string>;
}

const FORM_LIMITS = {
  fileSize: MAX_UPLOAD_BYTES,
  files: 1,
  fields: 10,
  fieldSize: 1_024,
  parts: 12,
} as const;

/**
 * The most a form within those limits can weigh: the file, the fields, and each part's boundary and headers
 * (a few hundred bytes; 4 KB allowed). A larger declared `Content-Length` is refused before a byte is read.
 */
export const MAX_FORM_BYTES = FORM_LIMITS.fileSize + FORM_LIMITS.parts * (FORM_LIMITS.fieldSize + 4_096);

/**
 * What is still read, unparsed, of a body once its form has been refused, so that a client still sending it
 * can read the answer; past this the connection is closed.
 */
export const DISCARDED_BYTES = 1024 * 1024;

/**
 * Multipart uploads for the routes of one plugin scope: one file of at most 5 MB (MAX_UPLOAD_BYTES) and a few
 * short fields. Beyond a limit the request is answered at once and the rest of the body is not parsed.
 */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { limits: FORM_LIMITS });
}

/**
 * Detaches the multipart parser from a body whose form was refused. The parser would otherwise read every part
 * still coming, limit passed or not, long after the answer had gone out (70,000 one-byte parts: a second of
 * the event loop's time after the 400). What still arrives is discarded unread, up to DISCARDED_BYTES, and
 * then the connection is closed.
 */
function stopReading(request: FastifyRequest): void {
  const raw = request.raw;
  raw.unpipe();
  if (raw.complete) return;
  let left = DISCARDED_BYTES;
  raw.on('data', (chunk: Buffer) => {
    left -= chunk.length;
    if (left < 0) raw.socket.destroy();
  });
  raw.resume();
}

const errorCode = (error: unknown) => (error as { code?: string } | null)?.code;

/** The `file` part and every field, in any order. Raises `IMPORT.FILE_REQUIRED` and `IMPORT.TOO_LARGE`. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw ImportErrors.fileRequired();
  if (Number(request.headers['content-length']) > MAX_FORM_BYTES) {
    stopReading(request);
    throw ImportErrors.tooLarge(MAX_UPLOAD_BYTES);
  }
  const fields: Record<string, string> = {};
  let file: { bytes: Uint8Array; fileName: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file' && !file) file = { bytes, fileName: part.filename || 'upload' };
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (error) {
    stopReading(request);
    if (errorCode(error) === 'FST_REQ_FILE_TOO_LARGE') throw ImportErrors.tooLarge(MAX_UPLOAD_BYTES);
    if (errorCode(error) === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw ImportErrors.fileRequired();
    if (errorCode(error)?.startsWith('FST_')) throw ImportErrors.invalidForm(errorCode(error)!);
    // Everything else raised while reading the parts is the body's fault: the multipart parser's own errors
    // (no boundary in the content type, a body that ends before its closing boundary) carry no code.
    throw ImportErrors.invalidForm('malformed multipart body');
  }
  if (!file || file.bytes.length === 0) throw ImportErrors.fileRequired();
  // Multipart parts bypass the JSON input guard: the same text rule applies to the name and the fields.
  const texts: Array<[string, string]> = [
    ['file.filename', file.fileName],
    ...Object.entries(fields).map(([name, value]): [string, string] => [`fields.${name}`, value]),
  ];
  for (const [path, text] of texts) {
    const problem = textProblem(text);
    if (problem) {
      throw new HttpError(400, 'VALIDATION.FAILED', 'The request is not valid.', {
        issues: [{ path: printable(path), message: problem }],
      });
    }
  }
  return { ...file, fields };
}

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

/**
 * Multipart uploads for the routes of one plugin scope: one file of at most 5 MB (MAX_UPLOAD_BYTES) and a few
 * short fields. Beyond the limit the stream is cut and the request answered 413 without reading the rest.
 */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1_024, parts: 12 },
  });
}

const errorCode = (error: unknown) => (error as { code?: string } | null)?.code;

/** The `file` part and every field, in any order. Raises `IMPORT.FILE_REQUIRED` and `IMPORT.TOO_LARGE`. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw ImportErrors.fileRequired();
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

import { SAMPLE_TYPES } from '@tailor/domain';
import { z } from 'zod';
import { bearer, errors, idParams, multipartUpload, paginated } from '../shared-schemas.js';

const common = { tags: ['samples'], security: bearer };

export const sampleResponse = z
  .object({
    id: z.string(),
    type: z.enum(SAMPLE_TYPES),
    fileName: z.string(),
    format: z.enum(['pdf', 'docx', 'text']),
    byteSize: z.number().int(),
    text: z.string(),
    style: z.object({
      averageSentenceWords: z.number(),
      person: z.enum(['first', 'third', 'implied']),
      tense: z.enum(['past', 'present', 'mixed']),
      bulletForm: z.enum(['verb_first', 'noun_phrase', 'sentence']),
      favouriteVerbs: z.array(z.string()),
    }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'WritingSample' });

export const uploadSampleSchema = {
  operationId: 'uploadSample',
  ...common,
  summary:
    'Upload a writing sample: multipart `file` (PDF, DOCX or text, at most 5 MB) and `type` (resume | coverLetter); replaces the current one of that type',
  consumes: ['multipart/form-data'],
  documented: multipartUpload({ type: z.enum(['resume', 'coverLetter']) }),
  response: { 201: sampleResponse, ...errors(400, 401, 409, 413, 415, 422, 429, 502, 503) },
};

export const listSamplesSchema = {
  operationId: 'listSamples',
  ...common,
  summary: 'Own writing samples (at most one per type)',
  response: { 200: paginated(sampleResponse), ...errors(401) },
};

export const getSampleSchema = {
  operationId: 'getSample',
  ...common,
  summary: 'One writing sample',
  params: idParams,
  response: { 200: sampleResponse, ...errors(401, 404) },
};

export const deleteSampleSchema = {
  operationId: 'deleteSample',
  ...common,
  summary: 'Delete a writing sample and its file',
  params: idParams,
  response: { 204: z.null(), ...errors(401, 404) },
};

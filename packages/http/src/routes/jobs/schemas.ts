import { APPLICATION_STATUSES, JOB_SORT_FIELDS, JOB_STATUSES } from '@tailor/domain';
import { z } from 'zod';
import { bearer, errors, idParams, pagingQuery } from '../shared-schemas.js';
import { cursorParam, jobPaginationSchema, withCursorRules } from './job-cursor.js';

const remote = z.enum(['remote', 'hybrid', 'onsite']);
const employmentType = z.enum(['full_time', 'part_time', 'contract', 'internship', 'temporary']);
const salaryRange = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().max(3).nullable().meta({ description: 'ISO 4217 code' }),
  period: z.enum(['year', 'month', 'week', 'day', 'hour']).nullable(),
});
const timestamp = z.iso.datetime({ offset: true });

// Types only; lengths, counts, URLs and salary order are the job's own rules (JOB.VALIDATION with the field).
export const jobDetailsInput = z.object({
  title: z.string(),
  company: z.string().nullish(),
  location: z.string().nullish(),
  remote: remote.nullish(),
  employmentType: employmentType.nullish(),
  description: z.string().optional(),
  responsibilities: z.array(z.string()).optional(),
  requirements: z.array(z.string()).optional(),
  niceToHave: z.array(z.string()).optional(),
  salaryRange: salaryRange.nullish(),
  url: z.string().nullish(),
  status: z.enum(JOB_STATUSES).optional(),
  followUpAt: timestamp.nullish(),
  validThrough: timestamp.nullish(),
});

export const jobResponse = z
  .object({
    id: z.string(),
    title: z.string(),
    company: z.string().nullable(),
    location: z.string().nullable(),
    remote: remote.nullable(),
    employmentType: employmentType.nullable(),
    description: z.string(),
    responsibilities: z.array(z.string()),
    requirements: z.array(z.string()),
    niceToHave: z.array(z.string()),
    salaryRange: salaryRange.nullable(),
    url: z.string().nullable(),
    source: z.enum(['user_created', 'parsed', 'imported', 'catalog']),
    status: z.enum(JOB_STATUSES),
    applicationStatus: z.enum(APPLICATION_STATUSES),
    followUpAt: z.string().nullable(),
    validThrough: z.string().nullable().meta({ description: 'Application deadline, where known' }),
    keywords: z.object({ required: z.array(z.string()), preferred: z.array(z.string()) }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Job' });

export const timelineEntryResponse = z
  .object({
    id: z.string(),
    jobId: z.string(),
    kind: z.enum(['status_change', 'note', 'document_sent']),
    at: z.string(),
    fromStatus: z.enum(APPLICATION_STATUSES).nullable(),
    toStatus: z.enum(APPLICATION_STATUSES).nullable(),
    note: z.string().nullable(),
    document: z
      .object({ documentId: z.string(), version: z.number().int(), exportSha256: z.string().nullable() })
      .nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'TimelineEntry' });

const parsedJobResponse = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  remote: remote.nullable(),
  employmentType: employmentType.nullable(),
  salaryRange: salaryRange.nullable(),
  description: z.string(),
  responsibilities: z.array(z.string()),
  requirements: z.array(z.string()),
  niceToHave: z.array(z.string()),
  sections: z.array(
    z.object({ heading: z.string().nullable(), kind: z.string(), items: z.array(z.string()) }),
  ),
  keywords: z.object({ required: z.array(z.string()), preferred: z.array(z.string()) }),
  datePosted: z.string().nullable().meta({ description: 'As the page markup states it' }),
  validThrough: z.string().nullable().meta({ description: 'As the page markup states it' }),
  source: z.object({
    kind: z.enum(['text', 'html', 'url']),
    url: z.string().nullable(),
    finalUrl: z.string().nullable(),
    contentType: z.string().nullable(),
    reader: z.enum(['json-ld', 'greenhouse', 'lever', 'ashby', 'page-text', 'text']),
  }),
});

const jobSourceResponse = z
  .object({
    jobId: z.string(),
    kind: z.enum(['text', 'html', 'url']),
    url: z.string().nullable(),
    finalUrl: z.string().nullable(),
    contentType: z.string().nullable(),
    reader: z.enum(['json-ld', 'greenhouse', 'lever', 'ashby', 'page-text', 'text']),
    content: z.string(),
    capturedAt: z.string(),
  })
  .meta({ id: 'JobSource' });

const sortParam = z
  .string()
  .regex(
    new RegExp(`^(${JOB_SORT_FIELDS.join('|')}):(asc|desc)$`, 'u'),
    `field:direction with field one of ${JOB_SORT_FIELDS.join(', ')}`,
  )
  .default('createdAt:desc');

export const searchQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(JOB_STATUSES).optional(),
  company: z.string().max(200).optional(),
  remote: remote.optional(),
  ...pagingQuery,
  sort: sortParam,
  cursor: cursorParam,
});

const jobList = z.object({ data: z.array(jobResponse), pagination: jobPaginationSchema });

const tags = ['jobs'];
const common = { tags, security: bearer };
const rawText = z.string().min(1).max(200_000);

const pageUrl = z.string().min(1).max(2_048);
// A pasted page and the URL it was copied from (kept on the job, never fetched).
const pastedPage = z.object({ html: z.string().min(1).max(2_000_000), url: pageUrl.nullish() }).strict();
// A page the server fetches (see the fetch rules in the README).
const fetchedPage = z.object({ url: pageUrl }).strict();

export const createJobSchema = {
  operationId: 'createJob',
  ...common,
  summary:
    'Save a job: structured fields, or exactly one of `{rawText}`, `{html, url?}` (a pasted page), `{url}` (fetched) to read and save',
  body: z.union([z.object({ rawText }).strict(), pastedPage, fetchedPage, jobDetailsInput]),
  response: { 201: jobResponse, ...errors(400, 401, 422, 502, 503, 504) },
};

export const jobSourceSchema = {
  operationId: 'getJobSource',
  ...common,
  summary: 'The frozen snapshot of what a parsed or imported job was read from',
  params: idParams,
  response: { 200: jobSourceResponse, ...errors(401, 404) },
};

export const parseJobSchema = {
  operationId: 'parseJob',
  ...common,
  summary:
    'Read exactly one of `{text}`, `{html, url?}` (a pasted page), `{url}` (fetched) into a structured job (nothing is saved)',
  body: z.union([z.object({ text: rawText }).strict(), pastedPage, fetchedPage]),
  response: { 200: parsedJobResponse, ...errors(400, 401, 422, 502, 503, 504) },
};

export const templateSchema = {
  operationId: 'getJobTemplate',
  ...common,
  summary: 'An empty job with every field, for clients',
  response: { 200: jobDetailsInput.required(), ...errors(401) },
};

export const listJobsSchema = {
  operationId: 'listJobs',
  ...common,
  summary: 'Own jobs: full-text `q`, filters, paging and sorting',
  querystring: withCursorRules(
    searchQuery.extend({
      applicationStatus: z.enum(APPLICATION_STATUSES).optional(),
      followUpBefore: z.union([timestamp, z.iso.date()]).optional(),
    }),
  ),
  response: { 200: jobList, ...errors(400, 401) },
};

export const getJobSchema = {
  operationId: 'getJob',
  ...common,
  summary: 'Read a job',
  params: idParams,
  response: { 200: jobResponse, ...errors(401, 404) },
};

export const replaceJobSchema = {
  operationId: 'replaceJob',
  ...common,
  summary: 'Replace a job’s details',
  params: idParams,
  body: jobDetailsInput,
  response: { 200: jobResponse, ...errors(400, 401, 404) },
};

export const patchJobSchema = {
  operationId: 'updateJob',
  ...common,
  summary: 'Change some of a job’s details',
  params: idParams,
  body: jobDetailsInput.partial(),
  response: { 200: jobResponse, ...errors(400, 401, 404) },
};

export const deleteJobSchema = {
  operationId: 'deleteJob',
  ...common,
  summary: 'Delete a job and its timeline',
  params: idParams,
  response: { 204: z.null(), ...errors(401, 404) },
};

export const analyzeJobSchema = {
  operationId: 'analyzeJob',
  ...common,
  summary: 'Extract and store the job’s keywords',
  params: idParams,
  response: { 200: jobResponse, ...errors(401, 404) },
};

export const changeStatusSchema = {
  operationId: 'changeApplicationStatus',
  ...common,
  summary: 'Move the application (saved → applied → interviewing → offer → accepted, or rejected/withdrawn)',
  params: idParams,
  body: z.object({
    applicationStatus: z.enum(APPLICATION_STATUSES),
    note: z.string().optional(),
    at: timestamp.optional().meta({ description: 'When it happened (default: now)' }),
    documentIds: z.array(z.string().min(1).max(64)).max(10).optional().meta({
      description: 'With "applied": the documents sent (recorded with their version and export sha256)',
    }),
  }),
  response: { 200: jobResponse, ...errors(400, 401, 404, 422) },
};

export const timelineSchema = {
  operationId: 'getJobTimeline',
  ...common,
  summary: 'Status changes, notes and documents sent, oldest first',
  params: idParams,
  response: { 200: z.array(timelineEntryResponse), ...errors(401, 404) },
};

export const addNoteSchema = {
  operationId: 'addJobNote',
  ...common,
  summary: 'Add a note to the timeline',
  params: idParams,
  body: z.object({ text: z.string() }),
  response: { 201: timelineEntryResponse, ...errors(400, 401, 404) },
};

export const statsSchema = {
  operationId: 'getJobStats',
  ...common,
  summary: 'Counts per application status and conversion between stages',
  response: {
    200: z.object({
      total: z.number().int(),
      byStatus: z.record(z.enum(APPLICATION_STATUSES), z.number().int()),
      conversion: z.array(
        z.object({
          from: z.enum(APPLICATION_STATUSES),
          to: z.enum(APPLICATION_STATUSES),
          reached: z.number().int(),
          converted: z.number().int(),
          rate: z.number().nullable(),
        }),
      ),
    }),
    ...errors(401),
  },
};

export const catalogSchema = {
  operationId: 'listCatalog',
  ...common,
  summary: 'The shared catalog of postings',
  querystring: withCursorRules(searchQuery),
  response: { 200: jobList, ...errors(400, 401) },
};

export const saveCatalogSchema = {
  operationId: 'saveCatalogJob',
  ...common,
  summary: 'Copy a catalog posting into your jobs',
  params: idParams,
  response: { 201: jobResponse, ...errors(401, 404) },
};

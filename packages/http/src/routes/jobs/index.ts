import type { JobView } from '@tailor/application';
import { keywordsOf, toSourceView } from '@tailor/application';
import type { JobSortField, SortDirection, TimelineEntry } from '@tailor/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { jobPagination } from './job-cursor.js';
import {
  addNoteSchema,
  analyzeJobSchema,
  catalogSchema,
  changeStatusSchema,
  createJobSchema,
  deleteJobSchema,
  getJobSchema,
  jobSourceSchema,
  listJobsSchema,
  parseJobSchema,
  patchJobSchema,
  replaceJobSchema,
  saveCatalogSchema,
  statsSchema,
  templateSchema,
  timelineSchema,
} from './schemas.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toJobResponse = (job: JobView) => ({
  ...job,
  followUpAt: iso(job.followUpAt),
  validThrough: iso(job.validThrough),
  createdAt: job.createdAt.toISOString(),
  updatedAt: job.updatedAt.toISOString(),
});

export const toTimelineResponse = (entry: TimelineEntry) => ({
  ...entry,
  at: entry.at.toISOString(),
  createdAt: entry.createdAt.toISOString(),
});

const asDate = <T extends string | null | undefined>(value: T) =>
  (value === undefined ? undefined : value === null ? null : new Date(value)) as T extends string ? Date : T;

const sortOf = (sort: string) => {
  const [field, direction] = sort.split(':') as [JobSortField, SortDirection];
  return { field, direction };
};

export const jobRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['jobs'] }> = async (app, { useCases }) => {
  app.post('/', { schema: createJobSchema }, async (request, reply) => {
    const userId = caller(request).userId;
    const body = request.body;
    const job =
      'rawText' in body
        ? await useCases.createJob.execute({ userId, rawText: body.rawText })
        : 'html' in body
          ? await useCases.createJob.execute({ userId, posting: { html: body.html, url: body.url ?? null } })
          : 'title' in body
            ? await useCases.createJob.execute({
                userId,
                details: {
                  ...body,
                  followUpAt: asDate(body.followUpAt),
                  validThrough: asDate(body.validThrough),
                },
              })
            : await useCases.createJob.execute({ userId, posting: { url: body.url } });
    return reply.status(201).send(toJobResponse(job));
  });

  app.post('/parse', { schema: parseJobSchema }, async (request) => {
    const body = request.body;
    const { posting: parsed, source } = await useCases.readJobPosting.execute(
      'text' in body
        ? { text: body.text }
        : 'html' in body
          ? { html: body.html, url: body.url ?? null }
          : { url: body.url },
      caller(request).userId,
    );
    const keywords = keywordsOf(
      { ...parsed, title: parsed.title ?? '', validThrough: null },
      parsed.sections,
    );
    const { content: _content, ...sourceSummary } = source;
    return {
      ...parsed,
      datePosted: parsed.datePosted ?? null,
      validThrough: parsed.validThrough ?? null,
      source: sourceSummary,
      responsibilities: [...parsed.responsibilities],
      requirements: [...parsed.requirements],
      niceToHave: [...parsed.niceToHave],
      sections: parsed.sections.map((s) => ({ ...s, items: [...s.items] })),
      keywords,
    };
  });

  app.get('/template', { schema: templateSchema }, async () => ({
    title: '',
    company: null,
    location: null,
    remote: null,
    employmentType: null,
    description: '',
    responsibilities: [],
    requirements: [],
    niceToHave: [],
    salaryRange: null,
    url: null,
    status: 'active' as const,
    followUpAt: null,
    validThrough: null,
  }));

  app.get('/stats', { schema: statsSchema }, async (request) =>
    useCases.getJobStats.execute({ userId: caller(request).userId }),
  );

  app.get('/catalog', { schema: catalogSchema }, async (request) => {
    const { page, size, sort, cursor, ...filters } = request.query;
    const result = await useCases.listCatalog.execute({
      search: { ...filters, page, size, sort: sortOf(sort), ...(cursor ? { after: cursor.after } : {}) },
    });
    return { data: result.items.map(toJobResponse), pagination: jobPagination(page, size, sort, result) };
  });

  app.post('/catalog/:id/save', { schema: saveCatalogSchema }, async (request, reply) => {
    const job = await useCases.saveCatalogJob.execute({
      userId: caller(request).userId,
      catalogId: request.params.id,
    });
    return reply.status(201).send(toJobResponse(job));
  });

  app.get('/', { schema: listJobsSchema }, async (request) => {
    const { page, size, sort, cursor, followUpBefore, ...filters } = request.query;
    const result = await useCases.listJobs.execute({
      userId: caller(request).userId,
      search: {
        ...filters,
        page,
        size,
        sort: sortOf(sort),
        ...(followUpBefore ? { followUpBefore: new Date(followUpBefore) } : {}),
        ...(cursor ? { after: cursor.after } : {}),
      },
    });
    return { data: result.items.map(toJobResponse), pagination: jobPagination(page, size, sort, result) };
  });

  app.get('/:id', { schema: getJobSchema }, async (request) =>
    toJobResponse(
      await useCases.getJob.execute({ userId: caller(request).userId, jobId: request.params.id }),
    ),
  );

  app.put('/:id', { schema: replaceJobSchema }, async (request) => {
    const details = {
      ...request.body,
      followUpAt: asDate(request.body.followUpAt),
      validThrough: asDate(request.body.validThrough),
    };
    const job = await useCases.updateJob.execute({
      userId: caller(request).userId,
      jobId: request.params.id,
      details,
      partial: false,
    });
    return toJobResponse(job);
  });

  app.patch('/:id', { schema: patchJobSchema }, async (request) => {
    const { followUpAt, validThrough, ...rest } = request.body;
    const details = {
      ...rest,
      ...(followUpAt !== undefined ? { followUpAt: asDate(followUpAt) } : {}),
      ...(validThrough !== undefined ? { validThrough: asDate(validThrough) } : {}),
    };
    const job = await useCases.updateJob.execute({
      userId: caller(request).userId,
      jobId: request.params.id,
      details: details as typeof details & { title: string },
      partial: true,
    });
    return toJobResponse(job);
  });

  app.delete('/:id', { schema: deleteJobSchema }, async (request, reply) => {
    await useCases.deleteJob.execute({ userId: caller(request).userId, jobId: request.params.id });
    return reply.status(204).send(null);
  });

  app.post('/:id/analyze', { schema: analyzeJobSchema }, async (request) =>
    toJobResponse(
      await useCases.analyzeJob.execute({ userId: caller(request).userId, jobId: request.params.id }),
    ),
  );

  app.put('/:id/status', { schema: changeStatusSchema }, async (request) => {
    const { applicationStatus, note, at, documentIds } = request.body;
    const job = await useCases.changeApplicationStatus.execute({
      userId: caller(request).userId,
      jobId: request.params.id,
      applicationStatus,
      note: note ?? null,
      ...(at ? { at: new Date(at) } : {}),
      ...(documentIds ? { documentIds } : {}),
    });
    return toJobResponse(job);
  });

  app.get('/:id/source', { schema: jobSourceSchema }, async (request) =>
    toSourceView(
      await useCases.getJobSource.execute({ userId: caller(request).userId, jobId: request.params.id }),
    ),
  );

  app.get('/:id/timeline', { schema: timelineSchema }, async (request) =>
    (await useCases.getJobTimeline.execute({ userId: caller(request).userId, jobId: request.params.id })).map(
      toTimelineResponse,
    ),
  );

  app.post('/:id/notes', { schema: addNoteSchema }, async (request, reply) => {
    const entry = await useCases.addJobNote.execute({
      userId: caller(request).userId,
      jobId: request.params.id,
      text: request.body.text,
    });
    return reply.status(201).send(toTimelineResponse(entry));
  });
};

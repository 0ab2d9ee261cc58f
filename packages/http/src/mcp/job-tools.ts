import { APPLICATION_STATUSES, JOB_STATUSES } from '@tailor/domain';
import { z } from 'zod';
import { HttpError } from '../errors/error-envelope.js';
import { toJobResponse, toTimelineResponse } from '../routes/jobs/index.js';
import { plainJson } from '../routes/plain-json.js';
import { pagination } from '../routes/shared-schemas.js';
import type { ToolRegistrar } from './tool-registrar.js';

// Ids are free strings here: a malformed one simply finds nothing ("not found"), like another user's id.
const id = (what: string) => z.string().min(1).max(64).describe(what);

const saveJobInput = z.object({
  text: z.string().min(1).max(200_000).optional().describe('The posting as plain text'),
  html: z
    .string()
    .min(1)
    .max(2_000_000)
    .optional()
    .describe('The posting page as HTML, pasted by the user (structured data on the page is read first)'),
  url: z
    .string()
    .min(1)
    .max(2_048)
    .optional()
    .describe(
      'Alone: the posting page, fetched by the server (public addresses only). With `html`: where the page came from (not fetched)',
    ),
});

const onlyOneSource = (input: z.infer<typeof saveJobInput>) => {
  const given = [input.text, input.html].filter((value) => value !== undefined).length;
  if (given === 1 && !(input.text !== undefined && input.url !== undefined)) return;
  if (given === 0 && input.url !== undefined) return;
  throw new HttpError(
    400,
    'VALIDATION.FAILED',
    'Send exactly one of `text`, `html` (with an optional `url`), or `url`.',
    {
      issues: [{ path: 'text', message: 'exactly one of text, html (+ url), url' }],
    },
  );
};

/** Profile, jobs and the tracker: each tool is one HTTP route's use case, for the caller only. */
export function registerJobTools({ tool, useCases }: ToolRegistrar): void {
  tool(
    'get_profile',
    {
      title: 'Get career profile',
      description:
        "The user's career profile (the master record every tailored document is built from): contact details, experience with bullets, education, projects, skills, languages. Without `profileId` the default profile.",
      inputSchema: { profileId: id('A profile id; omit for the default profile').optional() },
      annotations: { readOnlyHint: true },
    },
    async ({ profileId }, userId) =>
      plainJson(
        profileId
          ? await useCases.profiles.getProfile.execute({ userId, profileId })
          : await useCases.profiles.getDefaultProfile.execute({ userId }),
      ),
  );

  tool(
    'list_jobs',
    {
      title: 'List saved jobs',
      description:
        "The user's saved jobs, newest first, with paging. `query` searches title, company and description; `applicationStatus` filters by tracker stage; `status` by the posting's own state.",
      inputSchema: {
        query: z
          .string()
          .max(200)
          .optional()
          .describe('Full-text search over title, company and description'),
        applicationStatus: z.enum(APPLICATION_STATUSES).optional().describe('Tracker stage'),
        status: z.enum(JOB_STATUSES).optional().describe('Posting state'),
        page: z.number().int().min(1).max(10_000).default(1),
        size: z.number().int().min(1).max(100).default(20),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ query, applicationStatus, status, page, size }, userId) => {
      const result = await useCases.jobs.listJobs.execute({
        userId,
        search: {
          ...(query ? { q: query } : {}),
          ...(applicationStatus ? { applicationStatus } : {}),
          ...(status ? { status } : {}),
          page,
          size,
          sort: { field: 'createdAt', direction: 'desc' },
        },
      });
      return { data: result.items.map(toJobResponse), pagination: pagination(page, size, result.total) };
    },
  );

  tool(
    'save_job',
    {
      title: 'Save a job posting',
      description:
        'Reads a job posting and saves it to the user\'s jobs (tracker stage "saved"), with its keywords extracted. Send exactly one of: `text` (the posting as text), `html` (a pasted page, optionally with the `url` it came from), or `url` alone (the server fetches the page). Returns the saved job.',
      inputSchema: saveJobInput.shape,
    },
    async (input, userId) => {
      onlyOneSource(input);
      const job =
        input.text !== undefined
          ? await useCases.jobs.createJob.execute({ userId, rawText: input.text })
          : input.html !== undefined
            ? await useCases.jobs.createJob.execute({
                userId,
                posting: { html: input.html, url: input.url ?? null },
              })
            : await useCases.jobs.createJob.execute({ userId, posting: { url: input.url as string } });
      return toJobResponse(job);
    },
  );

  tool(
    'match_job',
    {
      title: 'Match profile against job',
      description:
        "ATS keyword match of a profile against one of the user's jobs: score 0-100, the required and preferred keywords matched (with the profile evidence for each) and missing, and suggestions. Deterministic; changes nothing.",
      inputSchema: {
        jobId: id('The job'),
        profileId: id('A profile id; omit for the default profile').optional(),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ jobId, profileId }, userId) => {
      const { report, ...ids } = await useCases.jobs.getJobMatch.execute({ userId, jobId, profileId });
      return plainJson({ ...ids, ...report });
    },
  );

  tool(
    'update_application',
    {
      title: 'Update application tracker',
      description:
        'Moves a job along the application tracker (saved → applied → interviewing → offer → accepted, or rejected / withdrawn) and/or adds a note to its timeline. With `applicationStatus: "applied"`, `documentIds` records which documents were sent (each with its version and latest export). An impossible move is refused with JOB.INVALID_TRANSITION. Returns the job and its timeline.',
      inputSchema: {
        jobId: id('The job'),
        applicationStatus: z.enum(APPLICATION_STATUSES).optional().describe('The new tracker stage'),
        note: z.string().min(1).max(5_000).optional().describe('A note for the timeline'),
        documentIds: z.array(id('A document')).max(10).optional().describe('Documents sent with this move'),
      },
    },
    async ({ jobId, applicationStatus, note, documentIds }, userId) => {
      if (applicationStatus) {
        await useCases.jobs.changeApplicationStatus.execute({
          userId,
          jobId,
          applicationStatus,
          note: note ?? null,
          ...(documentIds ? { documentIds } : {}),
        });
      } else if (note !== undefined && !documentIds) {
        await useCases.jobs.addJobNote.execute({ userId, jobId, text: note });
      } else {
        throw new HttpError(
          400,
          'VALIDATION.FAILED',
          'Send `applicationStatus` (documents are recorded with a move), or a `note` alone.',
          {
            issues: [
              { path: 'applicationStatus', message: 'is required with documentIds or without a note' },
            ],
          },
        );
      }
      const [job, timeline] = await Promise.all([
        useCases.jobs.getJob.execute({ userId, jobId }),
        useCases.jobs.getJobTimeline.execute({ userId, jobId }),
      ]);
      return { job: toJobResponse(job), timeline: timeline.map(toTimelineResponse) };
    },
  );
}

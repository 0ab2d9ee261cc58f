import { randomUUID } from 'node:crypto';
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError, type ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import { toErrorResponse } from '../errors/to-error-response.js';
import { toJobResponse } from '../routes/jobs/index.js';
import { plainJson } from '../routes/plain-json.js';
import type { TailorMcpContext } from './tool-registrar.js';

/** MCP's "resource not found" (the specification's own code, which the SDK has no constant for). */
const RESOURCE_NOT_FOUND = -32002;
const JOBS_LISTED = 100;

const json = (uri: URL, value: unknown): ReadResourceResult => ({
  contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(value) }],
});

/** A failed read as a protocol error carrying the API's envelope: "not found" for another user's job. */
function resourceError(error: unknown, context: TailorMcpContext, uri: URL): McpError {
  const reference = randomUUID();
  const { status, body } = toErrorResponse(error, reference);
  if (status >= 500) context.log.error({ err: error, resource: uri.href, reference }, 'mcp resource failed');
  const code =
    status === 404 ? RESOURCE_NOT_FOUND : status >= 500 ? ErrorCode.InternalError : ErrorCode.InvalidRequest;
  return new McpError(code, `${body.error.code}: ${body.error.message}`, { ...body, status });
}

/** The profile and each job as readable resources, for clients that attach context instead of calling tools. */
export function registerResources(server: McpServer, context: TailorMcpContext): void {
  const { useCases } = context;
  const read = (uri: URL, load: (userId: string) => Promise<unknown>) =>
    context
      .userId()
      .then(load)
      .then(
        (value) => json(uri, value),
        (error: unknown) => {
          throw resourceError(error, context, uri);
        },
      );

  server.registerResource(
    'profile',
    'tailor://profile',
    {
      title: 'Career profile',
      description: "The user's default career profile (JSON)",
      mimeType: 'application/json',
    },
    (uri) =>
      read(uri, async (userId) => plainJson(await useCases.profiles.getDefaultProfile.execute({ userId }))),
  );

  server.registerResource(
    'job',
    new ResourceTemplate('tailor://jobs/{jobId}', {
      // The newest saved jobs; list_jobs searches and pages through all of them.
      list: async () => {
        const listing = new URL('tailor://jobs');
        try {
          const { items } = await useCases.jobs.listJobs.execute({
            userId: await context.userId(),
            search: { page: 1, size: JOBS_LISTED, sort: { field: 'createdAt', direction: 'desc' } },
          });
          return {
            resources: items.map((job) => ({
              uri: `tailor://jobs/${job.id}`,
              name: [job.title, job.company].filter(Boolean).join(' — '),
              mimeType: 'application/json',
            })),
          };
        } catch (error) {
          throw resourceError(error, context, listing);
        }
      },
    }),
    {
      title: 'Saved job',
      description: "One of the user's saved jobs with its keywords and tracker stage (JSON)",
      mimeType: 'application/json',
    },
    (uri, { jobId }) =>
      read(uri, async (userId) =>
        toJobResponse(await useCases.jobs.getJob.execute({ userId, jobId: String(jobId) })),
      ),
  );
}

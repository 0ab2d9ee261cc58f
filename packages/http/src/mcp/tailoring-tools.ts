import { GENERATION_TYPES } from '@tailor/domain';
import { z } from 'zod';
import { exportFormat, pageSize } from '../routes/documents/schemas.js';
import { toGenerationResponse } from '../routes/generations/index.js';
import { generationOptions } from '../routes/generations/schemas.js';
import { plainJson } from '../routes/plain-json.js';
import type { ToolRegistrar } from './tool-registrar.js';

const id = (what: string) => z.string().min(1).max(64).describe(what);

/** Generations and exports: the same use cases (and per-user limits) as POST /generations and /export. */
export function registerTailoringTools({ tool, useCases, links, publicOrigin, now }: ToolRegistrar): void {
  tool(
    'tailor_document',
    {
      title: 'Tailor a resume or cover letter',
      description:
        'Starts writing a resume or cover letter tailored to one of the user\'s jobs from their profile, in the background, and returns the generation (status "queued") at once. Poll get_generation with its id until the status is succeeded, failed or cancelled. Counts against the user\'s hourly and monthly generation limits like every start: beyond them the error is GENERATION.RATE_LIMITED or GENERATION.QUOTA_EXCEEDED with `details.retryAfterSeconds`. Facts are never invented: a truthfulness gate removes any claim the profile does not support.',
      inputSchema: {
        jobId: id('The job to tailor for'),
        type: z.enum(GENERATION_TYPES).describe('resume or coverLetter'),
        profileId: id('A profile id; omit for the default profile').optional(),
        templateId: z.string().max(100).optional().describe('A document template; omit for the default'),
        options: generationOptions.optional(),
      },
    },
    async (input, userId) => {
      const { generation } = await useCases.generations.submitGeneration.execute({ userId, ...input });
      return toGenerationResponse(generation);
    },
  );

  tool(
    'get_generation',
    {
      title: 'Get generation status and result',
      description:
        "A generation's status (queued, running, succeeded, failed, cancelled), stage and progress 0-100. Once succeeded, `result` holds the document id, the tailored text as Markdown, the ATS match before and after, and the truthfulness report (every claim with the profile items that support it). A failed one carries its error.",
      inputSchema: { generationId: id('The generation (from tailor_document)') },
      annotations: { readOnlyHint: true },
    },
    async ({ generationId }, userId) => {
      const generation = await useCases.generations.getGeneration.execute({ userId, generationId });
      if (generation.status !== 'succeeded') return { ...toGenerationResponse(generation), result: null };
      const result = await useCases.generations.getGenerationResult.execute({ userId, generationId });
      return {
        ...toGenerationResponse(generation),
        result: plainJson({
          documentId: result.documentId,
          markdown: result.markdown,
          match: {
            score: result.match.score,
            required: result.match.required,
            preferred: result.match.preferred,
          },
          baselineScore: result.baselineMatch.score,
          truthfulness: result.truthfulness,
        }),
      };
    },
  );

  tool(
    'export_document',
    {
      title: 'Export a document to a file',
      description:
        "Renders the current version of a document (a generation's `result.documentId`) as pdf, docx, txt, md or json, stores the file with its sha256, and returns a download link that works without any other credential for 10 minutes (`expiresAt`). Give the link to the user; export again for a fresh one.",
      inputSchema: {
        documentId: id('The document'),
        format: exportFormat,
        templateId: z.string().max(100).optional().describe('A document template; omit for the default'),
        pageSize: pageSize.optional(),
      },
    },
    async (input, userId) => {
      const exported = await useCases.generations.exportDocument.execute({ userId, ...input });
      const link = links.sign({ userId, documentId: exported.documentId, exportId: exported.id }, now());
      return {
        ...plainJson(exported),
        downloadUrl: `${publicOrigin ?? ''}${link.path}`,
        expiresAt: link.expiresAt.toISOString(),
      };
    },
  );
}

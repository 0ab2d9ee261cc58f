import {
  GENERATION_LIMITS,
  GENERATION_SECTIONS,
  GENERATION_STAGES,
  GENERATION_STATUSES,
  GENERATION_TONES,
  GENERATION_TYPES,
} from '@tailor/domain';
import { z } from 'zod';
import {
  claimSummarySchema,
  gateReportSchema,
  scoredMatchSchema,
  truthfulnessSchema,
} from '../tailoring/schemas.js';
import {
  bearer,
  errors,
  eventStreamResponse,
  idParams,
  paginated,
  pagingQuery,
  STREAM_REVOKED,
} from '../shared-schemas.js';

export const generationOptions = z.object({
  tone: z.enum(GENERATION_TONES).optional(),
  maxPages: z.number().int().optional(),
  sections: z.array(z.enum(GENERATION_SECTIONS)).optional(),
  instructions: z
    .string()
    .nullish()
    .meta({ description: 'Free text: steers emphasis and tone, never the truthfulness gate' }),
});

export const generationResponse = z
  .object({
    id: z.string(),
    type: z.enum(GENERATION_TYPES),
    jobId: z.string(),
    profileId: z.string(),
    templateId: z.string().nullable(),
    status: z.enum(GENERATION_STATUSES),
    stage: z.enum(GENERATION_STAGES).nullable(),
    progress: z.number().int().min(0).max(100),
    error: z
      .object({
        code: z.string(),
        message: z.string(),
        details: z.record(z.string(), z.unknown()).optional(),
      })
      .nullable(),
    parentId: z.string().nullable(),
    documentId: z.string().nullable(),
    usage: z
      .object({
        provider: z.string(),
        model: z.string(),
        inputTokens: z.number().int(),
        outputTokens: z.number().int(),
        costUsd: z.number().nullable(),
        // Declared: the compiled serializer refuses a nullable object with undeclared properties (a 500).
        calls: z.number().int().meta({ description: 'Model calls made (retries included)' }),
      })
      .nullable(),
    options: z.object({
      tone: z.enum(GENERATION_TONES),
      maxPages: z.number().int(),
      sections: z.array(z.enum(GENERATION_SECTIONS)),
      instructions: z.string().nullable(),
    }),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Generation' });

const loose = z.record(z.string(), z.unknown());
const tags = ['generations'];
const common = { tags, security: bearer };

export const startGenerationSchema = {
  operationId: 'startGeneration',
  ...common,
  summary: 'Start tailoring a resume or cover letter for a job (202; send Idempotency-Key to retry safely)',
  headers: z.object({
    'idempotency-key': z.string().min(1).max(GENERATION_LIMITS.idempotencyKey).optional(),
  }),
  body: z.object({
    type: z.enum(GENERATION_TYPES),
    jobId: z.string().min(1),
    profileId: z.string().min(1).optional(),
    templateId: z.string().max(GENERATION_LIMITS.templateId).nullish(),
    options: generationOptions.optional(),
  }),
  response: { 202: generationResponse, ...errors(400, 401, 404, 422, 429) },
};

export const listGenerationsSchema = {
  operationId: 'listGenerations',
  ...common,
  summary: 'Own generations',
  querystring: z.object({
    jobId: z.string().optional(),
    type: z.enum(GENERATION_TYPES).optional(),
    status: z.enum(GENERATION_STATUSES).optional(),
    ...pagingQuery,
    sort: z.enum(['createdAt:asc', 'createdAt:desc']).default('createdAt:desc'),
  }),
  response: { 200: paginated(generationResponse), ...errors(400, 401) },
};

export const getGenerationSchema = {
  operationId: 'getGeneration',
  ...common,
  summary: 'Status and progress',
  params: idParams,
  response: { 200: generationResponse, ...errors(401, 404) },
};

export const eventsSchema = {
  operationId: 'streamGenerationEvents',
  ...common,
  summary: 'text/event-stream of stage and progress changes until the generation ends',
  params: idParams,
  response: {
    200: eventStreamResponse({
      progress: 'a `Generation`, at each change of status, stage or progress',
      end: 'the final `Generation` (succeeded, failed or cancelled); the stream then closes',
      revoked: STREAM_REVOKED,
    }),
    // 429: the caller already holds the most event streams one user may have open.
    ...errors(401, 404, 429),
  },
};

const structuredContent = z.record(z.string(), z.unknown()).meta({
  description:
    'Structured content: `{type: "resume", contact, resume}` or `{type: "coverLetter", contact, letter}`',
});

const generationResult = z
  .object({
    generationId: z.string(),
    documentId: z.string().nullable(),
    content: structuredContent,
    text: z.string(),
    markdown: z.string(),
    match: scoredMatchSchema,
    baselineMatch: scoredMatchSchema.meta({
      description: "The profile's own score against the job, before tailoring",
    }),
    truthfulness: truthfulnessSchema,
    gate: gateReportSchema,
  })
  .meta({ id: 'GenerationResult' });

const keywordCount = z.object({ matched: z.number().int(), total: z.number().int() });

const generationAnalytics = z
  .object({
    generationId: z.string(),
    match: scoredMatchSchema,
    baselineMatch: scoredMatchSchema,
    quality: z.object({
      lines: z.number().int(),
      words: z.number().int(),
      quantifiedShare: z.number(),
      averageLineWords: z.number(),
      requiredKeywords: keywordCount,
      preferredKeywords: keywordCount,
      scoreDelta: z.number(),
      claims: claimSummarySchema,
      gate: z.object({ attempts: z.number().int(), removed: z.number().int(), removedShare: z.number() }),
      feedback: z.object({ count: z.number().int(), averageRating: z.number().nullable() }),
    }),
  })
  .meta({ id: 'GenerationAnalytics' });

const generationValidation = z
  .object({
    generationId: z.string(),
    documentId: z.string().nullable(),
    version: z.number().int().nullable(),
    match: scoredMatchSchema,
    truthfulness: truthfulnessSchema,
  })
  .meta({ id: 'GenerationValidation' });

const usageTotals = {
  calls: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number(),
};

const usage = z
  .object({
    month: z.string().meta({ description: 'YYYY-MM (UTC)' }),
    generations: z.object({
      total: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
      byType: z.record(z.string(), z.number().int()),
    }),
    models: z.array(z.object({ provider: z.string(), model: z.string(), ...usageTotals })),
    totals: z.object(usageTotals),
    limits: z.object({
      generationsPerHour: z.number().int(),
      generationsPerMonth: z.number().int(),
      remainingThisHour: z.number().int(),
      remainingThisMonth: z.number().int(),
      resetsAt: z.string().meta({ description: 'When the monthly quota starts again (ISO-8601)' }),
    }),
  })
  .meta({ id: 'Usage' });

export const resultSchema = {
  operationId: 'getGenerationResult',
  ...common,
  summary:
    'The result: structured content, text, Markdown, match and truthfulness reports (409 until finished)',
  params: idParams,
  response: { 200: generationResult, ...errors(401, 404, 409) },
};

export const regenerateSchema = {
  operationId: 'regenerateGeneration',
  ...common,
  summary: 'A new generation from this one, with new instructions or options',
  params: idParams,
  body: z.object({ instructions: z.string().nullish(), options: generationOptions.optional() }),
  response: { 202: generationResponse, ...errors(400, 401, 404, 422, 429) },
};

export const cancelSchema = {
  operationId: 'cancelGeneration',
  ...common,
  summary: 'Cancel',
  params: idParams,
  response: { 200: generationResponse, ...errors(401, 404, 409) },
};
export const deleteGenerationSchema = {
  operationId: 'deleteGeneration',
  ...common,
  summary: 'Delete',
  params: idParams,
  response: { 204: z.null(), ...errors(401, 404) },
};

export const feedbackSchema = {
  operationId: 'addGenerationFeedback',
  ...common,
  summary: 'Rate the result',
  params: idParams,
  body: z.object({ rating: z.number().int().min(1).max(5), comment: z.string().nullish() }),
  response: { 201: loose, ...errors(400, 401, 404) },
};

export const analyticsSchema = {
  operationId: 'getGenerationAnalytics',
  ...common,
  summary: 'Match report and quality metrics of the result',
  params: idParams,
  response: { 200: generationAnalytics, ...errors(401, 404, 409) },
};
export const validateSchema = {
  operationId: 'validateGeneration',
  ...common,
  summary: 'Re-run the match and truthfulness checks on the current document',
  params: idParams,
  response: { 200: generationValidation, ...errors(401, 404, 409) },
};

export const templatesSchema = {
  operationId: 'listTemplates',
  ...common,
  summary: 'Document templates',
  response: {
    200: z.array(
      z.object({ id: z.string(), name: z.string(), description: z.string(), formats: z.array(z.string()) }),
    ),
    ...errors(401),
  },
};

export const usageSchema = {
  operationId: 'getUsage',
  tags: ['usage'],
  security: bearer,
  summary: "This month's generations, tokens and cost by provider and model, and the limits",
  response: { 200: usage, ...errors(401) },
};

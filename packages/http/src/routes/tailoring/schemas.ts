import { z } from 'zod';
import { bearer, errors, idParams } from '../shared-schemas.js';

const evidence = z.object({ section: z.string(), itemId: z.string(), text: z.string() });
const keywordGroup = z.object({
  matched: z.array(
    z.object({
      keyword: z.string(),
      credit: z.number().meta({ description: '0-1: presence, recency and repetition' }),
      evidence: z.array(evidence),
    }),
  ),
  missing: z.array(z.string()),
});

export const matchReportSchema = z
  .object({
    jobId: z.string(),
    profileId: z.string(),
    score: z.number().int().min(0).max(100),
    scoringVersion: z.string(),
    required: keywordGroup,
    preferred: keywordGroup,
    sections: z.record(z.string(), z.object({ score: z.number(), matched: z.array(z.string()) })),
    knockouts: z.array(z.object({ kind: z.string(), text: z.string() })).meta({
      description:
        'Requirements the score does not judge (years, degree, licence, clearance, language, work authorisation): check these',
    }),
    suggestions: z.array(z.string()),
    breakdown: z.object({
      earned: z.number(),
      possible: z.number(),
      requiredCount: z.number().int(),
      preferredCount: z.number().int(),
    }),
  })
  .meta({ id: 'MatchReport' });

const rankedItem = z.object({
  itemId: z.string(),
  label: z.string(),
  score: z.number(),
  keywords: z.array(z.string()),
  bullets: z.array(
    z.object({ index: z.number().int(), text: z.string(), score: z.number(), keywords: z.array(z.string()) }),
  ),
});

export const rankingSchema = z
  .object({
    jobId: z.string(),
    profileId: z.string(),
    experiences: z.array(rankedItem),
    projects: z.array(rankedItem),
    skills: z.array(
      z.object({
        name: z.string(),
        category: z.enum(['technical', 'tools', 'soft']),
        score: z.number(),
        keywords: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'ProfileRanking' });

const query = z.object({
  profileId: z.string().min(1).max(64).optional().meta({ description: 'Default: the default profile' }),
});

export const jobMatchSchema = {
  operationId: 'getJobMatch',
  tags: ['jobs'],
  security: bearer,
  summary: 'ATS match report of a profile against the job (deterministic, explainable)',
  params: idParams,
  querystring: query,
  response: { 200: matchReportSchema, ...errors(400, 401, 404) },
};

export const jobRankingSchema = {
  operationId: 'getJobRanking',
  tags: ['jobs'],
  security: bearer,
  summary: 'Profile content ranked by relevance to the job',
  params: idParams,
  querystring: query,
  response: { 200: rankingSchema, ...errors(400, 401, 404) },
};

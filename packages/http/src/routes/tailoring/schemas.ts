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

/** A match report as the scorer makes it; `MatchReport` adds which job and profile it compares. */
export const scoredMatchSchema = z
  .object({
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
  .meta({ id: 'ScoredMatch' });

export const matchReportSchema = scoredMatchSchema
  .extend({ jobId: z.string(), profileId: z.string() })
  .meta({ id: 'MatchReport' });

const claimSchema = z.object({
  type: z.string(),
  text: z.string(),
  sourceRefs: z.array(z.object({ section: z.string(), itemId: z.string().nullable() })),
  verdict: z.enum(['supported', 'unsupported']),
  reason: z.string(),
});

const claimCounts = z.object({ supported: z.number().int(), unsupported: z.number().int() });
const claimSummary = z.object({
  total: z.number().int(),
  supported: z.number().int(),
  unsupported: z.number().int(),
  byType: z.record(z.string(), claimCounts),
});

/** Every claim of a text traced back to the profile (or not). */
export const truthfulnessSchema = z
  .object({ passed: z.boolean(), claims: z.array(claimSchema), summary: claimSummary })
  .meta({ id: 'TruthfulnessReport' });

const removal = z.object({
  section: z.string(),
  itemId: z.string().nullable(),
  text: z.string(),
  action: z.enum(['reverted', 'dropped']),
  replacement: z.string().nullable(),
  claims: z.array(claimSchema),
});

/** What the truthfulness gate removed from the model's draft, and how many drafts it took. */
export const gateReportSchema = z
  .object({
    attempts: z.number().int(),
    linesChecked: z.number().int(),
    removedShare: z.number(),
    removed: z.array(removal),
    firstAttemptRemoved: z.array(removal),
  })
  .meta({ id: 'GateReport' });

export const claimSummarySchema = claimSummary;

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

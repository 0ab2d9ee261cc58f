import {
  JobErrors,
  ProfileErrors,
  checkTruthfulness,
  compileProfileEvidence,
  compileProfileFacts,
  compileResumeEvidence,
  matchReport,
  rankProfile,
  type GeneratedDocument,
  type IJobRepository,
  type IProfileRepository,
  type Job,
  type MatchReport,
  type Profile,
  type ProfileContent,
  type ProfileRanking,
  type TailoredResumeContent,
  type TruthfulnessOptions,
  type TruthfulnessReport,
} from '@tailor/domain';

export interface TailoringDeps {
  profiles: IProfileRepository;
  jobs: IJobRepository;
}

export interface JobMatchInput {
  userId: string;
  jobId: string;
  /** The caller's default profile when absent. */
  profileId?: string | undefined;
}

/** The caller's job and profile; another user's job or profile is reported exactly like a missing one. */
async function load(deps: TailoringDeps, input: JobMatchInput): Promise<{ job: Job; profile: Profile }> {
  const job = await deps.jobs.findById(input.userId, input.jobId);
  if (!job) throw JobErrors.notFound();
  const profile =
    input.profileId === undefined
      ? await deps.profiles.findDefault(input.userId)
      : await deps.profiles.findById(input.userId, input.profileId);
  if (!profile) throw ProfileErrors.notFound();
  return { job, profile };
}

export interface JobMatchOutput {
  jobId: string;
  profileId: string;
  report: MatchReport;
}

/** `GET /jobs/{id}/match?profileId=`: the explainable match report. Raises `JOB.NOT_FOUND`, `PROFILE.NOT_FOUND`. */
export class GetJobMatch {
  constructor(private readonly deps: TailoringDeps) {}

  async execute(input: JobMatchInput): Promise<JobMatchOutput> {
    const { job, profile } = await load(this.deps, input);
    const content: ProfileContent = profile.toPrimitives();
    return {
      jobId: job.id,
      profileId: profile.id,
      report: matchReport(compileProfileEvidence(content), job.toPrimitives()),
    };
  }
}

export interface JobRankingOutput {
  jobId: string;
  profileId: string;
  ranking: ProfileRanking;
}

/** `GET /jobs/{id}/ranking?profileId=`: profile content by relevance. Same errors as GetJobMatch. */
export class GetJobRanking {
  constructor(private readonly deps: TailoringDeps) {}

  async execute(input: JobMatchInput): Promise<JobRankingOutput> {
    const { job, profile } = await load(this.deps, input);
    const content: ProfileContent = profile.toPrimitives();
    return {
      jobId: job.id,
      profileId: profile.id,
      ranking: rankProfile(content, compileProfileEvidence(content), job.toPrimitives()),
    };
  }
}

export interface CheckTruthfulnessInput {
  /** The profile the document was generated from (already loaded and owned by the caller). */
  profile: ProfileContent;
  document: GeneratedDocument;
  /** The target job's company and title: naming them in a cover letter is not a claim. */
  options?: TruthfulnessOptions;
}

/**
 * The truthfulness gate the generation pipeline calls on each draft. Stateless and pure: it reads no
 * repository (the pipeline already holds the profile), so it can run inside a generation job.
 */
export class CheckTruthfulness {
  execute(input: CheckTruthfulnessInput): TruthfulnessReport {
    return checkTruthfulness(compileProfileFacts(input.profile), input.document, input.options ?? {});
  }
}

/** The match report of a generated resume (the pipeline stores it with the result). */
export class ScoreTailoredResume {
  execute(input: { resume: TailoredResumeContent; job: Parameters<typeof matchReport>[1] }): MatchReport {
    return matchReport(compileResumeEvidence(input.resume), input.job);
  }
}

import {
  GenerationErrors,
  MAX_REMOVED_SHARE,
  TailoredDocument,
  assembleResume,
  checkTruthfulness,
  cleanCompany,
  cleanJobFacts,
  cleanJobTitle,
  compileJob,
  compileProfileEvidence,
  compileProfileFacts,
  compileResumeEvidence,
  emphasiseKeywords,
  frameLetter,
  gateLetter,
  gateResumeLines,
  isCancelledByOwner,
  isDomainError,
  keepKeywordEvidence,
  matchReport,
  planResume,
  plainDocumentFormatters,
  plannedBullets,
  rankProfile,
  styleForTone,
  withoutFlaggedTerms,
  type CompiledJob,
  type CompiledProfileFacts,
  type DocumentContact,
  type DocumentContent,
  type DocumentFormatters,
  type EvidenceIndex,
  type GateRemoval,
  type GateReport,
  type Generation,
  type GenerationError,
  type GenerationStage,
  type GenerationUsage,
  type IClock,
  type IDocumentRepository,
  type IGenerationRepository,
  type IIdGenerator,
  type IJobRepository,
  type ILLMService,
  type ILlmPricing,
  type IProfileRepository,
  type IUnitOfWork,
  type JobFacts,
  type JobPrimitives,
  type LlmTaskName,
  type LlmTaskOutput,
  type LlmTaskVariables,
  type LlmUsage,
  type MatchReport,
  type ProfileContent,
  type ProfileFacts,
  type ProfileRanking,
  type TailoredResumeContent,
  type TruthfulnessReport,
} from '@tailor/domain';
import { keywordsOf } from '../jobs/job-keywords.js';
import { toGenerationView, type GenerationView } from './generation-view.js';

/**
 * What the background runner hands the pipeline: a progress callback, its cancellation signal, and a pause
 * that lets waiting requests run (the pipeline's steps are CPU-bound on large profiles: see TaskContext).
 */
export interface GenerationRunControl {
  reportProgress(stage: GenerationStage, progress: number): void | Promise<void>;
  signal: AbortSignal;
  yieldToRequests(): Promise<void>;
}

export interface RunGenerationDeps {
  generations: IGenerationRepository;
  documents: IDocumentRepository;
  jobs: IJobRepository;
  profiles: IProfileRepository;
  llm: ILLMService;
  unitOfWork: IUnitOfWork;
  ids: IIdGenerator;
  clock: IClock;
  /** Prices for `usage.costUsd`; without it the cost is `null` (the usage ledger still prices each call). */
  pricing?: ILlmPricing;
  formatters?: DocumentFormatters;
}

export interface RunGenerationOptions {
  /** Share (0…1) of model-written lines the gate may remove before the draft is retried / rejected. */
  maxRemovedShare?: number;
}

/**
 * Unwinds the run: cancelled (by its owner: signal or stored status), deleted meanwhile, or interrupted
 * (the worker is shutting down or lost its lease: the generation must not look cancelled by its owner).
 * `stored` is the generation as a concurrent writer left it, when that is how the run learnt of it.
 */
class Stop {
  constructor(
    readonly reason: 'cancelled' | 'deleted' | 'interrupted',
    readonly stored?: Generation,
  ) {}
}

const stopFor = (signal: AbortSignal): Stop =>
  new Stop(isCancelledByOwner(signal) ? 'cancelled' : 'interrupted');

/** Stored on a generation whose run stopped half-way with its worker (shutdown or crash). */
export const interruptedError = (details: Record<string, unknown> = {}): GenerationError => ({
  code: 'GENERATION.INTERRUPTED',
  message: 'The generation was interrupted by a restart. Start it again.',
  details,
});

/** Sums the usage of every model call of one run (failed calls' billed tokens included). */
class MeteredLlm {
  private readonly entries: LlmUsage[] = [];

  constructor(
    private readonly llm: ILLMService,
    private readonly userId: string,
  ) {}

  async run<T extends LlmTaskName>(task: T, variables: LlmTaskVariables<T>): Promise<LlmTaskOutput<T>> {
    try {
      const result = await this.llm.run({ task, variables, userId: this.userId });
      this.entries.push(result.usage);
      return result.value;
    } catch (error) {
      const d = isDomainError(error) ? error.details : {};
      if (typeof d.inputTokens === 'number' && typeof d.provider === 'string')
        this.entries.push({
          provider: d.provider as LlmUsage['provider'],
          model: 'unknown',
          inputTokens: d.inputTokens,
          outputTokens: typeof d.outputTokens === 'number' ? d.outputTokens : 0,
          latencyMs: 0,
        });
      throw error;
    }
  }

  usage(pricing: ILlmPricing | undefined): GenerationUsage | null {
    const first = this.entries[0];
    if (!first) return null;
    let inputTokens = 0;
    let outputTokens = 0;
    let micro = 0;
    for (const e of this.entries) {
      inputTokens += e.inputTokens;
      outputTokens += e.outputTokens;
      micro += pricing?.costMicroUsd(e.provider, e.model, e.inputTokens, e.outputTokens) ?? 0;
    }
    return {
      provider: first.provider,
      model: first.model,
      inputTokens,
      outputTokens,
      costUsd: pricing ? micro / 1_000_000 : null,
      calls: this.entries.length,
    };
  }
}

interface Written {
  content: DocumentContent;
  truthfulness: TruthfulnessReport;
  gate: GateReport;
}

const contactOf = (p: ProfileContent): DocumentContact => ({
  fullName: p.fullName,
  headline: p.headline,
  email: p.email,
  phone: p.phone,
  location: p.location,
  links: p.links.map((l) => ({ ...l })),
});

/** Claims the gate flagged that name a term (skills, employers): left out of the retry's keyword hints. */
const flaggedTerms = (removed: readonly GateRemoval[]): string[] =>
  removed.flatMap((r) => r.claims.filter((c) => c.type !== 'source').map((c) => c.text));

/**
 * The generation pipeline the background runner calls for one queued generation:
 * analyzing → ranking → writing → verifying → scoring → rendering → succeeded.
 *
 * - Between stages it honours the AbortSignal, and at its checkpoints (stored stages) a cancellation stored
 *   by `CancelGeneration` (→ cancelled); it stops quietly when the generation was deleted. The job and the
 *   profile are read once, when the run starts (`GENERATION.SOURCE_DELETED` when either is gone then): the
 *   run works from that snapshot, as a run that finished a moment earlier would have.
 * - Model errors (`LLM.*`) and gate failures (`GENERATION.UNSUPPORTED_CONTENT`) fail the generation with that
 *   code; anything else fails it with `GENERATION.FAILED`. `execute` itself does not throw for these: the
 *   outcome is the generation's state, which it returns.
 * - Only a `queued` generation runs; running it again (a redelivered task) returns it unchanged.
 */
export class RunGenerationPipeline {
  private readonly maxRemovedShare: number;
  private readonly formatters: DocumentFormatters;

  constructor(
    private readonly deps: RunGenerationDeps,
    options: RunGenerationOptions = {},
  ) {
    this.maxRemovedShare = options.maxRemovedShare ?? MAX_REMOVED_SHARE;
    this.formatters = deps.formatters ?? plainDocumentFormatters;
  }

  /**
   * Runs the generation. `loaded` is the generation as its caller has just read it (the task handler does),
   * so that a run reads the generation, its job and its profile once, and writes at its checkpoints only.
   */
  async execute(
    generationId: string,
    userId: string,
    control: GenerationRunControl,
    loaded?: Generation,
  ): Promise<GenerationView | null> {
    const { generations, clock } = this.deps;
    const initial = loaded ?? (await generations.findById(userId, generationId));
    if (!initial) return null;
    if (initial.status !== 'queued') return toGenerationView(initial);
    if (control.signal.aborted) {
      // Stopping before it started: leave it queued for the worker the task is handed to next.
      if (!isCancelledByOwner(control.signal)) return toGenerationView(initial);
      initial.cancel(clock.now());
      await generations.save(initial);
      return toGenerationView(initial);
    }
    initial.start(clock.now());
    const meter = new MeteredLlm(this.deps.llm, initial.ownerId);
    try {
      return toGenerationView(await this.run(initial, control, meter));
    } catch (error) {
      return this.end(initial, meter, error);
    }
  }

  /** Records how the run ended (cancelled or failed), unless a concurrent writer already ended it. */
  private async end(g: Generation, meter: MeteredLlm, error: unknown): Promise<GenerationView | null> {
    const { generations, clock } = this.deps;
    if (error instanceof Stop && error.reason === 'deleted') return null;
    if (error instanceof Stop && error.stored?.isFinished) return toGenerationView(error.stored);
    const now = clock.now();
    if (g.status === 'running') g.recordUsage(meter.usage(this.deps.pricing), now);
    if (error instanceof Stop && error.reason === 'interrupted') g.fail(interruptedError(), now);
    else if (error instanceof Stop) g.cancel(now);
    else {
      const failure: GenerationError = isDomainError(error)
        ? { code: error.code, message: error.message, details: error.details }
        : (({ code, message, details }) => ({ code, message, details }))(GenerationErrors.failed());
      g.fail(failure, now);
    }
    if (await generations.save(g)) return toGenerationView(g);
    // Deleted or ended by someone else meanwhile: report what is stored.
    const stored = await generations.findById(g.ownerId, g.id);
    return stored ? toGenerationView(stored) : null;
  }

  /**
   * Enters a stage: honours the signal, advances the generation and reports progress. A checkpoint also
   * stores it; the store refuses a generation deleted or cancelled meanwhile, which is how a cancel from
   * another process is heard. Stages that take milliseconds are reported, not stored.
   */
  private async stage(
    g: Generation,
    stage: GenerationStage,
    control: GenerationRunControl,
    meter: MeteredLlm,
    checkpoint: boolean,
  ): Promise<void> {
    const { generations, clock } = this.deps;
    if (control.signal.aborted) throw stopFor(control.signal);
    const now = clock.now();
    g.advance(stage, now);
    g.recordUsage(meter.usage(this.deps.pricing), now);
    if (checkpoint && !(await generations.save(g))) throw await this.whyRefused(g);
    await control.reportProgress(stage, g.progress);
    await control.yieldToRequests();
  }

  /** Why the store refused the generation: deleted, or cancelled (or ended) by someone else. */
  private async whyRefused(g: Generation): Promise<Stop> {
    const stored = await this.deps.generations.findById(g.ownerId, g.id);
    if (!stored) return new Stop('deleted');
    return new Stop(stored.status === 'cancelled' ? 'cancelled' : 'deleted', stored);
  }

  private async run(g: Generation, control: GenerationRunControl, meter: MeteredLlm): Promise<Generation> {
    const { jobs, profiles } = this.deps;
    const userId = g.ownerId;

    // The job and the profile are read once: the run works from them as they were when it started.
    const [jobEntity, profileEntity] = await Promise.all([
      jobs.findById(userId, g.jobId),
      profiles.findById(userId, g.profileId),
    ]);
    if (!jobEntity) throw GenerationErrors.sourceDeleted('job');
    if (!profileEntity) throw GenerationErrors.sourceDeleted('profile');

    // analyzing: the job and its keywords (extracted now when the job was never analysed), compiled once
    // for every match, ranking and plan below.
    await this.stage(g, 'analyzing', control, meter, true);
    const stored = jobEntity.toPrimitives();
    const job: JobPrimitives =
      stored.keywords.required.length + stored.keywords.preferred.length > 0
        ? stored
        : { ...stored, keywords: keywordsOf(jobEntity.details()) };
    const compiledJob = compileJob(job);

    // ranking: the profile against the job, and its own score before tailoring.
    await this.stage(g, 'ranking', control, meter, false);
    const profile = profileEntity.content;
    const evidence = compileProfileEvidence(profile);
    const baselineMatch = matchReport(evidence, compiledJob);
    const ranking = rankProfile(profile, evidence, compiledJob);
    await control.yieldToRequests();
    const facts = compileProfileFacts(profile, undefined, { today: this.deps.clock.now() });

    // writing and verifying (with one retry inside verifying when the gate removes too much).
    await this.stage(g, 'writing', control, meter, true);
    const written =
      g.type === 'resume'
        ? await this.writeResume(g, profile, job, ranking, facts, control, meter, {
            evidence,
            baseline: baselineMatch,
            compiledJob,
          })
        : await this.writeLetter(g, profile, job, ranking, facts, control, meter);

    // scoring: the result's match beside the profile's.
    await this.stage(g, 'scoring', control, meter, false);
    const match = matchReport(compileResumeEvidence(resumeForScoring(written.content)), compiledJob);

    // rendering: the document (version 1) and the result, stored together.
    await this.stage(g, 'rendering', control, meter, false);
    const now = this.deps.clock.now();
    const document = TailoredDocument.create({
      id: this.deps.ids.next(),
      ownerId: userId,
      jobId: job.id,
      generationId: g.id,
      profileId: g.profileId,
      type: g.type,
      title: `${g.type === 'resume' ? 'Resume' : 'Cover letter'} — ${job.title}${job.company ? ` at ${job.company}` : ''}`,
      content: written.content,
      formatters: this.formatters,
      now,
    });
    const doc = document.toPrimitives();
    g.recordUsage(meter.usage(this.deps.pricing), now);
    g.succeed(
      {
        content: doc.content,
        text: doc.text,
        markdown: doc.markdown,
        match,
        baselineMatch,
        truthfulness: written.truthfulness,
        gate: written.gate,
      },
      document.id,
      now,
    );
    await this.deps.unitOfWork.run(async () => {
      await this.deps.documents.add(document, document.currentVersion('generated', written.truthfulness));
      if (!(await this.deps.generations.save(g))) throw await this.whyRefused(g);
    });
    await control.reportProgress('rendering', 100);
    return g;
  }

  private async retryCheckpoint(g: Generation, control: GenerationRunControl): Promise<void> {
    if (control.signal.aborted) throw stopFor(control.signal);
    const stored = await this.deps.generations.findById(g.ownerId, g.id);
    if (!stored) throw new Stop('deleted');
    if (stored.status === 'cancelled') throw new Stop('cancelled', stored);
  }

  private async writeResume(
    g: Generation,
    profile: ProfileContent,
    job: JobPrimitives,
    ranking: ProfileRanking,
    facts: CompiledProfileFacts,
    control: GenerationRunControl,
    meter: MeteredLlm,
    source: { evidence: EvidenceIndex; baseline: MatchReport; compiledJob: CompiledJob },
  ): Promise<Written> {
    const options = g.options;
    const { compiledJob } = source;
    // The plan keeps every piece of evidence that earned the profile credit (see planResume).
    const plan = planResume(profile, ranking, options, { evidence: source.evidence, job: compiledJob });
    const planned = plannedBullets(profile, plan);
    const allowedNames = targetNames(job);
    const hints = emphasiseKeywords(
      [...job.keywords.required, ...job.keywords.preferred],
      options.instructions,
    );
    const style = styleForTone(options.tone);

    const draft = async (keywords: string[]) => {
      let bullets = planned.map((b) => b.original);
      if (planned.length > 0) {
        const out = await meter.run('rewrite_bullets', { bullets: [...bullets], keywords, style });
        await control.yieldToRequests();
        // One bullet per input is the task's contract; a model that breaks it gets its draft ignored. A
        // rewrite that lost a keyword its original named is worth less than the original: keep the original.
        if (out.bullets.length === planned.length)
          bullets = keepKeywordEvidence(bullets, out.bullets, compiledJob);
      }
      const summary = plan.includeSummary
        ? (
            await meter.run('write_summary', {
              profile: profileFacts(profile, plan),
              job: jobFacts(job, keywords),
            })
          ).summary
        : null;
      await control.yieldToRequests();
      return gateResumeLines(facts, planned, bullets, summary, allowedNames);
    };

    let attempts = 1;
    let gated = await draft(hints);
    let firstAttemptRemoved: GateRemoval[] = [];
    await this.stage(g, 'verifying', control, meter, true);
    const share = (x: typeof gated) => (x.linesChecked === 0 ? 0 : x.removed.length / x.linesChecked);
    if (share(gated) > this.maxRemovedShare) {
      await this.retryCheckpoint(g, control);
      firstAttemptRemoved = gated.removed;
      attempts = 2;
      gated = await draft(withoutFlaggedTerms(hints, flaggedTerms(gated.removed)));
      if (share(gated) > this.maxRemovedShare)
        throw GenerationErrors.unsupportedContent({
          attempts,
          removedShare: share(gated),
          removed: gated.removed,
          firstAttemptRemoved,
        });
    }
    const resume = neverBelowSource(
      profile,
      plan,
      planned.map((b) => b.original),
      gated,
      compiledJob,
      source.baseline,
    );
    await control.yieldToRequests();
    return {
      content: { type: 'resume', contact: contactOf(profile), resume },
      truthfulness: checkTruthfulness(facts, { kind: 'resume', content: resume }, { allowedNames }),
      gate: {
        attempts,
        linesChecked: gated.linesChecked,
        removedShare: share(gated),
        removed: gated.removed,
        firstAttemptRemoved,
      },
    };
  }

  private async writeLetter(
    g: Generation,
    profile: ProfileContent,
    job: JobPrimitives,
    ranking: ProfileRanking,
    facts: CompiledProfileFacts,
    control: GenerationRunControl,
    meter: MeteredLlm,
  ): Promise<Written> {
    const options = g.options;
    const plan = planResume(profile, ranking, { maxPages: 1, sections: ['experiences', 'skills'] });
    const allowedNames = targetNames(job);
    const hints = emphasiseKeywords(
      [...job.keywords.required, ...job.keywords.preferred],
      options.instructions,
    );

    const draft = async (keywords: string[]) => {
      const target = jobFacts(job, keywords);
      const written = await meter.run('write_cover_letter', {
        profile: profileFacts(profile, plan),
        job: target,
      });
      await control.yieldToRequests();
      // Framed before the gate: the salutation from clean job facts, one sign-off, no signature in the body.
      const letter = frameLetter(written, profile.fullName, target.company);
      // The model's sentences go through the gate; the salutation is ours, built from the posting's own
      // company name alone (no fact about the candidate), so it is kept as framed. The posting's names are
      // passed as allowed names, never masked away: the gate must still see a claim to hold the posting's
      // title ("In my role as <the job's title> at …").
      const gated = gateLetter(
        facts,
        { ...letter, salutation: 'Dear Hiring Team,' },
        profile.fullName,
        allowedNames,
      );
      return { ...gated, letter: { ...gated.letter, salutation: letter.salutation } };
    };
    const share = (x: { removed: unknown[]; linesChecked: number }) =>
      x.linesChecked === 0 ? 0 : x.removed.length / x.linesChecked;

    let attempts = 1;
    let gated = await draft(hints);
    let firstAttemptRemoved: GateRemoval[] = [];
    await this.stage(g, 'verifying', control, meter, true);
    if (share(gated) > this.maxRemovedShare || gated.letter.paragraphs.length === 0) {
      await this.retryCheckpoint(g, control);
      firstAttemptRemoved = gated.removed;
      attempts = 2;
      gated = await draft(withoutFlaggedTerms(hints, flaggedTerms(gated.removed)));
      if (share(gated) > this.maxRemovedShare || gated.letter.paragraphs.length === 0)
        throw GenerationErrors.unsupportedContent({
          attempts,
          removedShare: share(gated),
          removed: gated.removed,
          firstAttemptRemoved,
        });
    }
    // What the candidate's letter says: the body and the sign-off (the salutation only names the company).
    const text = [...gated.letter.paragraphs, gated.letter.closing].join('\n');
    return {
      content: { type: 'coverLetter', contact: contactOf(profile), letter: gated.letter },
      truthfulness: checkTruthfulness(
        facts,
        { kind: 'text', text },
        { allowedNames: [...allowedNames, profile.fullName] },
      ),
      gate: {
        attempts,
        linesChecked: gated.linesChecked,
        removedShare: share(gated),
        removed: gated.removed,
        firstAttemptRemoved,
      },
    };
  }
}

/**
 * The tailored resume, never scoring below its source profile: the plan already keeps every piece of evidence
 * except the summary (which the writer rewrites), so when the result scores lower the profile's own summary
 * comes back; as a last resort every bullet takes its original text too.
 */
function neverBelowSource(
  profile: ProfileContent,
  plan: ReturnType<typeof planResume>,
  originals: readonly string[],
  gated: { bullets: (string | null)[]; summary: string | null },
  job: ReturnType<typeof compileJob>,
  baseline: MatchReport,
): TailoredResumeContent {
  const score = (r: TailoredResumeContent) => matchReport(compileResumeEvidence(r), job).score;
  const resume = assembleResume(profile, plan, gated.bullets, gated.summary);
  if (score(resume) >= baseline.score) return resume;
  const ownSummary = plan.includeSummary ? profile.summary : gated.summary;
  const withOwnSummary = assembleResume(profile, plan, gated.bullets, ownSummary);
  if (score(withOwnSummary) >= baseline.score) return withOwnSummary;
  const originalLines = gated.bullets.map((b, i) => (b === null ? null : (originals[i] ?? b)));
  return assembleResume(profile, plan, originalLines, ownSummary);
}

/** The facts the writer may use: the planned roles with their planned bullets (original text) and skills. */
function profileFacts(profile: ProfileContent, plan: ReturnType<typeof planResume>): ProfileFacts {
  return {
    fullName: profile.fullName,
    headline: profile.headline,
    experiences: plan.experiences.flatMap((item) => {
      const e = profile.experiences.find((x) => x.id === item.itemId);
      return e
        ? [
            {
              title: e.title,
              company: e.company,
              startDate: e.startDate,
              endDate: e.current ? null : e.endDate,
              bullets: item.bullets.map((i) => e.bullets[i] ?? '').filter(Boolean),
            },
          ]
        : [];
    }),
    skills: plan.skills.length > 0 ? plan.skills : [...profile.skills.technical, ...profile.skills.tools],
  };
}

/** What the writer is told about the job: clean title and company, never raw posting fragments. */
const jobFacts = (job: JobPrimitives, keywords: string[]): JobFacts => cleanJobFacts(job, keywords);

/** The target's own names (as posted and as cleaned): the gate does not read them as claims. */
function targetNames(job: JobPrimitives): string[] {
  const company = cleanCompany(job.company, job.location);
  // The location too: "Shift B", "Łódź" or "St. Louis" in the posting's own names are no claims.
  const names = [
    job.company,
    job.title,
    cleanJobTitle(job.title),
    company?.name,
    company?.short,
    job.location,
  ];
  return names.filter((x, i): x is string => !!x && names.indexOf(x) === i);
}

/** What the match reads of a result: the resume itself, or a cover letter as one block of text. */
export function resumeForScoring(content: DocumentContent): TailoredResumeContent {
  if (content.type === 'resume') return content.resume;
  const l = content.letter;
  return {
    summary: { text: [l.salutation, ...l.paragraphs, l.closing].join('\n'), sourceRefs: [] },
    experiences: [],
    skills: [],
    projects: [],
    education: [],
  };
}

export type { MatchReport };

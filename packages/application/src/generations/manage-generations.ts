import {
  GenerationErrors,
  checkTruthfulness,
  compileProfileFacts,
  compileResumeEvidence,
  matchReport,
  type DocumentContent,
  type Generation,
  type GenerationFeedback,
  type GenerationResult,
  type GenerationSearch,
  type IClock,
  type IDocumentRepository,
  type IGenerationRepository,
  type IJobRepository,
  type IProfileRepository,
  type ITaskQueue,
  type MatchReport,
  type TruthfulnessReport,
} from '@tailor/domain';
import { toGenerationView, type GenerationView } from './generation-view.js';
import { resumeForScoring } from './run-generation-pipeline.js';

export interface GenerationRef {
  userId: string;
  generationId: string;
}

async function own(generations: IGenerationRepository, ref: GenerationRef): Promise<Generation> {
  const g = await generations.findById(ref.userId, ref.generationId);
  if (!g) throw GenerationErrors.notFound();
  return g;
}

/** The result of a succeeded generation; `GENERATION.NOT_FINISHED` before, `GENERATION.NO_RESULT` after a failure. */
function resultOf(g: Generation): GenerationResult {
  if (!g.isFinished) throw GenerationErrors.notFinished(g.status);
  const result = g.result;
  if (!result) throw GenerationErrors.noResult(g.status, g.toPrimitives().error);
  return result;
}

/** `GET /generations/{id}`. Raises `GENERATION.NOT_FOUND`. */
export class GetGeneration {
  constructor(private readonly generations: IGenerationRepository) {}

  async execute(input: GenerationRef): Promise<GenerationView> {
    return toGenerationView(await own(this.generations, input));
  }
}

export interface ListGenerationsInput extends GenerationSearch {
  userId: string;
}

/** `GET /generations?jobId&type&status&page&size&sort`. */
export class ListGenerations {
  constructor(private readonly generations: IGenerationRepository) {}

  async execute({
    userId,
    ...search
  }: ListGenerationsInput): Promise<{ items: GenerationView[]; total: number }> {
    const page = await this.generations.search(userId, search);
    return { items: page.items.map(toGenerationView), total: page.total };
  }
}

export interface GenerationResultView extends GenerationResult {
  generationId: string;
  documentId: string | null;
}

/** `GET /generations/{id}/result`. Raises `GENERATION.NOT_FOUND`, `GENERATION.NOT_FINISHED`, `GENERATION.NO_RESULT`. */
export class GetGenerationResult {
  constructor(private readonly generations: IGenerationRepository) {}

  async execute(input: GenerationRef): Promise<GenerationResultView> {
    const g = await own(this.generations, input);
    return { generationId: g.id, documentId: g.documentId, ...resultOf(g) };
  }
}

/**
 * `POST /generations/{id}/cancel`: a queued or running generation becomes `cancelled`: a queued one never runs
 * (its delivery finds it cancelled), a running one is aborted (at once here, within a heartbeat elsewhere) and
 * the pipeline stops at its next stage boundary. Cancelling a cancelled one is a no-op.
 * Raises `GENERATION.NOT_FOUND`, `GENERATION.INVALID_TRANSITION` (already succeeded or failed).
 */
export class CancelGeneration {
  constructor(
    private readonly generations: IGenerationRepository,
    private readonly clock: IClock,
    private readonly tasks?: Pick<ITaskQueue, 'interrupt'>,
  ) {}

  async execute(input: GenerationRef): Promise<GenerationView> {
    let g = await own(this.generations, input);
    g.cancel(this.clock.now());
    if (!(await this.generations.save(g))) {
      // It ended (or went) meanwhile: judge the cancel again against what is stored now.
      g = await own(this.generations, input);
      g.cancel(this.clock.now());
      if (!(await this.generations.save(g))) throw GenerationErrors.notFound();
    }
    // Its delivery has the generation's id: a handler running it here stops now, elsewhere at its next heartbeat.
    this.tasks?.interrupt(input.generationId);
    return toGenerationView(g);
  }
}

/**
 * `DELETE /generations/{id}`: the generation disappears for the user (a tombstone still counts against the
 * limits); its document stays (documents are deleted on their own). A running pipeline stops at its next
 * stage. Raises `GENERATION.NOT_FOUND`.
 */
export class DeleteGeneration {
  constructor(private readonly generations: IGenerationRepository) {}

  async execute(input: GenerationRef): Promise<void> {
    if (!(await this.generations.delete(input.userId, input.generationId))) throw GenerationErrors.notFound();
  }
}

export interface AddGenerationFeedbackInput extends GenerationRef {
  rating: number;
  comment?: string | null | undefined;
}

/** `POST /generations/{id}/feedback` → 201 the entry. Raises `GENERATION.NOT_FOUND`, `GENERATION.NOT_FINISHED`, `GENERATION.VALIDATION`. */
export class AddGenerationFeedback {
  constructor(
    private readonly generations: IGenerationRepository,
    private readonly clock: IClock,
  ) {}

  async execute(input: AddGenerationFeedbackInput): Promise<GenerationFeedback> {
    const g = await own(this.generations, input);
    const entry = g.addFeedback(input.rating, input.comment, this.clock.now());
    if (!(await this.generations.save(g))) throw GenerationErrors.notFound();
    return entry;
  }
}

export interface GenerationQuality {
  /** Bullets (resume) or sentences (cover letter) in the result. */
  lines: number;
  words: number;
  /** Share (0…1) of resume bullets stating a number. */
  quantifiedShare: number;
  averageLineWords: number;
  requiredKeywords: { matched: number; total: number };
  preferredKeywords: { matched: number; total: number };
  /** Result score minus the profile's own score. */
  scoreDelta: number;
  claims: TruthfulnessReport['summary'];
  gate: { attempts: number; removed: number; removedShare: number };
  feedback: { count: number; averageRating: number | null };
}

export interface GenerationAnalytics {
  generationId: string;
  match: MatchReport;
  baselineMatch: MatchReport;
  quality: GenerationQuality;
}

const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function linesOf(content: DocumentContent): string[] {
  if (content.type === 'coverLetter')
    return content.letter.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/));
  const r = content.resume;
  return [...r.experiences.flatMap((e) => e.bullets), ...r.projects.flatMap((p) => p.bullets)].map(
    (b) => b.text,
  );
}

/** `GET /generations/{id}/analytics`: the match report and quality metrics of the result. Same errors as the result. */
export class GetGenerationAnalytics {
  constructor(private readonly generations: IGenerationRepository) {}

  async execute(input: GenerationRef): Promise<GenerationAnalytics> {
    const g = await own(this.generations, input);
    const result = resultOf(g);
    const lines = linesOf(result.content);
    const words = lines.reduce((n, l) => n + wordsIn(l), 0);
    const feedback = g.toPrimitives().feedback;
    const count = (group: MatchReport['required']) => ({
      matched: group.matched.length,
      total: group.matched.length + group.missing.length,
    });
    return {
      generationId: g.id,
      match: result.match,
      baselineMatch: result.baselineMatch,
      quality: {
        lines: lines.length,
        words,
        quantifiedShare: lines.length === 0 ? 0 : lines.filter((l) => /\d/.test(l)).length / lines.length,
        averageLineWords: lines.length === 0 ? 0 : Math.round((10 * words) / lines.length) / 10,
        requiredKeywords: count(result.match.required),
        preferredKeywords: count(result.match.preferred),
        scoreDelta: result.match.score - result.baselineMatch.score,
        claims: result.truthfulness.summary,
        gate: {
          attempts: result.gate.attempts,
          removed: result.gate.removed.length,
          removedShare: result.gate.removedShare,
        },
        feedback: {
          count: feedback.length,
          averageRating:
            feedback.length === 0
              ? null
              : Math.round((100 * feedback.reduce((n, f) => n + f.rating, 0)) / feedback.length) / 100,
        },
      },
    };
  }
}

export interface GenerationValidation {
  generationId: string;
  /** The document checked (its current version), or null when it was deleted and the result was checked. */
  documentId: string | null;
  version: number | null;
  match: MatchReport;
  truthfulness: TruthfulnessReport;
}

/**
 * `POST /generations/{id}/validate`: re-runs the match and the truthfulness checks on the current content of
 * the generation's document (the user may have edited it), against the job and profile as they are now.
 * Raises `GENERATION.NOT_FOUND`, `GENERATION.NOT_FINISHED`, `GENERATION.NO_RESULT`, `GENERATION.SOURCE_DELETED`.
 */
export class ValidateGeneration {
  constructor(
    private readonly deps: {
      generations: IGenerationRepository;
      documents: IDocumentRepository;
      jobs: IJobRepository;
      profiles: IProfileRepository;
      /** Today, so a current role's duration runs to now (without it: to the latest date in the profile). */
      clock?: IClock;
    },
  ) {}

  async execute(input: GenerationRef): Promise<GenerationValidation> {
    const g = await own(this.deps.generations, input);
    const result = resultOf(g);
    const job = await this.deps.jobs.findById(input.userId, g.jobId);
    if (!job) throw GenerationErrors.sourceDeleted('job');
    const profile = await this.deps.profiles.findById(input.userId, g.profileId);
    if (!profile) throw GenerationErrors.sourceDeleted('profile');
    const document = g.documentId ? await this.deps.documents.findById(input.userId, g.documentId) : null;
    const content = document ? document.content : result.content;
    const jobP = job.toPrimitives();
    return {
      generationId: g.id,
      documentId: document?.id ?? null,
      version: document?.version ?? null,
      match: matchReport(compileResumeEvidence(resumeForScoring(content)), jobP),
      truthfulness: truthfulnessOf(
        profile.content,
        content,
        [jobP.company, jobP.title, jobP.location],
        this.deps.clock?.now(),
      ),
    };
  }
}

/** The gate's report on any document content (enforced in the pipeline, only shown for edits). */
export function truthfulnessOf(
  profile: Parameters<typeof compileProfileFacts>[0],
  content: DocumentContent,
  names: readonly (string | null)[],
  today?: Date,
): TruthfulnessReport {
  const allowedNames = names.filter((n): n is string => !!n);
  const facts = compileProfileFacts(profile, undefined, today ? { today } : {});
  if (content.type === 'resume')
    return checkTruthfulness(facts, { kind: 'resume', content: content.resume }, { allowedNames });
  const l = content.letter;
  return checkTruthfulness(
    facts,
    { kind: 'text', text: [l.salutation, ...l.paragraphs, l.closing].join('\n') },
    { allowedNames: [...allowedNames, l.signature, content.contact.fullName] },
  );
}

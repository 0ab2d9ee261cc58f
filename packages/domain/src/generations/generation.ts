import type { DocumentContent } from '../documents/document.js';
import type { LlmProviderName } from '../llm/llm-service.js';
import type { MatchReport } from '../tailoring/match-report.js';
import type { TruthClaim, TruthfulnessReport } from '../tailoring/truthfulness.js';
import type { SourceSection } from '../tailoring/tailored-resume.js';
import { GenerationErrors } from './generations.errors.js';

export const GENERATION_TYPES = ['resume', 'coverLetter'] as const;
export type GenerationType = (typeof GENERATION_TYPES)[number];

export const GENERATION_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type GenerationStatus = (typeof GENERATION_STATUSES)[number];

export const GENERATION_STAGES = [
  'analyzing',
  'ranking',
  'writing',
  'verifying',
  'scoring',
  'rendering',
] as const;
export type GenerationStage = (typeof GENERATION_STAGES)[number];

/** Progress reached when a stage starts (monotone; 100 only on success). */
export const STAGE_PROGRESS: Record<GenerationStage, number> = {
  analyzing: 5,
  ranking: 15,
  writing: 25,
  verifying: 65,
  scoring: 80,
  rendering: 90,
};

/** Resume sections a generation may include, in the default print order. */
export const GENERATION_SECTIONS = [
  'summary',
  'experiences',
  'projects',
  'skills',
  'education',
  'certifications',
] as const;
export type GenerationSection = (typeof GENERATION_SECTIONS)[number];

export const GENERATION_TONES = ['professional', 'confident', 'friendly', 'concise'] as const;
export type GenerationTone = (typeof GENERATION_TONES)[number];

export const GENERATION_LIMITS = {
  maxPages: 3,
  instructions: 1_000,
  feedbackComment: 2_000,
  feedbackEntries: 20,
  idempotencyKey: 255,
  templateId: 100,
} as const;

export interface GenerationOptions {
  tone: GenerationTone;
  /** 1…3 pages (a budget for the resume's length; ignored for cover letters, which are one page). */
  maxPages: number;
  /** Included sections, in print order. */
  sections: GenerationSection[];
  /** Free text from the user: untrusted. It steers emphasis and tone only, never the truthfulness gate. */
  instructions: string | null;
}

export type GenerationOptionsInput = Partial<{
  tone: GenerationTone | null;
  maxPages: number | null;
  sections: readonly GenerationSection[] | null;
  instructions: string | null;
}>;

export const DEFAULT_GENERATION_OPTIONS: GenerationOptions = {
  tone: 'professional',
  maxPages: 2,
  sections: [...GENERATION_SECTIONS],
  instructions: null,
};

/** Validates options, filling what is absent from `base` (the defaults, or a parent generation's options). */
export function normaliseGenerationOptions(
  input: GenerationOptionsInput | undefined,
  base: GenerationOptions = DEFAULT_GENERATION_OPTIONS,
): GenerationOptions {
  const i = input ?? {};
  const tone = i.tone ?? base.tone;
  if (!GENERATION_TONES.includes(tone))
    throw GenerationErrors.invalid('options.tone', `Unknown tone "${tone}".`);
  const maxPages = i.maxPages ?? base.maxPages;
  if (!Number.isInteger(maxPages) || maxPages < 1 || maxPages > GENERATION_LIMITS.maxPages)
    throw GenerationErrors.invalid(
      'options.maxPages',
      `"maxPages" must be 1 to ${GENERATION_LIMITS.maxPages}.`,
    );
  const sections = [...new Set(i.sections ?? base.sections)];
  for (const s of sections)
    if (!GENERATION_SECTIONS.includes(s))
      throw GenerationErrors.invalid('options.sections', `Unknown section "${s}".`);
  if (!sections.includes('experiences') && !sections.includes('projects'))
    throw GenerationErrors.invalid('options.sections', 'Include "experiences" or "projects".');
  const raw = i.instructions === undefined ? base.instructions : i.instructions;
  const instructions = raw === null ? null : raw.trim() || null;
  if (instructions !== null && [...instructions].length > GENERATION_LIMITS.instructions)
    throw GenerationErrors.invalid(
      'options.instructions',
      `"instructions" is longer than ${GENERATION_LIMITS.instructions} characters.`,
    );
  return { tone, maxPages, sections, instructions };
}

export interface GenerationUsage {
  provider: LlmProviderName;
  model: string;
  inputTokens: number;
  outputTokens: number;
  /** `null` when no price list was available to the pipeline (the usage ledger still has the cost). */
  costUsd: number | null;
  /** Model calls made (retries of the writing stage included). */
  calls: number;
}

export interface GenerationError {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

export interface GenerationFeedback {
  rating: number;
  comment: string | null;
  createdAt: Date;
}

/** A line the truthfulness gate took out of a draft, and why. */
export interface GateRemoval {
  section: SourceSection | 'letter';
  /** The profile item the line was written from (or null for the summary and letter sentences). */
  itemId: string | null;
  text: string;
  /** `reverted`: replaced by the profile's own line; `dropped`: left out. */
  action: 'reverted' | 'dropped';
  replacement: string | null;
  claims: TruthClaim[];
}

export interface GateReport {
  /** Drafts written (2 when the first lost too much and was retried). */
  attempts: number;
  /** Lines the model wrote in the kept draft, and the share of them removed (0…1). */
  linesChecked: number;
  removedShare: number;
  removed: GateRemoval[];
  /** Removals of the discarded first draft, when there was a retry. */
  firstAttemptRemoved: GateRemoval[];
}

export interface GenerationResult {
  content: DocumentContent;
  text: string;
  markdown: string;
  match: MatchReport;
  /** The profile's own score against the job, before tailoring. */
  baselineMatch: MatchReport;
  /** The gate's report on the final content (passed: every kept claim is supported). */
  truthfulness: TruthfulnessReport;
  gate: GateReport;
}

export interface GenerationPrimitives {
  id: string;
  ownerId: string;
  type: GenerationType;
  jobId: string;
  profileId: string;
  templateId: string | null;
  status: GenerationStatus;
  stage: GenerationStage | null;
  progress: number;
  error: GenerationError | null;
  parentId: string | null;
  documentId: string | null;
  usage: GenerationUsage | null;
  options: GenerationOptions;
  idempotencyKey: string | null;
  result: GenerationResult | null;
  feedback: GenerationFeedback[];
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const TERMINAL: readonly GenerationStatus[] = ['succeeded', 'failed', 'cancelled'];

/**
 * One run of the tailoring pipeline. Status moves queued → running → succeeded | failed | cancelled (queued
 * may also fail or be cancelled); a finished generation never changes again except for feedback.
 */
export class Generation {
  private constructor(private props: GenerationPrimitives) {}

  static create(input: {
    id: string;
    ownerId: string;
    type: GenerationType;
    jobId: string;
    profileId: string;
    templateId?: string | null;
    options: GenerationOptions;
    idempotencyKey?: string | null;
    parentId?: string | null;
    now: Date;
  }): Generation {
    if (!GENERATION_TYPES.includes(input.type))
      throw GenerationErrors.invalid('type', `Unknown generation type "${input.type}".`);
    const key = input.idempotencyKey ?? null;
    if (key !== null && (key.length === 0 || key.length > GENERATION_LIMITS.idempotencyKey))
      throw GenerationErrors.invalid('idempotencyKey', 'The idempotency key must be 1 to 255 characters.');
    const templateId = input.templateId ?? null;
    if (templateId !== null && (templateId.length === 0 || templateId.length > GENERATION_LIMITS.templateId))
      throw GenerationErrors.invalid('templateId', 'The template id must be 1 to 100 characters.');
    return new Generation({
      id: input.id,
      ownerId: input.ownerId,
      type: input.type,
      jobId: input.jobId,
      profileId: input.profileId,
      templateId,
      status: 'queued',
      stage: null,
      progress: 0,
      error: null,
      parentId: input.parentId ?? null,
      documentId: null,
      usage: null,
      options: structuredClone(input.options),
      idempotencyKey: key,
      result: null,
      feedback: [],
      createdAt: input.now,
      updatedAt: input.now,
      startedAt: null,
      finishedAt: null,
    });
  }

  static fromPrimitives(props: GenerationPrimitives): Generation {
    return new Generation(structuredClone(props));
  }

  /**
   * Like `fromPrimitives`, for primitives nobody else holds (a row a repository has just read and parsed),
   * so the defensive deep copy is skipped: a generation carries its whole result, read several times a run.
   */
  static fromOwnedPrimitives(props: GenerationPrimitives): Generation {
    return new Generation(props);
  }

  get id(): string {
    return this.props.id;
  }
  get ownerId(): string {
    return this.props.ownerId;
  }
  get type(): GenerationType {
    return this.props.type;
  }
  get jobId(): string {
    return this.props.jobId;
  }
  get profileId(): string {
    return this.props.profileId;
  }
  get status(): GenerationStatus {
    return this.props.status;
  }
  get stage(): GenerationStage | null {
    return this.props.stage;
  }
  get progress(): number {
    return this.props.progress;
  }
  get options(): GenerationOptions {
    return structuredClone(this.props.options);
  }
  get result(): GenerationResult | null {
    return this.props.result ? structuredClone(this.props.result) : null;
  }
  get documentId(): string | null {
    return this.props.documentId;
  }
  get templateId(): string | null {
    return this.props.templateId;
  }
  get isFinished(): boolean {
    return TERMINAL.includes(this.props.status);
  }

  private move(to: GenerationStatus, allowedFrom: readonly GenerationStatus[]): void {
    if (!allowedFrom.includes(this.props.status))
      throw GenerationErrors.invalidTransition(this.props.status, to);
  }

  start(now: Date): void {
    this.move('running', ['queued']);
    this.props = { ...this.props, status: 'running', startedAt: now, updatedAt: now };
  }

  /** Enters a stage; stages only move forward (re-entering the current one is a no-op). */
  advance(stage: GenerationStage, now: Date): void {
    this.move('running', ['running']);
    const current = this.props.stage === null ? -1 : GENERATION_STAGES.indexOf(this.props.stage);
    const next = GENERATION_STAGES.indexOf(stage);
    if (next < current) throw GenerationErrors.invalidTransition(this.props.stage ?? 'none', stage);
    this.props = {
      ...this.props,
      stage,
      progress: Math.max(this.props.progress, STAGE_PROGRESS[stage]),
      updatedAt: now,
    };
  }

  recordUsage(usage: GenerationUsage | null, now: Date): void {
    this.move('running', ['running']);
    this.props = { ...this.props, usage: usage ? { ...usage } : null, updatedAt: now };
  }

  succeed(result: GenerationResult, documentId: string, now: Date): void {
    this.move('succeeded', ['running']);
    this.props = {
      ...this.props,
      status: 'succeeded',
      progress: 100,
      result: structuredClone(result),
      documentId,
      finishedAt: now,
      updatedAt: now,
    };
  }

  fail(error: GenerationError, now: Date): void {
    this.move('failed', ['queued', 'running']);
    this.props = {
      ...this.props,
      status: 'failed',
      error: structuredClone(error),
      finishedAt: now,
      updatedAt: now,
    };
  }

  /** Cancels a queued or running generation; cancelling a cancelled one changes nothing. */
  cancel(now: Date): void {
    if (this.props.status === 'cancelled') return;
    this.move('cancelled', ['queued', 'running']);
    this.props = { ...this.props, status: 'cancelled', finishedAt: now, updatedAt: now };
  }

  addFeedback(rating: number, comment: string | null | undefined, now: Date): GenerationFeedback {
    if (!this.isFinished) throw GenerationErrors.notFinished(this.props.status);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5)
      throw GenerationErrors.invalid('rating', '"rating" must be a whole number from 1 to 5.');
    const text = comment?.trim() || null;
    if (text !== null && [...text].length > GENERATION_LIMITS.feedbackComment)
      throw GenerationErrors.invalid(
        'comment',
        `"comment" is longer than ${GENERATION_LIMITS.feedbackComment} characters.`,
      );
    if (this.props.feedback.length >= GENERATION_LIMITS.feedbackEntries)
      throw GenerationErrors.invalid(
        'feedback',
        `At most ${GENERATION_LIMITS.feedbackEntries} feedback entries.`,
      );
    const entry: GenerationFeedback = { rating, comment: text, createdAt: now };
    this.props = { ...this.props, feedback: [...this.props.feedback, entry], updatedAt: now };
    return { ...entry };
  }

  toPrimitives(): GenerationPrimitives {
    return structuredClone(this.props);
  }

  /**
   * The current state without a copy, for paths that only serialise it (a repository's save, a view).
   * Read-only: this is the entity's own state. (Changes never edit it in place, they replace it, so a view
   * taken earlier keeps the state it was taken from.)
   */
  readPrimitives(): Readonly<GenerationPrimitives> {
    return this.props;
  }
}

/**
 * Prices of model calls, for the cost shown on a generation (the infrastructure price table fits:
 * `costMicroUsd(prices, model, input, output)`). Returns micro-dollars (1e-6 USD), 0 for unknown models.
 */
export interface ILlmPricing {
  costMicroUsd(provider: LlmProviderName, model: string, inputTokens: number, outputTokens: number): number;
}

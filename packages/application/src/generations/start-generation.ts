import {
  Generation,
  GenerationErrors,
  JobErrors,
  ProfileErrors,
  isDomainError,
  normaliseGenerationOptions,
  type GenerationOptionsInput,
  type GenerationType,
  type IClock,
  type IGenerationRepository,
  type IIdGenerator,
  type IJobRepository,
  type IProfileRepository,
  type IUnitOfWork,
} from '@tailor/domain';
import {
  DEFAULT_GENERATION_LIMITS,
  assertWithinLimits,
  generationLimitLock,
  type GenerationLimits,
} from './generation-limits.js';
import { toGenerationView, type GenerationView } from './generation-view.js';

export interface GenerationUseCaseDeps {
  generations: IGenerationRepository;
  jobs: IJobRepository;
  profiles: IProfileRepository;
  unitOfWork: IUnitOfWork;
  ids: IIdGenerator;
  clock: IClock;
}

export interface StartGenerationInput {
  userId: string;
  type: GenerationType;
  jobId: string;
  /** The user's default profile when absent. */
  profileId?: string | undefined;
  templateId?: string | null | undefined;
  options?: GenerationOptionsInput | undefined;
  /** The `Idempotency-Key` header. */
  idempotencyKey?: string | null | undefined;
}

/** Work done in the same unit of work as storing a new generation. */
export type StoredAlongside = (generationId: string) => Promise<void>;

export interface StartGenerationOutput {
  generation: GenerationView;
  /** False when the idempotency key matched an earlier generation: nothing new was started, enqueue nothing. */
  created: boolean;
}

/**
 * `POST /generations`: validates ownership of the job and profile, applies the limits and stores the
 * generation `queued`; the caller enqueues the run when `created`. The same idempotency key from the same
 * user returns the first generation and starts nothing (the limits are not charged for a replay).
 * Raises `JOB.NOT_FOUND`, `PROFILE.NOT_FOUND`, `GENERATION.VALIDATION`, `GENERATION.RATE_LIMITED`,
 * `GENERATION.QUOTA_EXCEEDED`.
 */
export class StartGeneration {
  private readonly limits: GenerationLimits;

  constructor(
    private readonly deps: GenerationUseCaseDeps,
    options: { limits?: Partial<GenerationLimits> } = {},
  ) {
    this.limits = { ...DEFAULT_GENERATION_LIMITS, ...options.limits };
  }

  /**
   * `alongside` runs inside the unit of work that stores the generation (e.g. to store its task), so both
   * are written or neither is.
   */
  async execute(input: StartGenerationInput, alongside?: StoredAlongside): Promise<StartGenerationOutput> {
    const { generations, jobs, profiles, unitOfWork, ids, clock } = this.deps;
    const key = input.idempotencyKey ?? null;
    if (key !== null) {
      const first = await generations.findByIdempotencyKey(input.userId, key);
      if (first) return { generation: toGenerationView(first), created: false };
    }
    const job = await jobs.findById(input.userId, input.jobId);
    if (!job) throw JobErrors.notFound();
    const profile =
      input.profileId === undefined
        ? await profiles.findDefault(input.userId)
        : await profiles.findById(input.userId, input.profileId);
    if (!profile) throw ProfileErrors.notFound();
    const generation = Generation.create({
      id: ids.next(),
      ownerId: input.userId,
      type: input.type,
      jobId: job.id,
      profileId: profile.id,
      templateId: input.templateId ?? null,
      options: normaliseGenerationOptions(input.options),
      idempotencyKey: key,
      now: clock.now(),
    });
    try {
      await unitOfWork.runExclusive(generationLimitLock(input.userId), async () => {
        await assertWithinLimits(generations, clock, input.userId, this.limits);
        await generations.add(generation);
        await alongside?.(generation.id);
      });
    } catch (error) {
      // Two requests with the same key raced: the other one stored first, so answer with it.
      if (isDomainError(error) && error.code === 'GENERATION.DUPLICATE_KEY' && key !== null) {
        const first = await generations.findByIdempotencyKey(input.userId, key);
        if (first) return { generation: toGenerationView(first), created: false };
      }
      throw error;
    }
    return { generation: toGenerationView(generation), created: true };
  }
}

export interface RegenerateGenerationInput {
  userId: string;
  generationId: string;
  /** Replaces the parent's instructions when given (null clears them). */
  instructions?: string | null | undefined;
  /** Merged over the parent's options. */
  options?: GenerationOptionsInput | undefined;
}

/**
 * `POST /generations/{id}/regenerate`: a new queued generation for the same job, profile, type and template,
 * with `parentId` and the parent's options merged with the new ones. The parent may be in any state. Subject
 * to the same limits; the job and profile must still exist. Raises `GENERATION.NOT_FOUND`, `JOB.NOT_FOUND`,
 * `PROFILE.NOT_FOUND`, `GENERATION.VALIDATION`, `GENERATION.RATE_LIMITED`, `GENERATION.QUOTA_EXCEEDED`.
 */
export class RegenerateGeneration {
  private readonly limits: GenerationLimits;

  constructor(
    private readonly deps: GenerationUseCaseDeps,
    options: { limits?: Partial<GenerationLimits> } = {},
  ) {
    this.limits = { ...DEFAULT_GENERATION_LIMITS, ...options.limits };
  }

  async execute(input: RegenerateGenerationInput, alongside?: StoredAlongside): Promise<GenerationView> {
    const { generations, jobs, profiles, unitOfWork, ids, clock } = this.deps;
    const parent = await generations.findById(input.userId, input.generationId);
    if (!parent) throw GenerationErrors.notFound();
    if (!(await jobs.findById(input.userId, parent.jobId))) throw JobErrors.notFound();
    if (!(await profiles.findById(input.userId, parent.profileId))) throw ProfileErrors.notFound();
    const merged: GenerationOptionsInput = {
      ...input.options,
      ...(input.instructions !== undefined ? { instructions: input.instructions } : {}),
    };
    const generation = Generation.create({
      id: ids.next(),
      ownerId: input.userId,
      type: parent.type,
      jobId: parent.jobId,
      profileId: parent.profileId,
      templateId: parent.templateId,
      options: normaliseGenerationOptions(merged, parent.options),
      parentId: parent.id,
      now: clock.now(),
    });
    await unitOfWork.runExclusive(generationLimitLock(input.userId), async () => {
      await assertWithinLimits(generations, clock, input.userId, this.limits);
      await generations.add(generation);
      await alongside?.(generation.id);
    });
    return toGenerationView(generation);
  }
}

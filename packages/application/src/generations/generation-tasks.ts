import {
  isDomainError,
  type BackgroundTask,
  type Generation,
  type GenerationError,
  type IGenerationRepository,
  type IClock,
  type ITaskHandler,
  type ITaskQueue,
  type TaskContext,
  type TaskError,
  type WorkOutcome,
} from '@tailor/domain';
import type { TaskSubject, TaskWork } from '../tasks/task-subject.js';
import type { GenerationEventLog } from './generation-events.js';
import type { CancelGeneration } from './manage-generations.js';
import { toGenerationView, type GenerationView } from './generation-view.js';
import { interruptedError, type RunGenerationPipeline } from './run-generation-pipeline.js';
import type {
  RegenerateGeneration,
  RegenerateGenerationInput,
  StartGeneration,
  StartGenerationInput,
  StartGenerationOutput,
  StoredAlongside,
} from './start-generation.js';

export const GENERATION_TASK = 'generation';

/** Runs a generation's pipeline when its delivery reaches a worker; the generation records everything. */
export class GenerationTaskHandler implements ITaskHandler {
  readonly kind = GENERATION_TASK;

  constructor(
    private readonly pipeline: RunGenerationPipeline,
    private readonly generations: IGenerationRepository,
    private readonly clock: IClock,
    private readonly events?: GenerationEventLog,
  ) {}

  async run(task: BackgroundTask, context: TaskContext): Promise<WorkOutcome> {
    const generationId = task.subjectId;
    const generation = await this.generations.findById(task.userId, generationId);
    // A task is leased by one worker at a time, and only its holder starts the generation: one found running
    // was left half-way by a worker that stopped (handed back at shutdown, or crashed). The stages are not
    // resumable, so it ends at once and says so, instead of staying "running" for ever.
    if (generation?.status === 'running') {
      await this.interrupt(generation, interruptedError({ attempts: task.attempts }));
      return outcomeOf(toGenerationView(generation));
    }
    // The generation just read is handed over: the run does not read it again.
    const view = await this.pipeline.execute(
      generationId,
      task.userId,
      {
        signal: context.signal,
        yieldToRequests: () => context.yieldToRequests(),
        reportProgress: (stage, progress) =>
          this.events?.publish(generationId, { status: 'running', stage, progress }),
      },
      generation ?? undefined,
    );
    if (view)
      await this.events?.publish(generationId, {
        status: view.status,
        stage: view.stage,
        progress: view.progress,
      });
    return view ? outcomeOf(view) : { status: 'cancelled' };
  }

  /** Cancelled by its owner (on any instance), or deleted: the pipeline must stop. */
  async isCancelled(task: BackgroundTask): Promise<boolean> {
    const generation = await this.generations.findById(task.userId, task.subjectId);
    return !generation || generation.status === 'cancelled';
  }

  async giveUp(task: BackgroundTask, error: TaskError): Promise<void> {
    const generation = await this.generations.findById(task.userId, task.subjectId);
    if (generation && !generation.isFinished)
      await this.interrupt(generation, {
        ...interruptedError({ attempts: task.attempts }),
        message: error.message,
      });
  }

  private async interrupt(generation: Generation, error: GenerationError): Promise<void> {
    generation.fail(error, this.clock.now());
    await this.generations.save(generation);
    const { stage, progress } = generation.toPrimitives();
    await this.events?.publish(generation.id, { status: 'failed', stage, progress });
  }
}

/** How the run ended, as the generation records it. */
function outcomeOf(view: GenerationView): WorkOutcome {
  if (view.status === 'failed')
    return {
      status: 'failed',
      error: view.error ?? { code: 'GENERATION.FAILED', message: 'The generation failed.' },
    };
  return { status: view.status === 'succeeded' ? 'succeeded' : 'cancelled' };
}

/**
 * Stores the generation's task in the unit of work that stores the generation (a crash between two writes
 * can no longer leave a generation queued for ever), under the generation's id so that cancelling the one
 * reaches the other; workers hear of it once both are committed.
 */
async function withTask<T>(
  queue: ITaskQueue,
  userId: string,
  start: (alongside: StoredAlongside) => Promise<T>,
): Promise<T> {
  const prepared: BackgroundTask[] = [];
  const result = await start(async (generationId) => {
    prepared.push(await queue.prepare(GENERATION_TASK, userId, generationId));
  });
  if (prepared.length > 0) await queue.dispatch(prepared);
  return result;
}

/** `POST /generations`: stores the generation and, unless it is an idempotent replay, enqueues its run. */
export class SubmitGeneration {
  constructor(
    private readonly start: StartGeneration,
    private readonly queue: ITaskQueue,
  ) {}

  async execute(input: StartGenerationInput): Promise<StartGenerationOutput> {
    return withTask(this.queue, input.userId, (alongside) => this.start.execute(input, alongside));
  }
}

/** `POST /generations/{id}/regenerate`: a new generation with `parentId`, enqueued like any other. */
export class SubmitRegeneration {
  constructor(
    private readonly regenerate: RegenerateGeneration,
    private readonly queue: ITaskQueue,
  ) {}

  async execute(input: RegenerateGenerationInput): Promise<GenerationView> {
    return withTask(this.queue, input.userId, (alongside) => this.regenerate.execute(input, alongside));
  }
}

/** The generation behind a `generation` task: the task view reads and cancels the work through it. */
export class GenerationTaskSubject implements TaskSubject {
  readonly kind = GENERATION_TASK;

  constructor(
    private readonly generations: IGenerationRepository,
    private readonly cancelGeneration: CancelGeneration,
    readonly events: GenerationEventLog,
  ) {}

  async work(userId: string, generationId: string): Promise<TaskWork | null> {
    const generation = await this.generations.findById(userId, generationId);
    if (!generation) return null;
    const g = generation.toPrimitives();
    return {
      status: g.status,
      stage: g.stage,
      progress: g.progress,
      error: g.error ? { code: g.error.code, message: g.error.message } : null,
      result: g.status === 'succeeded' ? { generationId: g.id, status: g.status } : null,
      startedAt: g.startedAt,
      finishedAt: g.finishedAt,
      updatedAt: g.updatedAt,
    };
  }

  async cancel(userId: string, generationId: string): Promise<void> {
    const generation = await this.generations.findById(userId, generationId);
    if (!generation || generation.isFinished) return;
    await this.cancelGeneration.execute({ userId, generationId }).catch((error: unknown) => {
      // It ended meanwhile: cancelling a finished task leaves it as it is.
      if (!(isDomainError(error) && error.code === 'GENERATION.INVALID_TRANSITION')) throw error;
    });
  }
}

import {
  type BackgroundTask,
  type IGenerationRepository,
  type IClock,
  type ITaskHandler,
  type ITaskQueue,
  type TaskContext,
} from '@tailor/domain';
import type { GenerationEventLog } from './generation-events.js';
import type { GenerationView } from './generation-view.js';
import type { RunGenerationPipeline } from './run-generation-pipeline.js';
import type {
  RegenerateGeneration,
  RegenerateGenerationInput,
  StartGeneration,
  StartGenerationInput,
  StartGenerationOutput,
} from './start-generation.js';

export const GENERATION_TASK = 'generation';

interface GenerationTaskInput {
  generationId: string;
}

/** Runs a generation's pipeline as a durable background task. */
export class GenerationTaskHandler implements ITaskHandler {
  readonly kind = GENERATION_TASK;

  constructor(
    private readonly pipeline: RunGenerationPipeline,
    private readonly generations: IGenerationRepository,
    private readonly clock: IClock,
    private readonly events?: GenerationEventLog,
  ) {}

  async run(task: BackgroundTask, context: TaskContext): Promise<unknown> {
    const { generationId } = task.input as GenerationTaskInput;
    const generation = await this.generations.findById(task.userId, generationId);
    // A task handed out again after a crash finds its generation half-way: the pipeline's stages are not
    // resumable, so it ends cleanly and says so instead of staying "running" for ever.
    if (generation && generation.toPrimitives().status === 'running' && task.attempts > 1) {
      generation.fail(
        {
          code: 'GENERATION.INTERRUPTED',
          message: 'The generation was interrupted by a restart. Start it again.',
          details: { attempts: task.attempts },
        },
        this.clock.now(),
      );
      await this.generations.save(generation);
      const { stage, progress } = generation.toPrimitives();
      this.events?.publish(generationId, { status: 'failed', stage, progress });
      return { generationId, status: 'failed' };
    }
    const view = await this.pipeline.execute(generationId, task.userId, {
      signal: context.signal,
      reportProgress: async (stage, progress) => {
        this.events?.publish(generationId, { status: 'running', stage, progress });
        await context.reportProgress(stage, progress);
      },
    });
    if (view)
      this.events?.publish(generationId, { status: view.status, stage: view.stage, progress: view.progress });
    return { generationId, status: view?.status ?? 'missing' };
  }
}

/** `POST /generations`: stores the generation and, unless it is an idempotent replay, enqueues its run. */
export class SubmitGeneration {
  constructor(
    private readonly start: StartGeneration,
    private readonly queue: ITaskQueue,
  ) {}

  async execute(input: StartGenerationInput): Promise<StartGenerationOutput> {
    const output = await this.start.execute(input);
    if (output.created) {
      await this.queue.submit(GENERATION_TASK, input.userId, {
        generationId: output.generation.id,
      } satisfies GenerationTaskInput);
    }
    return output;
  }
}

/** `POST /generations/{id}/regenerate`: a new generation with `parentId`, enqueued like any other. */
export class SubmitRegeneration {
  constructor(
    private readonly regenerate: RegenerateGeneration,
    private readonly queue: ITaskQueue,
  ) {}

  async execute(input: RegenerateGenerationInput): Promise<GenerationView> {
    const generation = await this.regenerate.execute(input);
    await this.queue.submit(GENERATION_TASK, input.userId, {
      generationId: generation.id,
    } satisfies GenerationTaskInput);
    return generation;
  }
}

import {
  Enhancements,
  type Enhancement,
  type IClock,
  type IEnhancementRepository,
  type ITaskQueue,
} from '@tailor/domain';
import type { TaskSubject, TaskWork } from '../tasks/task-subject.js';
import { ENHANCEMENT_TASK, type EnhancementTaskResult } from './enhancement.js';
import { publishEnhancement, type EnhancementEventLog } from './enhancement-events.js';

const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);

/** The enhancement as the work of its task. */
export function workOf(enhancement: Enhancement): TaskWork {
  const result: EnhancementTaskResult | null =
    enhancement.status === 'succeeded' ? { enhancementId: enhancement.id, status: 'succeeded' } : null;
  return {
    status: enhancement.status,
    stage: enhancement.stage,
    progress: enhancement.progress,
    error: enhancement.error,
    result,
    // The enhancement keeps no start time; it finished when it last changed before being applied.
    startedAt: null,
    finishedAt: FINISHED.has(enhancement.status) ? enhancement.updatedAt : null,
    updatedAt: enhancement.updatedAt,
  };
}

/** The enhancement behind a `profile_enhancement` task: the task view reads and cancels the work through it. */
export class EnhancementTaskSubject implements TaskSubject {
  readonly kind = ENHANCEMENT_TASK;

  constructor(
    private readonly deps: {
      enhancements: IEnhancementRepository;
      queue: Pick<ITaskQueue, 'interrupt'>;
      clock: IClock;
      events: EnhancementEventLog;
    },
  ) {}

  get events(): EnhancementEventLog {
    return this.deps.events;
  }

  async work(userId: string, enhancementId: string): Promise<TaskWork | null> {
    const enhancement = await this.deps.enhancements.findById(userId, enhancementId);
    return enhancement ? workOf(enhancement) : null;
  }

  async cancel(userId: string, enhancementId: string): Promise<void> {
    const { enhancements, queue, clock, events } = this.deps;
    const enhancement = await enhancements.findById(userId, enhancementId);
    if (enhancement) {
      const ended = Enhancements.end(enhancement, 'cancelled', null, clock.now());
      if (ended !== enhancement) {
        await enhancements.save(ended);
        await publishEnhancement(events, ended);
      }
    }
    queue.interrupt(enhancementId);
  }
}

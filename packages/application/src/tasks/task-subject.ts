import type { TaskError, TaskStatus } from '@tailor/domain';
import type { EntityEventFeed } from '../events/entity-event-log.js';

/** Where the work a task delivers stands, as its entity (generation, enhancement) records it. */
export interface TaskWork {
  status: TaskStatus;
  stage: string | null;
  progress: number;
  error: TaskError | null;
  /** What the task view shows as its result once the work succeeded: a pointer to the entity, never a copy. */
  result: unknown;
  startedAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
}

/**
 * The entity behind one kind of task. The entity owns the lifecycle (status, stage, progress, error, cancel);
 * the task only delivers it, so the task routes read and cancel the work through this.
 */
export interface TaskSubject {
  readonly kind: string;
  /** The work of the user's task (the entity has the task's id); `null` when the entity is gone. */
  work(userId: string, entityId: string): Promise<TaskWork | null>;
  /**
   * Cancels the work: the entity ends `cancelled` (a finished one is left as it is) and its delivery is told,
   * so a running handler stops.
   */
  cancel(userId: string, entityId: string): Promise<void>;
  /** The entity's changes, for the task's event stream. */
  readonly events: EntityEventFeed;
}

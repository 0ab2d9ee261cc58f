import type { BackgroundTask, TaskError, TaskStatus } from '@tailor/domain';
import type { TaskWork } from './task-subject.js';

/**
 * A task as its owner sees it: the delivery (kind, attempts) with the state of the work it delivers, read from
 * the entity; no worker bookkeeping (lock, heartbeat); timestamps as ISO strings.
 */
export interface TaskView {
  id: string;
  kind: string;
  status: TaskStatus;
  stage: string | null;
  progress: number;
  attempts: number;
  error: TaskError | null;
  result: unknown;
  /** The work was cancelled and the handler that runs it has not let go yet. */
  cancelRequested: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toTaskView = (task: BackgroundTask, work: TaskWork): TaskView => ({
  id: task.id,
  kind: task.kind,
  status: work.status,
  stage: work.stage,
  progress: work.progress,
  // A delivery given up after its last attempt was leased once more to record that: not a run.
  attempts: Math.min(task.attempts, task.maxAttempts),
  error: work.error,
  result: work.result ?? null,
  cancelRequested: work.status === 'cancelled' && task.delivery === 'leased',
  createdAt: task.createdAt.toISOString(),
  startedAt: iso(work.startedAt),
  finishedAt: iso(work.finishedAt),
  updatedAt: work.updatedAt.toISOString(),
});

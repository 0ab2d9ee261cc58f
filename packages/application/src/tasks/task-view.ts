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

/** The work as the task row itself records it: for kinds without an entity (test handlers). */
const workOfRow = (task: BackgroundTask): TaskWork => ({
  status: task.status,
  stage: task.stage,
  progress: task.progress,
  error: task.error,
  result: task.result ?? null,
  startedAt: task.startedAt,
  finishedAt: task.finishedAt,
  updatedAt: task.updatedAt,
});

export const toTaskView = (task: BackgroundTask, work: TaskWork = workOfRow(task)): TaskView => ({
  id: task.id,
  kind: task.kind,
  status: work.status,
  stage: work.stage,
  progress: work.progress,
  attempts: task.attempts,
  error: work.error,
  result: work.result ?? null,
  cancelRequested: task.cancelRequested || (work.status === 'cancelled' && task.status === 'running'),
  createdAt: task.createdAt.toISOString(),
  startedAt: iso(work.startedAt),
  finishedAt: iso(work.finishedAt),
  updatedAt: work.updatedAt.toISOString(),
});

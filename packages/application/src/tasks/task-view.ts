import type { BackgroundTask, TaskError, TaskStatus } from '@tailor/domain';

/** A task as its owner sees it: no worker bookkeeping (lock, heartbeat), timestamps as ISO strings. */
export interface TaskView {
  id: string;
  kind: string;
  status: TaskStatus;
  stage: string | null;
  progress: number;
  attempts: number;
  error: TaskError | null;
  result: unknown;
  cancelRequested: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toTaskView = (task: BackgroundTask): TaskView => ({
  id: task.id,
  kind: task.kind,
  status: task.status,
  stage: task.stage,
  progress: task.progress,
  attempts: task.attempts,
  error: task.error,
  result: task.result ?? null,
  cancelRequested: task.cancelRequested,
  createdAt: task.createdAt.toISOString(),
  startedAt: iso(task.startedAt),
  finishedAt: iso(task.finishedAt),
  updatedAt: task.updatedAt.toISOString(),
});

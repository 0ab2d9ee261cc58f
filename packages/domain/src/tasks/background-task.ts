export const TASK_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Terminal states: a task in one of these never changes again. */
export const isFinishedStatus = (status: TaskStatus): boolean =>
  status === 'succeeded' || status === 'failed' || status === 'cancelled';

/** Why a task failed, in the same `{code, message}` form as every other error. */
export interface TaskError {
  code: string;
  message: string;
}

/**
 * One unit of background work as stored. The row is the source of truth for status and progress, whatever
 * delivers it to a worker (every instance polls the table).
 */
export interface BackgroundTask {
  id: string;
  userId: string;
  kind: string;
  status: TaskStatus;
  /** What the handler is doing now ("parsing", "rewriting bullets"), for progress displays. */
  stage: string | null;
  /** 0–100. */
  progress: number;
  /** How many times a worker has claimed it (a crash-recovered task is claimed again). */
  attempts: number;
  maxAttempts: number;
  error: TaskError | null;
  input: unknown;
  result: unknown;
  cancelRequested: boolean;
  /** The worker that holds it while running. */
  lockedBy: string | null;
  heartbeatAt: Date | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
}

/** A change a subscriber hears about (progress, stage or status). */
export interface TaskEvent {
  taskId: string;
  status: TaskStatus;
  stage: string | null;
  progress: number;
  /** Claims so far: which run this change belongs to. */
  attempts: number;
  error: TaskError | null;
}

export const toTaskEvent = (task: BackgroundTask): TaskEvent => ({
  taskId: task.id,
  status: task.status,
  stage: task.stage,
  progress: task.progress,
  attempts: task.attempts,
  error: task.error,
});

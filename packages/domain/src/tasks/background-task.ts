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

/**
 * Where a change sits in the task's life, without clocks: queued before its n-th run (attempts n-1 → 2n-2),
 * running its n-th run (attempts n → 2n-1), finished (last). Each real transition moves it forward.
 */
const phaseOf = (event: Pick<TaskEvent, 'status' | 'attempts'>): number => {
  if (isFinishedStatus(event.status)) return Number.POSITIVE_INFINITY;
  return event.status === 'running' ? 2 * event.attempts - 1 : 2 * event.attempts;
};

/**
 * Whether `next` is news after `last`. Changes made on several instances reach a follower through different
 * paths (the stored row, the event relay), so one written before the state a follower already shows can
 * arrive after it; such a change, or a repeat, is not news. Within one run progress only goes up.
 * (A task handed back at shutdown restarts its run without counting it: its followers elsewhere see the new run
 * once its progress passes the old one's.)
 */
export function isNewerTaskEvent(
  last: Pick<TaskEvent, 'status' | 'attempts' | 'progress' | 'stage'>,
  next: Pick<TaskEvent, 'status' | 'attempts' | 'progress' | 'stage'>,
): boolean {
  const [before, after] = [phaseOf(last), phaseOf(next)];
  if (after !== before) return after > before;
  if (isFinishedStatus(next.status)) return false;
  // A new stage at the same percentage is news too (handlers may name a step before it moves the bar).
  return next.progress > last.progress || (next.progress === last.progress && next.stage !== last.stage);
}

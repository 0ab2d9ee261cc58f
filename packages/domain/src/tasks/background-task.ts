/**
 * The states of the work a task delivers, as its entity (Generation, Enhancement) records them. The task itself
 * has none of these: they are what its view shows of the entity.
 */
export const TASK_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Why work failed, in the same `{code, message}` form as every other error. */
export interface TaskError {
  code: string;
  message: string;
}

/**
 * Delivery bookkeeping: `pending` until a worker leases the task, `leased` while one holds it (heartbeat),
 * `delivered` once a handler is done with it (however the work ended: that is the entity's business).
 */
export const DELIVERY_STATES = ['pending', 'leased', 'delivered'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * A delivery record: which entity (`subjectId`, of `kind`) must be handed to a worker, for whom (the owner: the
 * per-owner fairness cap and account deletion), how often it was tried, and who holds it now. The entity owns
 * its status, stage, progress, result, error and cancellation.
 */
export interface BackgroundTask {
  id: string;
  userId: string;
  kind: string;
  /** The entity the handler works on (a generation's or an enhancement's id). */
  subjectId: string;
  delivery: DeliveryState;
  /** How many times a worker has leased it (a crash-recovered task is leased again). */
  attempts: number;
  maxAttempts: number;
  /** The worker holding the lease, and when it last showed it is alive. */
  leasedBy: string | null;
  heartbeatAt: Date | null;
  createdAt: Date;
}

import { TaskErrors, type BackgroundTask, type ITaskRepository, type TaskOutcome } from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

const byAge = (a: BackgroundTask, b: BackgroundTask) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

/** The fake task store: the same contract as the SQL one, with JS doing what a statement does atomically. */
export class InMemoryTaskRepository implements ITaskRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<BackgroundTask>('background_tasks');
  }

  private out(task: BackgroundTask | undefined): BackgroundTask | null {
    return task ? structuredClone(task) : null;
  }

  private held(id: string, workerId: string): BackgroundTask | undefined {
    const task = this.rows.get(id);
    return task && task.status === 'running' && task.lockedBy === workerId ? task : undefined;
  }

  async add(task: BackgroundTask): Promise<void> {
    this.rows.set(task.id, structuredClone(task));
  }

  async findById(userId: string, id: string): Promise<BackgroundTask | null> {
    const task = this.rows.get(id);
    return this.out(task?.userId === userId ? task : undefined);
  }

  async get(id: string): Promise<BackgroundTask | null> {
    return this.out(this.rows.get(id));
  }

  async claim(input: { workerId: string; now: Date; maxPerUser: number; id?: string }) {
    const all = [...this.rows.values()];
    const running = (userId: string) =>
      all.filter((task) => task.userId === userId && task.status === 'running').length;
    const task = all
      .filter((t) => t.status === 'queued' && (input.id === undefined || t.id === input.id))
      .sort(byAge)
      .find((t) => running(t.userId) < input.maxPerUser);
    if (!task) return null;
    Object.assign(task, {
      status: 'running',
      lockedBy: input.workerId,
      heartbeatAt: input.now,
      startedAt: input.now,
      attempts: task.attempts + 1,
      updatedAt: input.now,
    });
    return this.out(task);
  }

  async heartbeat(id: string, workerId: string, now: Date) {
    const task = this.held(id, workerId);
    if (!task) return null;
    task.heartbeatAt = now;
    return { cancelRequested: task.cancelRequested };
  }

  async reportProgress(
    id: string,
    workerId: string,
    progress: { stage: string; progress: number },
    now: Date,
  ) {
    const task = this.held(id, workerId);
    if (!task) return null;
    Object.assign(task, { ...progress, heartbeatAt: now, updatedAt: now });
    return this.out(task);
  }

  async finish(id: string, workerId: string, outcome: TaskOutcome, now: Date) {
    const task = this.held(id, workerId);
    if (!task) return null;
    Object.assign(task, {
      status: outcome.status,
      result: outcome.status === 'succeeded' ? outcome.result : null,
      error: outcome.status === 'failed' ? outcome.error : null,
      progress: outcome.status === 'succeeded' ? 100 : task.progress,
      lockedBy: null,
      finishedAt: now,
      updatedAt: now,
    });
    return this.out(task);
  }

  async release(id: string, workerId: string, now: Date) {
    const task = this.held(id, workerId);
    if (!task) return null;
    Object.assign(task, {
      status: 'queued',
      lockedBy: null,
      heartbeatAt: null,
      startedAt: null,
      attempts: Math.max(task.attempts - 1, 0),
      updatedAt: now,
    });
    return this.out(task);
  }

  async requestCancel(userId: string, id: string, now: Date) {
    const task = this.rows.get(id);
    if (!task || task.userId !== userId) return null;
    if (task.status === 'queued')
      Object.assign(task, { status: 'cancelled', finishedAt: now, updatedAt: now });
    else if (task.status === 'running') Object.assign(task, { cancelRequested: true, updatedAt: now });
    return this.out(task);
  }

  async recoverStale(staleBefore: Date, now: Date) {
    const requeued: string[] = [];
    const failed: string[] = [];
    for (const task of this.rows.values()) {
      if (task.status !== 'running' || (task.heartbeatAt && task.heartbeatAt >= staleBefore)) continue;
      const base = { lockedBy: null, heartbeatAt: null, updatedAt: now };
      if (task.cancelRequested) {
        Object.assign(task, base, { status: 'cancelled', finishedAt: now });
        failed.push(task.id);
      } else if (task.attempts < task.maxAttempts) {
        Object.assign(task, base, { status: 'queued', startedAt: null });
        requeued.push(task.id);
      } else {
        Object.assign(task, base, { status: 'failed', error: TaskErrors.interrupted(), finishedAt: now });
        failed.push(task.id);
      }
    }
    return { requeued: requeued.sort(), failed: failed.sort() };
  }

  async listQueuedIds(limit: number): Promise<string[]> {
    return [...this.rows.values()]
      .filter((task) => task.status === 'queued')
      .sort(byAge)
      .slice(0, limit)
      .map((task) => task.id);
  }

  async listAllByUser(userId: string): Promise<BackgroundTask[]> {
    return [...this.rows.values()]
      .filter((task) => task.userId === userId)
      .sort(byAge)
      .map((task) => structuredClone(task));
  }

  async deleteAllByUser(userId: string): Promise<void> {
    for (const [id, task] of this.rows) if (task.userId === userId) this.rows.delete(id);
  }
}

import type { BackgroundTask, ITaskRepository } from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

const byAge = (a: BackgroundTask, b: BackgroundTask) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

/** The fake delivery store: the same contract as the SQL one, with JS doing what a statement does atomically. */
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
    return task && task.delivery === 'leased' && task.leasedBy === workerId ? task : undefined;
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
    const leased = (userId: string) =>
      all.filter((task) => task.userId === userId && task.delivery === 'leased').length;
    const task = all
      .filter((t) => t.delivery === 'pending' && (input.id === undefined || t.id === input.id))
      .sort(byAge)
      .find((t) => leased(t.userId) < input.maxPerUser);
    if (!task) return null;
    Object.assign(task, {
      delivery: 'leased',
      leasedBy: input.workerId,
      heartbeatAt: input.now,
      attempts: task.attempts + 1,
    });
    return this.out(task);
  }

  async heartbeat(id: string, workerId: string, now: Date) {
    const task = this.held(id, workerId);
    if (task) task.heartbeatAt = now;
    return task !== undefined;
  }

  async finish(id: string, workerId: string) {
    const task = this.held(id, workerId);
    if (task) Object.assign(task, { delivery: 'delivered', leasedBy: null, heartbeatAt: null });
    return task !== undefined;
  }

  async release(id: string, workerId: string) {
    const task = this.held(id, workerId);
    if (task)
      Object.assign(task, {
        delivery: 'pending',
        leasedBy: null,
        heartbeatAt: null,
        attempts: Math.max(task.attempts - 1, 0),
      });
    return task !== undefined;
  }

  async recoverStale(staleBefore: Date) {
    const requeued: string[] = [];
    for (const task of this.rows.values()) {
      if (task.delivery !== 'leased' || (task.heartbeatAt && task.heartbeatAt >= staleBefore)) continue;
      Object.assign(task, { delivery: 'pending', leasedBy: null, heartbeatAt: null });
      requeued.push(task.id);
    }
    return requeued.sort();
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

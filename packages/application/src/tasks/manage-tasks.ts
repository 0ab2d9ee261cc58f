import { isNewerTaskEvent, TaskErrors, toTaskEvent, type ITaskQueue, type TaskEvent } from '@tailor/domain';
import { toTaskView, type TaskView } from './task-view.js';

/** The caller's task. Raises `TASK.NOT_FOUND` for a missing task or another user's. */
export class GetTask {
  constructor(private readonly queue: ITaskQueue) {}

  async execute(input: { userId: string; taskId: string }): Promise<TaskView> {
    const task = await this.queue.get(input.userId, input.taskId);
    if (!task) throw TaskErrors.notFound();
    return toTaskView(task);
  }
}

/** Cancels the caller's task (queued: at once; running: asked to stop). Raises `TASK.NOT_FOUND`. */
export class CancelTask {
  constructor(private readonly queue: ITaskQueue) {}

  async execute(input: { userId: string; taskId: string }): Promise<TaskView> {
    const task = await this.queue.cancel(input.userId, input.taskId);
    if (!task) throw TaskErrors.notFound();
    return toTaskView(task);
  }
}

/**
 * Follows the caller's task: the current state first, then every change until it finishes, in order. Raises
 * `TASK.NOT_FOUND`. The returned `close` must be called when the follower goes away; `refresh` re-reads the
 * stored task (for followers that check now and then).
 */
export class FollowTask {
  constructor(private readonly queue: ITaskQueue) {}

  async execute(input: {
    userId: string;
    taskId: string;
    onEvent: (event: TaskEvent) => void;
  }): Promise<{ current: TaskView; close: () => void; refresh: () => Promise<void> }> {
    // Ownership first (another user's task must not leak a single event), then subscribe, then read the
    // state again so that no change falls between the read and the subscription. Changes heard before the
    // read are held until it is done; from then on only news is passed on (a change published on another
    // instance before the read may arrive after it).
    if (!(await this.queue.get(input.userId, input.taskId))) throw TaskErrors.notFound();
    const early: TaskEvent[] = [];
    let last: TaskEvent | null = null;
    const pass = (event: TaskEvent) => {
      if (last && !isNewerTaskEvent(last, event)) return;
      last = event;
      input.onEvent(event);
    };
    const close = this.queue.subscribe(input.taskId, (event) => (last ? pass(event) : early.push(event)));
    const task = await this.queue.get(input.userId, input.taskId);
    if (!task) {
      close();
      throw TaskErrors.notFound();
    }
    last = toTaskEvent(task);
    for (const event of early) pass(event);
    // Reads the stored row and passes it on if it is news: a safety net for a change the relay lost.
    const refresh = async () => {
      const stored = await this.queue.get(input.userId, input.taskId);
      if (stored) pass(toTaskEvent(stored));
    };
    return { current: toTaskView(task), close, refresh };
  }
}

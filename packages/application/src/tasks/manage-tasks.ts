import { TaskErrors, type ITaskQueue, type TaskEvent } from '@tailor/domain';
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
 * Follows the caller's task: the current state first, then every change until it finishes. Raises
 * `TASK.NOT_FOUND`. The returned `close` must be called when the follower goes away.
 */
export class FollowTask {
  constructor(private readonly queue: ITaskQueue) {}

  async execute(input: {
    userId: string;
    taskId: string;
    onEvent: (event: TaskEvent) => void;
  }): Promise<{ current: TaskView; close: () => void }> {
    // Ownership first (another user's task must not leak a single event), then subscribe, then read the
    // state again so that no change falls between the read and the subscription.
    if (!(await this.queue.get(input.userId, input.taskId))) throw TaskErrors.notFound();
    const close = this.queue.subscribe(input.taskId, input.onEvent);
    const task = await this.queue.get(input.userId, input.taskId);
    if (!task) {
      close();
      throw TaskErrors.notFound();
    }
    return { current: toTaskView(task), close };
  }
}

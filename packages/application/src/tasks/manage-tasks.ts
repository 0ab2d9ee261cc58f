import { TaskErrors, type ITaskQueue, type TaskEvent } from '@tailor/domain';
import type { EntityEventFeed } from '../events/entity-event-log.js';
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

/** A task's changes as its event stream reads them (the stream reads the task itself first, as its owner). */
export class TaskEvents implements EntityEventFeed<Omit<TaskEvent, 'taskId'>> {
  constructor(private readonly queue: Pick<ITaskQueue, 'subscribe'>) {}

  /** Past changes are not kept: the stream starts from the stored task. */
  history(): Omit<TaskEvent, 'taskId'>[] {
    return [];
  }

  subscribe(taskId: string, listener: (event: Omit<TaskEvent, 'taskId'>) => void): () => void {
    return this.queue.subscribe(taskId, ({ taskId: _id, ...event }) => listener(event));
  }
}

import { TaskErrors, type BackgroundTask, type ITaskQueue, type TaskEvent } from '@tailor/domain';
import type { EntityEventFeed, EntityProgressEvent } from '../events/entity-event-log.js';
import type { TaskSubject } from './task-subject.js';
import { toTaskView, type TaskView } from './task-view.js';

/** The entities behind the task kinds, by kind. */
export class TaskSubjects {
  private readonly byKind: Map<string, TaskSubject>;

  constructor(subjects: readonly TaskSubject[]) {
    this.byKind = new Map(subjects.map((subject) => [subject.kind, subject]));
  }

  of(kind: string): TaskSubject | null {
    return this.byKind.get(kind) ?? null;
  }
}

/** The task with the state of its work, read from the entity it delivers (or its own row, for kinds without one). */
async function viewOf(subjects: TaskSubjects, task: BackgroundTask): Promise<TaskView> {
  const work = await subjects.of(task.kind)?.work(task.userId, task.id);
  return toTaskView(task, work ?? undefined);
}

/** The caller's task. Raises `TASK.NOT_FOUND` for a missing task or another user's. */
export class GetTask {
  constructor(
    private readonly queue: ITaskQueue,
    private readonly subjects: TaskSubjects,
  ) {}

  async execute(input: { userId: string; taskId: string }): Promise<TaskView> {
    const task = await this.queue.get(input.userId, input.taskId);
    if (!task) throw TaskErrors.notFound();
    return viewOf(this.subjects, task);
  }
}

/**
 * Cancels the caller's task by cancelling the work it delivers (the generation or enhancement ends `cancelled`;
 * a running handler is stopped). A finished one is left as it is. Raises `TASK.NOT_FOUND`.
 */
export class CancelTask {
  constructor(
    private readonly queue: ITaskQueue,
    private readonly subjects: TaskSubjects,
  ) {}

  async execute(input: { userId: string; taskId: string }): Promise<TaskView> {
    const task = await this.queue.get(input.userId, input.taskId);
    if (!task) throw TaskErrors.notFound();
    const subject = this.subjects.of(task.kind);
    if (subject) await subject.cancel(input.userId, input.taskId);
    const cancelled = await this.queue.cancel(input.userId, input.taskId);
    if (!cancelled) throw TaskErrors.notFound();
    return viewOf(this.subjects, cancelled);
  }
}

/** A task's changes as its event stream reads them: those of the entity it delivers. */
export class TaskEvents {
  constructor(
    private readonly queue: Pick<ITaskQueue, 'subscribe'>,
    private readonly subjects: TaskSubjects,
  ) {}

  /** The feed of a task of this kind. */
  of(kind: string): EntityEventFeed<EntityProgressEvent> {
    return this.subjects.of(kind)?.events ?? new TaskRowEvents(this.queue);
  }
}

/** The changes of a task's own row, for kinds without an entity: past ones are not kept. */
class TaskRowEvents implements EntityEventFeed<Omit<TaskEvent, 'taskId'>> {
  constructor(private readonly queue: Pick<ITaskQueue, 'subscribe'>) {}

  history(): Omit<TaskEvent, 'taskId'>[] {
    return [];
  }

  subscribe(taskId: string, listener: (event: Omit<TaskEvent, 'taskId'>) => void): () => void {
    return this.queue.subscribe(taskId, ({ taskId: _id, ...event }) => listener(event));
  }
}

import { TaskErrors, type BackgroundTask, type ITaskQueue } from '@tailor/domain';
import type { EntityEventFeed } from '../events/entity-event-log.js';
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

/** The user's task and the subject of its kind. Raises `TASK.NOT_FOUND`. */
async function load(queue: ITaskQueue, subjects: TaskSubjects, input: { userId: string; taskId: string }) {
  const task = await queue.get(input.userId, input.taskId);
  const subject = task && subjects.of(task.kind);
  if (!task || !subject) throw TaskErrors.notFound();
  return { task, subject };
}

/**
 * The delivery with the state of the work it delivers, read from its entity. A task whose entity is gone
 * (a deleted generation) has no work left to show: `TASK.NOT_FOUND`.
 */
async function viewOf(subject: TaskSubject, task: BackgroundTask): Promise<TaskView> {
  const work = await subject.work(task.userId, task.subjectId);
  if (!work) throw TaskErrors.notFound();
  return toTaskView(task, work);
}

/** The caller's task. Raises `TASK.NOT_FOUND` for a missing task or another user's. */
export class GetTask {
  constructor(
    private readonly queue: ITaskQueue,
    private readonly subjects: TaskSubjects,
  ) {}

  async execute(input: { userId: string; taskId: string }): Promise<TaskView> {
    const { task, subject } = await load(this.queue, this.subjects, input);
    return viewOf(subject, task);
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
    const { task, subject } = await load(this.queue, this.subjects, input);
    await subject.cancel(input.userId, task.subjectId);
    return viewOf(subject, (await this.queue.get(input.userId, task.id)) ?? task);
  }
}

/** A task's changes as its event stream reads them: those of the entity it delivers. */
export class TaskEvents {
  constructor(private readonly subjects: TaskSubjects) {}

  /** The feed of a task of this kind. */
  of(kind: string): EntityEventFeed {
    const subject = this.subjects.of(kind);
    if (!subject) throw TaskErrors.notFound();
    return subject.events;
  }
}

import { CancelTask, GetTask, TaskEvents, TaskSubjects, type TaskSubject } from '@tailor/application';
import type { ITaskQueue } from '@tailor/domain';

/** The task routes: a view of the delivery with the state of the entity it delivers (`subjects`). */
export function buildTaskUseCases(queue: ITaskQueue, subjects: readonly TaskSubject[]) {
  const byKind = new TaskSubjects(subjects);
  return {
    getTask: new GetTask(queue, byKind),
    cancelTask: new CancelTask(queue, byKind),
    taskEvents: new TaskEvents(byKind),
  };
}

export type TaskUseCases = ReturnType<typeof buildTaskUseCases>;

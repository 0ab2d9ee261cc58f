import { CancelTask, GetTask, TaskEvents, TaskSubjects, type TaskSubject } from '@tailor/application';
import type { Adapters } from './tokens.js';

/** The task routes: a view of each delivery with the state of the entity it delivers (`subjects`, by kind). */
export function buildTaskUseCases(
  { taskQueue }: Pick<Adapters, 'taskQueue'>,
  subjects: readonly TaskSubject[],
) {
  const byKind = new TaskSubjects(subjects);
  return {
    getTask: new GetTask(taskQueue, byKind),
    cancelTask: new CancelTask(taskQueue, byKind),
    taskEvents: new TaskEvents(byKind),
  };
}

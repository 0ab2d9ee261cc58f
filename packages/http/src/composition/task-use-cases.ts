import { CancelTask, GetTask, TaskEvents } from '@tailor/application';
import type { ITaskQueue } from '@tailor/domain';

export function buildTaskUseCases(queue: ITaskQueue) {
  return {
    getTask: new GetTask(queue),
    cancelTask: new CancelTask(queue),
    taskEvents: new TaskEvents(queue),
  };
}

export type TaskUseCases = ReturnType<typeof buildTaskUseCases>;

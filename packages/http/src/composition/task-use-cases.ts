import { CancelTask, FollowTask, GetTask } from '@tailor/application';
import type { ITaskQueue } from '@tailor/domain';

export function buildTaskUseCases(queue: ITaskQueue) {
  return {
    getTask: new GetTask(queue),
    cancelTask: new CancelTask(queue),
    followTask: new FollowTask(queue),
  };
}

export type TaskUseCases = ReturnType<typeof buildTaskUseCases>;

import { CancelTask, FollowTask, GetTask } from '@tailor/application';
import type { Adapters } from './tokens.js';

export function buildTaskUseCases({ taskQueue }: Pick<Adapters, 'taskQueue'>) {
  return {
    getTask: new GetTask(taskQueue),
    cancelTask: new CancelTask(taskQueue),
    followTask: new FollowTask(taskQueue),
  };
}

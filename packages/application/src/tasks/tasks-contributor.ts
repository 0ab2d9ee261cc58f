import type { IAccountDataContributor, ITaskRepository } from '@tailor/domain';
import { toTaskView } from './task-view.js';

/** Background tasks (with their inputs and results) in account export and deletion. */
export class TasksContributor implements IAccountDataContributor {
  readonly section = 'tasks';

  constructor(private readonly tasks: ITaskRepository) {}

  async export(userId: string) {
    const tasks = await this.tasks.listAllByUser(userId);
    return tasks.map((task) => ({ ...toTaskView(task), input: task.input }));
  }

  async deleteRows(userId: string): Promise<void> {
    await this.tasks.deleteAllByUser(userId);
  }
}

import type { IAccountDataContributor, ITaskRepository } from '@tailor/domain';

/**
 * Background tasks in account export and deletion: the delivery records (what was delivered, how often it was
 * tried). The work itself is exported with its entity (generations, enhancements).
 */
export class TasksContributor implements IAccountDataContributor {
  readonly section = 'tasks';

  constructor(private readonly tasks: ITaskRepository) {}

  async export(userId: string) {
    const tasks = await this.tasks.listAllByUser(userId);
    return tasks.map((task) => ({
      id: task.id,
      kind: task.kind,
      subjectId: task.subjectId,
      delivery: task.delivery,
      attempts: task.attempts,
      maxAttempts: task.maxAttempts,
      createdAt: task.createdAt.toISOString(),
    }));
  }

  async deleteRows(userId: string): Promise<void> {
    await this.tasks.deleteAllByUser(userId);
  }
}

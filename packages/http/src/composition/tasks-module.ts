import { TasksContributor } from '@tailor/application';
import { DurableTaskQueue, PgBossTaskSource } from '@tailor/infrastructure';
import { provide, resolve, type DependencyContainer } from './container.js';
import { buildTaskUseCases } from './task-use-cases.js';
import { TOKENS } from './tokens.js';

/** The durable background runner, its handlers (registered by features), and the task use cases. */
export function registerTasks(container: DependencyContainer): void {
  provide(container, TOKENS.taskQueue, (c) => {
    const config = resolve(c, TOKENS.config);
    const tasks = resolve(c, TOKENS.repositories).tasks;
    let queue: DurableTaskQueue | undefined = undefined;
    // QUEUE=pg-boss is only accepted with a PostgreSQL DATABASE_URL (checked with the environment).
    const source =
      config.tasks.queue === 'pg-boss'
        ? new PgBossTaskSource(config.databaseUrl, tasks, (error) => queue?.reportError(error, 'pg-boss'))
        : undefined;
    queue = new DurableTaskQueue(
      tasks,
      resolve(c, TOKENS.taskHandlers),
      resolve(c, TOKENS.clock),
      resolve(c, TOKENS.ids),
      {
        concurrency: config.tasks.concurrency,
        maxPerUser: config.tasks.maxPerUser,
        ...(source ? { source } : {}),
      },
    );
    return queue;
  });
  provide(container, TOKENS.taskUseCases, (c) => buildTaskUseCases(resolve(c, TOKENS.taskQueue)));
  provide(
    container,
    TOKENS.tasksContributor,
    (c) => new TasksContributor(resolve(c, TOKENS.repositories).tasks),
  );
}

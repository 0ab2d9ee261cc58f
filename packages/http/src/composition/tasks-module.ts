import { EnhancementTaskSubject, GenerationTaskSubject, TasksContributor } from '@tailor/application';
import { DurableTaskQueue, openEventRelay } from '@tailor/infrastructure';
import { provide, resolve, type DependencyContainer } from './container.js';
import { buildTaskUseCases } from './task-use-cases.js';
import { TOKENS } from './tokens.js';

/** The durable background runner, its handlers (registered by features), and the task use cases. */
export function registerTasks(container: DependencyContainer): void {
  provide(container, TOKENS.eventRelay, (c) => openEventRelay(resolve(c, TOKENS.config).databaseUrl));
  provide(container, TOKENS.taskQueue, (c) => {
    const config = resolve(c, TOKENS.config);
    const tasks = resolve(c, TOKENS.repositories).tasks;
    // One delivery mechanism on every database: instances poll the tasks table, and the claim (SKIP LOCKED
    // and a per-owner lock on PostgreSQL) decides which instance runs a task.
    return new DurableTaskQueue(
      tasks,
      resolve(c, TOKENS.taskHandlers),
      resolve(c, TOKENS.clock),
      resolve(c, TOKENS.ids),
      {
        concurrency: config.tasks.concurrency,
        maxPerUser: config.tasks.maxPerUser,
      },
    );
  });
  provide(container, TOKENS.taskUseCases, (c) => {
    const repos = resolve(c, TOKENS.repositories);
    const queue = resolve(c, TOKENS.taskQueue);
    return buildTaskUseCases(queue, [
      new GenerationTaskSubject(
        repos.generations,
        resolve(c, TOKENS.generationUseCases).cancelGeneration,
        resolve(c, TOKENS.generationEvents),
      ),
      new EnhancementTaskSubject({
        enhancements: repos.enhancements,
        queue,
        clock: resolve(c, TOKENS.clock),
        events: resolve(c, TOKENS.enhancementEvents),
      }),
    ]);
  });
  provide(
    container,
    TOKENS.tasksContributor,
    (c) => new TasksContributor(resolve(c, TOKENS.repositories).tasks),
  );
}

import { CheckReadiness, StorageProbe } from '@tailor/application';
import { DatabaseProbe, QueueProbe, RedisProbe } from '@tailor/infrastructure';
import type { Adapters } from './tokens.js';

/** Readiness: each dependency the app cannot serve without, probed by a view of its adapter. */
export function buildSystemUseCases({
  database,
  storage,
  ids,
  taskQueue,
  redis,
  clock,
}: Pick<Adapters, 'database' | 'storage' | 'ids' | 'taskQueue' | 'redis' | 'clock'>) {
  return {
    checkReadiness: new CheckReadiness(
      [
        new DatabaseProbe(database),
        new StorageProbe(storage, ids),
        new QueueProbe(taskQueue),
        ...(redis ? [new RedisProbe(redis)] : []),
      ],
      clock,
    ),
  };
}

import type { Repositories } from '@tailor/domain';
import { InMemoryStore, InMemoryUnitOfWork } from './in-memory-store.js';
import { InMemoryLlmUsageRepository } from './in-memory-llm-usage-repository.js';
import { InMemoryUserRepository } from './in-memory-user-repository.js';

export * from './fixed-clock.js';
export * from './in-memory-store.js';
export * from './in-memory-llm-usage-repository.js';
export * from './in-memory-user-repository.js';

/** A fresh, empty set of in-memory repositories sharing one store (so the unit of work covers them all). */
export function createInMemoryRepositories(): Repositories {
  const store = new InMemoryStore();
  return {
    unitOfWork: new InMemoryUnitOfWork(store),
    users: new InMemoryUserRepository(store),
    llmUsage: new InMemoryLlmUsageRepository(store),
  };
}
export * from './user-mother.js';

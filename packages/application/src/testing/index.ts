import type { Repositories } from '@tailor/domain';
import { InMemoryStore, InMemoryUnitOfWork } from './in-memory-store.js';
import { InMemoryLoginFailureRepository, InMemorySessionRepository } from './in-memory-auth-repositories.js';
import { InMemoryJobRepository } from './in-memory-job-repository.js';
import { InMemoryJobSourceRepository } from './in-memory-job-source-repository.js';
import { InMemoryProfileRepository } from './in-memory-profile-repository.js';
import { InMemoryLlmUsageRepository } from './in-memory-llm-usage-repository.js';
import { InMemoryUserRepository } from './in-memory-user-repository.js';
import { InMemoryGenerationRepository } from './in-memory-generation-repository.js';
import { InMemoryDocumentRepository } from './in-memory-document-repository.js';
import { InMemoryTaskRepository } from './in-memory-task-repository.js';
import { InMemorySampleRepository } from './in-memory-sample-repository.js';
import { InMemoryEnhancementRepository } from './in-memory-enhancement-repository.js';
import { InMemoryApiKeyRepository } from './in-memory-api-key-repository.js';
import { InMemoryCalendarFeedRepository } from './in-memory-calendar-feed-repository.js';

export * from './fake-auth-adapters.js';
export * from './fixed-clock.js';
export * from './in-memory-auth-repositories.js';
export * from './in-memory-job-repository.js';
export * from './in-memory-job-source-repository.js';
export * from './in-memory-store.js';
export * from './in-memory-profile-repository.js';
export * from './in-memory-llm-usage-repository.js';
export * from './in-memory-user-repository.js';
export * from './in-memory-task-repository.js';
export * from './in-memory-sample-repository.js';
export * from './in-memory-enhancement-repository.js';
export * from './in-memory-api-key-repository.js';
export * from './in-memory-calendar-feed-repository.js';
export * from './profile-mother.js';
export * from './in-memory-generation-repository.js';
export * from './in-memory-document-repository.js';
export * from './fake-llm-services.js';

/** A fresh, empty set of in-memory repositories sharing one store (so the unit of work covers them all). */
export function createInMemoryRepositories(): Repositories {
  const store = new InMemoryStore();
  return {
    unitOfWork: new InMemoryUnitOfWork(store),
    users: new InMemoryUserRepository(store),
    sessions: new InMemorySessionRepository(store),
    loginFailures: new InMemoryLoginFailureRepository(store),
    jobs: new InMemoryJobRepository(store),
    jobSources: new InMemoryJobSourceRepository(store),
    profiles: new InMemoryProfileRepository(store),
    llmUsage: new InMemoryLlmUsageRepository(store),
    generations: new InMemoryGenerationRepository(store),
    documents: new InMemoryDocumentRepository(store),
    tasks: new InMemoryTaskRepository(store),
    samples: new InMemorySampleRepository(store),
    enhancements: new InMemoryEnhancementRepository(store),
    apiKeys: new InMemoryApiKeyRepository(store),
    calendarFeeds: new InMemoryCalendarFeedRepository(store),
  };
}
export * from './user-mother.js';
export * from './job-mother.js';

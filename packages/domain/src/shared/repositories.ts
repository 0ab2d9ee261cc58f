import type { ILoginFailureRepository, ISessionRepository } from '../auth/auth-ports.js';
import type { IJobRepository } from '../jobs/job-repository.js';
import type { IProfileRepository } from '../profiles/profile-repository.js';
import type { ILlmUsageRepository } from '../llm/llm-usage.js';
import type { IUserRepository } from '../users/user-repository.js';
import type { ITaskRepository } from '../tasks/task-repository.js';
import type { ISampleRepository } from '../samples/writing-sample.js';
import type { IUnitOfWork } from './ports.js';
import type { IApiKeyRepository } from '../api-keys/api-key.js';
import type { ICalendarFeedRepository } from '../calendar/calendar-feed.js';
import type { IJobSourceRepository } from '../jobs/job-source.js';
import type { IGenerationRepository } from '../generations/generation-repository.js';
import type { IDocumentRepository } from '../documents/document-repository.js';
import type { IEnhancementRepository } from '../enhancements/enhancement.js';

/**
 * Every persistence port, as one bundle built per store (in-memory, SQLite, PostgreSQL). Each feature adds its
 * repository here, and the shared contract suites run against every bundle.
 */
export interface Repositories {
  unitOfWork: IUnitOfWork;
  users: IUserRepository;
  sessions: ISessionRepository;
  loginFailures: ILoginFailureRepository;
  jobs: IJobRepository;
  jobSources: IJobSourceRepository;
  profiles: IProfileRepository;
  llmUsage: ILlmUsageRepository;
  generations: IGenerationRepository;
  documents: IDocumentRepository;
  tasks: ITaskRepository;
  samples: ISampleRepository;
  enhancements: IEnhancementRepository;
  apiKeys: IApiKeyRepository;
  calendarFeeds: ICalendarFeedRepository;
}

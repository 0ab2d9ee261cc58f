import { buildAccountUseCases } from './account-use-cases.js';
import { buildApiKeyUseCases } from './api-key-use-cases.js';
import { buildCalendarUseCases } from './calendar-use-cases.js';
import { buildEnhancementUseCases } from './enhancement-use-cases.js';
import { buildGenerationUseCases } from './generation-use-cases.js';
import { buildHistoryUseCases } from './history-use-cases.js';
import { buildJobUseCases } from './job-use-cases.js';
import { buildProfileUseCases } from './profile-use-cases.js';
import { buildSampleUseCases } from './sample-use-cases.js';
import { buildSystemUseCases } from './system-use-cases.js';
import { buildTaskUseCases } from './task-use-cases.js';
import type { Adapters } from './tokens.js';

/**
 * Every feature's use cases, built from the adapters by its own builder: plain functions, no container.
 * The routes of a feature receive its entry (`useCases.profiles`); call this once per app.
 */
export function buildUseCases(adapters: Adapters) {
  const accounts = buildAccountUseCases(adapters);
  return {
    system: buildSystemUseCases(adapters),
    accounts,
    apiKeys: buildApiKeyUseCases(adapters, accounts.revocations),
    calendar: buildCalendarUseCases(adapters),
    profiles: buildProfileUseCases(adapters),
    jobs: buildJobUseCases(adapters),
    history: buildHistoryUseCases(adapters),
    generations: buildGenerationUseCases(adapters),
    tasks: buildTaskUseCases(adapters),
    samples: buildSampleUseCases(adapters),
    enhancements: buildEnhancementUseCases(adapters),
  };
}

/** What routes, the MCP server and the CLI can reach: derived from the builders, never written by hand. */
export type UseCases = ReturnType<typeof buildUseCases>;

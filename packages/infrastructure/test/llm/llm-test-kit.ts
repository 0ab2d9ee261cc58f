import {
  FixedClock,
  InMemoryLlmUsageRepository,
  InMemoryStore,
  SequentialIds,
} from '@tailor/application/testing';
import type { LlmTiming } from '../../src/llm/resilience.js';
import { parseJobText } from './simple-job-parser.js';
import { createLlmService, type LlmConfig } from '../../src/llm/create-llm-service.js';
import { StructuredModeMemory } from '../../src/llm/openai/openai-llm-service.js';

/** Time that never waits: sleeps are recorded and advance the clock; jitter is fixed at its maximum. */
export class FakeTiming implements LlmTiming {
  readonly sleeps: number[] = [];
  private current = 1_000_000;
  now = (): number => this.current;
  sleep = async (milliseconds: number): Promise<void> => {
    this.sleeps.push(milliseconds);
    this.current += milliseconds;
  };
  random = (): number => 0.999;
  advance(milliseconds: number): void {
    this.current += milliseconds;
  }
}

export const TEST_KEY = 'sk-test-SECRET-0123456789abcdef';

export function llmConfig(overrides: Partial<LlmConfig> = {}): LlmConfig {
  return {
    provider: 'local',
    model: undefined,
    fallback: [],
    timeoutMs: 2_000,
    maxRetries: 3,
    openai: { apiKey: TEST_KEY, baseUrl: undefined },
    anthropic: { apiKey: TEST_KEY, baseUrl: undefined },
    ...overrides,
  };
}

/** A real service (prompts from the repo, real SDKs) with an in-memory ledger and fake time. */
export function buildService(config: LlmConfig, options: { failureThreshold?: number } = {}) {
  const usage = new InMemoryLlmUsageRepository(new InMemoryStore());
  const timing = new FakeTiming();
  const service = createLlmService(config, {
    usage,
    ids: new SequentialIds('usage'),
    clock: new FixedClock(new Date('2026-03-10T12:00:00.000Z')),
    parseJob: parseJobText,
    timing,
    breaker: { failureThreshold: options.failureThreshold ?? 5, cooldownMs: 30_000 },
    modeMemory: new StructuredModeMemory(),
  });
  return { service, usage, timing };
}

export const SUMMARY_VARIABLES = {
  profile: {
    fullName: 'Ada Lovelace',
    headline: 'Engineer',
    experiences: [
      {
        title: 'Analyst',
        company: 'Babbage & Co',
        startDate: '1842',
        endDate: null,
        bullets: ['Wrote notes'],
      },
    ],
    skills: ['Mathematics'],
  },
  job: { title: 'Engineer', company: 'Engines Ltd', keywords: ['Mathematics'] },
};

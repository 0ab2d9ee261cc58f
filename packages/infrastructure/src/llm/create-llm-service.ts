import type {
  IClock,
  IIdGenerator,
  ILLMService,
  ILlmProvider,
  ILlmUsageRepository,
  LlmProviderName,
  ParsedJob,
  ParsedResume,
} from '@tailor/domain';
import { AnthropicLlmService } from './anthropic/anthropic-llm-service.js';
import { LOCAL_MODEL, LocalLlmService } from './local/local-llm-service.js';
import { OpenAiLlmService, type StructuredModeMemory } from './openai/openai-llm-service.js';
import { DEFAULT_PRICES, type PriceTable } from './pricing.js';
import { PromptCatalog } from './prompts/prompt-catalog.js';
import { defaultPromptsFolder } from './prompts/prompts-folder.js';
import { PromptedLlmService } from './prompted-llm-service.js';
import {
  CircuitBreaker,
  defaultRetryPolicy,
  realTiming,
  type BreakerOptions,
  type LlmTiming,
} from './resilience.js';

/** The LLM part of the application's configuration (AppConfig.llm), as the factory needs it. */
export interface LlmConfig {
  provider: LlmProviderName;
  /** Model of the primary provider; fallback providers use their default model. */
  model: string | undefined;
  fallback: readonly LlmProviderName[];
  timeoutMs: number;
  maxRetries: number;
  openai: { apiKey: string | undefined; baseUrl: string | undefined };
  anthropic: { apiKey: string | undefined; baseUrl: string | undefined };
  /** Overrides and additions to the default price table (LLM_PRICES). */
  prices?: PriceTable;
}

export interface LlmDeps {
  usage: ILlmUsageRepository;
  ids: IIdGenerator;
  clock: IClock;
  /** The deterministic job parser used by the local engine. */
  parseJob: (text: string) => ParsedJob;
  /** The local engine's resume parser, when it should run elsewhere (the document worker pool). */
  parseResume?: (text: string) => Promise<ParsedResume>;
  /** Already loaded prompts; otherwise they are loaded (and checked) from `promptsFolder`. */
  prompts?: PromptCatalog;
  promptsFolder?: string;
  timing?: LlmTiming;
  breaker?: BreakerOptions;
  fetch?: typeof fetch;
  modeMemory?: StructuredModeMemory;
}

export const DEFAULT_MODELS: Record<LlmProviderName, string> = {
  local: LOCAL_MODEL,
  openai: 'gpt-4o-mini',
  anthropic: 'claude-haiku-4-5',
};

/** Raised for an unusable LLM configuration; the message names the variable to set. */
export class LlmConfigError extends Error {
  override readonly name = 'LlmConfigError';
}

/** Checks that every provider of the chain can be built; throws LlmConfigError naming the variable. */
export function checkLlmConfig(config: LlmConfig): void {
  for (const provider of new Set([config.provider, ...config.fallback])) {
    const role = provider === config.provider ? 'LLM_PROVIDER' : 'LLM_FALLBACK';
    if (provider === 'openai' && !config.openai.apiKey && !config.openai.baseUrl)
      throw new LlmConfigError(
        `OPENAI_API_KEY: required when ${role} includes openai (or set OPENAI_BASE_URL to an OpenAI-compatible server that needs no key)`,
      );
    if (provider === 'anthropic' && !config.anthropic.apiKey)
      throw new LlmConfigError(`ANTHROPIC_API_KEY: required when ${role} includes anthropic`);
  }
}

/**
 * Builds the application's ILLMService from configuration: the primary provider, then the fallbacks in
 * order (duplicates dropped), each remote one with its own circuit breaker and the shared retry policy;
 * prompts are loaded and checked now, so a broken prompt stops start-up.
 */
export function createLlmService(config: LlmConfig, deps: LlmDeps): ILLMService {
  checkLlmConfig(config);
  const prompts = deps.prompts ?? PromptCatalog.load(deps.promptsFolder ?? defaultPromptsFolder());
  const timing = deps.timing ?? realTiming;
  const policy = defaultRetryPolicy({ timeoutMs: config.timeoutMs, maxRetries: config.maxRetries });
  const breakerOptions = deps.breaker ?? { failureThreshold: 5, cooldownMs: 30_000 };
  const chain = [...new Set([config.provider, ...config.fallback])];
  const models: Partial<Record<LlmProviderName, string>> = {};
  const providers = chain.map((name): ILlmProvider => {
    const model = (name === config.provider ? config.model : undefined) ?? DEFAULT_MODELS[name];
    models[name] = model;
    const breaker = new CircuitBreaker(breakerOptions, timing.now);
    switch (name) {
      case 'local':
        return new LocalLlmService({
          parseJob: deps.parseJob,
          ...(deps.parseResume ? { parseResume: deps.parseResume } : {}),
        });
      case 'openai':
        return new OpenAiLlmService({
          apiKey: config.openai.apiKey,
          baseUrl: config.openai.baseUrl,
          model,
          policy,
          breaker,
          timing,
          ...(deps.modeMemory ? { modeMemory: deps.modeMemory } : {}),
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        });
      case 'anthropic':
        return new AnthropicLlmService({
          apiKey: config.anthropic.apiKey,
          baseUrl: config.anthropic.baseUrl,
          model,
          policy,
          breaker,
          timing,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        });
    }
  });
  return new PromptedLlmService({
    providers,
    models,
    prompts,
    usage: deps.usage,
    prices: { ...DEFAULT_PRICES, ...config.prices },
    ids: deps.ids,
    clock: deps.clock,
  });
}

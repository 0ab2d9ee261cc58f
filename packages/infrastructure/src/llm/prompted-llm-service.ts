import {
  isDomainError,
  type IClock,
  type IIdGenerator,
  type ILLMService,
  type ILlmProvider,
  type ILlmUsageRepository,
  type LlmRunRequest,
  type LlmRunResult,
  type LlmTaskName,
} from '@tailor/domain';
import type { PromptCatalog } from './prompts/prompt-catalog.js';
import { costMicroUsd, type PriceTable } from './pricing.js';
import { outputSchemaFor } from './tasks/task-schemas.js';

const tokenDetail = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

export interface PromptedLlmServiceDeps {
  /** Tried in order; the next one only when the previous failed with an `LLM.*` error. */
  providers: readonly ILlmProvider[];
  /** Model each provider is configured with, for ledger rows of calls that failed before answering. */
  models: Readonly<Partial<Record<ILlmProvider['name'], string>>>;
  prompts: PromptCatalog;
  usage: ILlmUsageRepository;
  prices: PriceTable;
  ids: IIdGenerator;
  clock: IClock;
  /** Milliseconds for latency measurement. */
  now?: () => number;
}

/**
 * `ILLMService` over one or more providers: renders the task's versioned prompt (untrusted text escaped
 * and delimited), attaches the task's output schema, walks the fallback chain, and records every provider
 * call (successful or not) in the usage ledger with tokens, latency, cost and prompt id/version.
 * When every provider fails, the first provider's error is raised (it names the configured provider), with
 * the codes of the others in `details.fallbackErrors`.
 */
export class PromptedLlmService implements ILLMService {
  private readonly now: () => number;

  constructor(private readonly deps: PromptedLlmServiceDeps) {
    if (deps.providers.length === 0) throw new Error('PromptedLlmService needs at least one provider');
    this.now = deps.now ?? (() => performance.now());
  }

  async run<T extends LlmTaskName>(request: LlmRunRequest<T>): Promise<LlmRunResult<T>> {
    const prompt = this.deps.prompts.render(request.task, request.variables);
    const schema = outputSchemaFor(request.task);
    const errors: unknown[] = [];
    for (const provider of this.deps.providers) {
      const started = this.now();
      try {
        const completion = await provider.complete({
          task: request.task,
          variables: request.variables,
          prompt,
          schema,
        });
        const latencyMs = Math.max(0, Math.round(this.now() - started));
        const usage = {
          provider: provider.name,
          model: completion.model,
          inputTokens: completion.inputTokens,
          outputTokens: completion.outputTokens,
          latencyMs,
        };
        await this.record(request, prompt.id, prompt.version, usage, 'ok');
        return {
          value: completion.value,
          rawText: completion.rawText,
          usage,
          promptId: prompt.id,
          promptVersion: prompt.version,
        };
      } catch (error) {
        if (!isDomainError(error) || !error.code.startsWith('LLM.')) throw error;
        errors.push(error);
        await this.record(
          request,
          prompt.id,
          prompt.version,
          {
            provider: provider.name,
            model: this.deps.models[provider.name] ?? 'unknown',
            // A provider that answered unusably still billed its tokens (LLM.INVALID_OUTPUT carries them).
            inputTokens: tokenDetail(error.details['inputTokens']),
            outputTokens: tokenDetail(error.details['outputTokens']),
            latencyMs: Math.max(0, Math.round(this.now() - started)),
          },
          error.code,
        );
      }
    }
    const [first, ...rest] = errors as Array<Error & { details: Record<string, unknown> }>;
    if (first && rest.length > 0)
      first.details['fallbackErrors'] = rest.map((error) => (error as { code?: string }).code);
    throw first;
  }

  private async record(
    request: LlmRunRequest<LlmTaskName>,
    promptId: string,
    promptVersion: number,
    usage: {
      provider: ILlmProvider['name'];
      model: string;
      inputTokens: number;
      outputTokens: number;
      latencyMs: number;
    },
    outcome: string,
  ): Promise<void> {
    await this.deps.usage.record({
      id: this.deps.ids.next(),
      userId: request.userId ?? null,
      task: request.task,
      promptId,
      promptVersion,
      ...usage,
      costMicroUsd: costMicroUsd(this.deps.prices, usage.model, usage.inputTokens, usage.outputTokens),
      outcome,
      redacted: request.redacted ?? false,
      createdAt: this.deps.clock.now(),
    });
  }
}

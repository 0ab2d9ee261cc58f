import type { LlmUsageRecord } from '@tailor/domain';
import type { GenerationCount, QueueStats } from '@tailor/infrastructure';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface OperationalStats {
  queue(now: Date): Promise<QueueStats>;
  generations(): Promise<GenerationCount[]>;
}

/** POST routes that bring a document in, by the kind of import they are (label values stay few and fixed). */
const IMPORT_KINDS: Record<string, string> = {
  'POST /api/v1/profiles/import/file': 'resume_file',
  'POST /api/v1/profiles/import': 'resume_json',
  'POST /api/v1/jobs': 'job',
  'POST /api/v1/jobs/parse': 'job_parse',
  'POST /api/v1/samples': 'writing_sample',
};

const outcomeOf = (status: number) => (status < 400 ? 'ok' : status < 500 ? 'rejected' : 'failed');

/**
 * Tailor's Prometheus metrics, in a registry of this app's own (tests build many apps in one process).
 * Counters and histograms are this instance's; queue and generation gauges are read from the shared database
 * at scrape time, so they are the same cluster-wide numbers on every instance.
 */
export class TailorMetrics {
  readonly registry = new Registry();
  private readonly requestSeconds = new Histogram({
    name: 'tailor_http_request_duration_seconds',
    help: 'HTTP request duration by route template, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly imports = new Counter({
    name: 'tailor_imports_total',
    help: 'Imported resumes, postings and samples by kind and outcome (ok, rejected, failed)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly llmCalls = new Counter({
    name: 'tailor_llm_calls_total',
    help: 'Model calls by provider, model and outcome (ok or the LLM.* error code)',
    labelNames: ['provider', 'model', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly llmTokens = new Counter({
    name: 'tailor_llm_tokens_total',
    help: 'Model tokens by provider, model and direction (input, output)',
    labelNames: ['provider', 'model', 'direction'] as const,
    registers: [this.registry],
  });
  private readonly llmCost = new Counter({
    name: 'tailor_llm_cost_usd_total',
    help: 'Model cost in USD by provider and model',
    labelNames: ['provider', 'model'] as const,
    registers: [this.registry],
  });
  private readonly llmSeconds = new Histogram({
    name: 'tailor_llm_call_duration_seconds',
    help: 'Model call latency by provider, model and outcome',
    labelNames: ['provider', 'model', 'outcome'] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });
  private readonly tasks = new Counter({
    name: 'tailor_tasks_total',
    help: 'Background tasks this instance finished, by kind and outcome (succeeded, failed, cancelled)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(stats: OperationalStats, now: () => Date) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tailor_' });
    let queue: Promise<QueueStats> | undefined;
    // Both queue gauges come from one query per scrape.
    const queueOnce = () =>
      (queue ??= stats.queue(now()).finally(() => setImmediate(() => (queue = undefined))));
    new Gauge({
      name: 'tailor_queue_depth',
      help: 'Background tasks waiting to be claimed (all instances)',
      registers: [this.registry],
      async collect() {
        this.set((await queueOnce()).depth);
      },
    });
    new Gauge({
      name: 'tailor_queue_oldest_age_seconds',
      help: 'How long the oldest waiting task has waited (all instances)',
      registers: [this.registry],
      async collect() {
        this.set((await queueOnce()).oldestAgeSeconds);
      },
    });
    new Gauge({
      name: 'tailor_generations',
      help: 'Generations by type and status (all instances)',
      labelNames: ['type', 'status'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const row of await stats.generations())
          this.set({ type: row.type, status: row.status }, row.count);
      },
    });
  }

  observeRequest(route: string, method: string, status: number, seconds: number): void {
    this.requestSeconds.observe({ route, method, status: String(status) }, seconds);
    const kind = IMPORT_KINDS[`${method} ${route}`];
    if (kind) this.imports.inc({ kind, outcome: outcomeOf(status) });
  }

  private readonly llmFailureListeners: ((call: LlmUsageRecord) => void)[] = [];

  /** The app's log hears about failed model calls (provider, model, code; never keys or prompts). */
  onLlmFailure(listener: (call: LlmUsageRecord) => void): void {
    this.llmFailureListeners.push(listener);
  }

  observeLlmCall(call: LlmUsageRecord): void {
    const { provider, model, outcome } = call;
    if (outcome !== 'ok') for (const listener of this.llmFailureListeners) listener(call);
    this.llmCalls.inc({ provider, model, outcome });
    this.llmTokens.inc({ provider, model, direction: 'input' }, call.inputTokens);
    this.llmTokens.inc({ provider, model, direction: 'output' }, call.outputTokens);
    this.llmCost.inc({ provider, model }, call.costMicroUsd / 1e6);
    this.llmSeconds.observe({ provider, model, outcome }, call.latencyMs / 1000);
  }

  observeTaskFinished(kind: string, outcome: string): void {
    this.tasks.inc({ kind, outcome });
  }
}

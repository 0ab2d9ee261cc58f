/**
 * The adversarial truthfulness evaluation: every case's profile and posting go through the real generation
 * pipeline (the application's use cases, the OpenAI adapter with its prompts, retries and validation) against
 * the lying fake model; what the model wrote is compared with what was delivered.
 */
import {
  CreateJob,
  GetGenerationResult,
  ParseJobText,
  RunGenerationPipeline,
  StartGeneration,
} from '@tailor/application';
import { FixedClock, SequentialIds, createInMemoryRepositories } from '@tailor/application/testing';
import { Profile } from '@tailor/domain';
import { createLlmService, parseJobWithDomainParser } from '@tailor/infrastructure';
import { CASES, type EvalCase } from './cases.js';
import { FakeModel } from './fake-model.js';
import { isFabrication, type LedgerLine } from './lines.js';

export const TODAY = new Date('2026-03-10T12:00:00.000Z');
const USER = 'eval-user';

export interface LineOutcome {
  readonly case: string;
  readonly type: 'resume' | 'coverLetter';
  readonly line: LedgerLine;
  /** Fabrication: it is in the delivered document. Faithful line: the gate removed it. */
  readonly hit: boolean;
  /** Why the gate removed it (the unsupported claims), for faithful lines it flagged. */
  readonly why?: string;
}

export interface DocumentOutcome {
  readonly case: string;
  readonly type: 'resume' | 'coverLetter';
  readonly seed: number;
  readonly status: string;
  readonly errorCode: string | null;
  readonly passed: boolean | null;
  readonly fabricationsDelivered: number;
}

export interface EvaluationResult {
  readonly lines: LineOutcome[];
  readonly documents: DocumentOutcome[];
}

interface Removal {
  text: string;
  claims: { type: string; text: string; verdict: string; reason: string }[];
}
const removal = (r: Removal) => ({
  text: normalise(r.text),
  why: r.claims
    .filter((c) => c.verdict === 'unsupported')
    .map((c) => `${c.type} "${c.text}": ${c.reason}`)
    .join('; '),
});

export const normalise = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[*_`]/gu, '')
    .replace(/[\u2010-\u2015]/gu, '-')
    .replace(/\s+/gu, ' ')
    .replace(/[.,;:]+$/u, '')
    .trim()
    .toLowerCase();

export interface LocalOutcome {
  readonly case: string;
  readonly type: 'resume' | 'coverLetter';
  readonly status: string;
  readonly passed: boolean | null;
  /** What the gate removed from the built-in engine's draft (every removal is a false alarm: it invents nothing). */
  readonly removed: string[];
}

/** The built-in engine (LLM_PROVIDER=local) writes only from the profile: the gate must let it all through. */
export async function evaluateLocal(cases: readonly EvalCase[] = CASES): Promise<LocalOutcome[]> {
  const out: LocalOutcome[] = [];
  for (const c of cases) {
    const { repos, ids, clock, profile, job } = await seedCase(c);
    const llm = createLlmService(
      {
        provider: 'local',
        model: undefined,
        fallback: [],
        timeoutMs: 10_000,
        maxRetries: 0,
        openai: { apiKey: undefined, baseUrl: undefined },
        anthropic: { apiKey: undefined, baseUrl: undefined },
      },
      { usage: repos.llmUsage, ids, clock, parseJob: parseJobWithDomainParser },
    );
    void profile;
    const deps = { ...repos, ids, clock };
    const pipeline = new RunGenerationPipeline({ ...deps, llm });
    const start = new StartGeneration(deps, { limits: { perHour: 1_000_000, perMonth: 1_000_000 } });
    for (const type of ['resume', 'coverLetter'] as const) {
      const { generation } = await start.execute({ userId: USER, type, jobId: job.id });
      const done = await pipeline.execute(generation.id, USER, {
        signal: new AbortController().signal,
        yieldToRequests: async () => {},
        reportProgress: () => undefined,
      });
      const r =
        done?.status === 'succeeded'
          ? await new GetGenerationResult(repos.generations).execute({
              userId: USER,
              generationId: generation.id,
            })
          : null;
      out.push({
        case: c.id,
        type,
        status: done?.status ?? 'missing',
        passed: r?.truthfulness?.passed ?? null,
        removed: (r?.gate?.removed ?? []).map((x) => `${x.text} — ${removal(x as Removal).why}`),
      });
    }
  }
  return out;
}

async function seedCase(c: EvalCase) {
  const repos = createInMemoryRepositories();
  const clock = new FixedClock(TODAY);
  const ids = new SequentialIds(c.id);
  const profile = Profile.create({
    id: `${c.id}-profile`,
    ownerId: USER,
    isDefault: true,
    content: c.profile,
    ids,
    now: clock.now(),
  });
  await repos.profiles.add(profile);
  const job = await new CreateJob(repos.jobs, new ParseJobText(), ids, clock).execute({
    userId: USER,
    rawText: c.posting,
  });
  return { repos, clock, ids, profile, job };
}

/** Runs every case × document type × seed; `seeds` runs per pair. */
export async function evaluate(options: {
  seeds: number;
  cases?: readonly EvalCase[];
}): Promise<EvaluationResult> {
  const model = await FakeModel.start();
  const lines: LineOutcome[] = [];
  const documents: DocumentOutcome[] = [];
  try {
    for (const c of options.cases ?? CASES) {
      const { repos, clock, ids, profile, job } = await seedCase(c);
      const llm = createLlmService(
        {
          provider: 'openai',
          model: 'fake-liar-1',
          fallback: [],
          // The fake model answers in this process: a call only times out when the machine is starved of CPU
          // (other test files and processes), which says nothing of the gate.
          timeoutMs: 30_000,
          maxRetries: 0,
          openai: { apiKey: 'test-key', baseUrl: model.baseUrl },
          anthropic: { apiKey: undefined, baseUrl: undefined },
        },
        { usage: repos.llmUsage, ids, clock, parseJob: parseJobWithDomainParser },
      );
      const deps = { ...repos, ids, clock };
      const pipeline = new RunGenerationPipeline({ ...deps, llm });
      const start = new StartGeneration(deps, { limits: { perHour: 1_000_000, perMonth: 1_000_000 } });
      const results = new GetGenerationResult(repos.generations);
      const keywords = [...job.keywords.required, ...job.keywords.preferred].map((k) =>
        typeof k === 'string' ? k : (k as { name: string }).name,
      );
      for (const type of ['resume', 'coverLetter'] as const) {
        for (let seed = 1; seed <= options.seeds; seed++) {
          model.reset(
            {
              profile: profile.content,
              job: { title: job.title, company: job.company, location: job.location, keywords },
              language: c.language,
              today: TODAY,
            },
            seed * 7919 + c.id.length * 31 + (type === 'resume' ? 0 : 1),
          );
          const { generation } = await start.execute({ userId: USER, type, jobId: job.id });
          const done = await pipeline.execute(generation.id, USER, {
            signal: new AbortController().signal,
            yieldToRequests: async () => {},
            reportProgress: () => undefined,
          });
          // The final draft: the last answer of each task (a retry replaces the first draft).
          const last = new Map<string, LedgerLine[]>();
          for (const call of model.calls) last.set(call.task, call.lines);
          const written = [...last.values()].flat();
          let delivered = '';
          let removed: { text: string; why: string }[] = [];
          let passed: boolean | null = null;
          if (done?.status === 'succeeded') {
            const r = await results.execute({ userId: USER, generationId: generation.id });
            delivered = normalise(r.text ?? '');
            removed = (r.gate?.removed ?? []).map(removal);
            passed = r.truthfulness?.passed ?? null;
          } else {
            const details = (done?.error?.details ?? {}) as { report?: { removed?: Removal[] } };
            removed = (details.report?.removed ?? []).map(removal);
          }
          let fabricationsDelivered = 0;
          for (const line of written) {
            const text = normalise(line.text);
            const flagged = removed.find((r) => r.text === text);
            const hit = isFabrication(line) ? delivered.includes(text) : flagged !== undefined;
            if (isFabrication(line) && hit) fabricationsDelivered += 1;
            lines.push({ case: c.id, type, line, hit, ...(flagged ? { why: flagged.why } : {}) });
          }
          documents.push({
            case: c.id,
            type,
            seed,
            status: done?.status ?? 'missing',
            errorCode: done?.error?.code ?? null,
            passed,
            fabricationsDelivered,
          });
        }
      }
    }
  } finally {
    await model.close();
  }
  return { lines, documents };
}

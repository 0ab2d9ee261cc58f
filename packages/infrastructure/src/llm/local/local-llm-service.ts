import {
  LlmErrors,
  type ILlmProvider,
  type LlmCompletion,
  type LlmCompletionRequest,
  type LlmTaskMap,
  type LlmTaskName,
  type LlmTaskOutput,
  type ParsedJob,
  type ParsedResume,
} from '@tailor/domain';
import { rewriteBullet } from './bullet-rewriter.js';
import { parseResumeText } from './resume-text-parser.js';
import { extractStyle } from './style-extractor.js';
import { writeLocalizedCoverLetter, writeLocalizedSummary, writingLanguage } from './localized-writers.js';
import { writeCoverLetter, writeSummary } from './writers.js';

export const LOCAL_MODEL = 'tailor-local-1';

// No tokenizer here: four characters a token is the usual rule of thumb for English, enough for the ledger.
const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

export interface LocalLlmServiceOptions {
  /** The deterministic job parser (the domain's, injected by the composition root). */
  parseJob: (text: string) => ParsedJob;
  /** The resume parser; the server runs it in the document worker pool, off the event loop. */
  parseResume?: (text: string) => Promise<ParsedResume>;
}

type Handlers = {
  [K in LlmTaskName]: (
    variables: LlmTaskMap[K]['variables'],
  ) => LlmTaskMap[K]['output'] | Promise<LlmTaskMap[K]['output']>;
};

/**
 * The built-in engine (`LLM_PROVIDER=local`): performs every task deterministically from the variables,
 * without network or key. Its writing uses only facts present in its input (see writers.ts and
 * bullet-rewriter.ts), so it is a safe default and the last link of a fallback chain.
 */
export class LocalLlmService implements ILlmProvider {
  readonly name = 'local' as const;
  private readonly handlers: Handlers;

  constructor(options: LocalLlmServiceOptions) {
    this.handlers = {
      parse_job: ({ text }) => options.parseJob(text),
      parse_resume: ({ text }) => (options.parseResume ? options.parseResume(text) : parseResumeText(text)),
      rewrite_bullets: ({ bullets, keywords }) => ({
        bullets: bullets.map((bullet) => rewriteBullet(bullet, keywords)),
      }),
      // In the language the profile is written in (German, French, Spanish, Polish), else English.
      write_summary: ({ profile, job }) => {
        const language = writingLanguage(profile);
        return language ? writeLocalizedSummary(language, profile, job) : writeSummary(profile, job);
      },
      write_cover_letter: ({ profile, job }) => {
        const language = writingLanguage(profile);
        return language ? writeLocalizedCoverLetter(language, profile, job) : writeCoverLetter(profile, job);
      },
      extract_style: ({ samples }) => extractStyle(samples),
    };
  }

  async complete<T extends LlmTaskName>(request: LlmCompletionRequest<T>): Promise<LlmCompletion<T>> {
    const handler = this.handlers[request.task] as (
      variables: unknown,
    ) => LlmTaskOutput<T> | Promise<LlmTaskOutput<T>>;
    const produced = await handler(request.variables);
    // Held to the same schema as the remote providers, so a local bug cannot slip malformed data through.
    const checked = request.schema.validate(produced);
    if (!checked.ok) throw LlmErrors.invalidOutput(this.name, request.task, checked.error);
    const rawText = JSON.stringify(checked.value);
    return {
      value: checked.value,
      rawText,
      model: LOCAL_MODEL,
      inputTokens: estimateTokens(request.prompt.system + request.prompt.user),
      outputTokens: estimateTokens(rawText),
    };
  }
}

import {
  JobErrors,
  isDomainError,
  parseJobPosting,
  type ILLMService,
  type ParsedJobPosting,
} from '@tailor/domain';

/**
 * Reads a pasted posting into structured fields. The deterministic parser always runs and is the result
 * when no remote model is configured or when the model fails; a remote model, when configured, refines the
 * fields it reads better (title, company, location and the three lists), never the ones the parser derives
 * from exact patterns (remote policy, employment type, salary).
 */
/**
 * The deterministic parser, or a stand-in that runs it elsewhere: a pasted posting may be 200,000 characters
 * of anything, and reading it is up to a second of CPU that the server runs off its event loop.
 */
export type PostingTextParser = (text: string) => ParsedJobPosting | Promise<ParsedJobPosting>;

export class ParseJobText {
  constructor(
    private readonly model?: ILLMService,
    private readonly parse: PostingTextParser = parseJobPosting,
  ) {}

  async execute(input: { text: string; userId?: string }): Promise<ParsedJobPosting> {
    if (input.text.trim().length === 0) throw JobErrors.nothingToParse();
    const baseline = await this.parse(input.text);
    if (!this.model) return baseline;
    try {
      const { value } = await this.model.run({
        task: 'parse_job',
        variables: { text: input.text },
        ...(input.userId ? { userId: input.userId } : {}),
      });
      const list = (items: string[], fallback: readonly string[]) => (items.length > 0 ? items : fallback);
      return {
        ...baseline,
        title: value.title.trim() || baseline.title,
        company: value.company ?? baseline.company,
        location: value.location ?? baseline.location,
        responsibilities: list(value.responsibilities, baseline.responsibilities),
        requirements: list(value.requirements, baseline.requirements),
        niceToHave: list(value.niceToHave, baseline.niceToHave),
      };
    } catch (error) {
      // An unreachable or misbehaving model must not stop a user from saving a job.
      if (isDomainError(error) && error.code.startsWith('LLM.')) return baseline;
      throw error;
    }
  }
}

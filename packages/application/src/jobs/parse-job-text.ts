import { JobErrors, parseJobPosting, type ParsedJobPosting } from '@tailor/domain';

/**
 * Reads a pasted posting into structured fields. Deterministic and local; the LLM provider, when one is
 * configured, can refine this result behind the same use case.
 */
export class ParseJobText {
  async execute(input: { text: string }): Promise<ParsedJobPosting> {
    if (input.text.trim().length === 0) throw JobErrors.nothingToParse();
    return parseJobPosting(input.text);
  }
}

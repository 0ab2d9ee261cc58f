import type { ILLMService, LlmRunRequest, LlmRunResult, LlmTaskName } from '@tailor/domain';
import { personalValuesIn, Redaction, type PersonalValue } from './redaction.js';

/**
 * Private prompts (LLM_REDACT_PII): wraps the application's ILLMService so that no provider ever receives
 * the user's name, email, phone, address or personal links. Before each call the user's known values (their
 * profiles' basics and account email, from `knownValues`) and any email, link or phone number found in the
 * variables (and a resume's header) become placeholders; the answer comes back with the values restored.
 * Employers, titles, dates and skills are left as they are: tailoring needs them. The call is marked
 * `redacted`, which the usage ledger records.
 */
export class RedactingLlmService implements ILLMService {
  constructor(
    private readonly inner: ILLMService,
    private readonly knownValues: (userId: string) => Promise<PersonalValue[]>,
  ) {}

  async run<T extends LlmTaskName>(request: LlmRunRequest<T>): Promise<LlmRunResult<T>> {
    const known = request.userId ? await this.knownValues(request.userId) : [];
    const found = Redaction.stringsOf(request.variables).flatMap((text) =>
      personalValuesIn(text, request.task === 'parse_resume'),
    );
    const redaction = new Redaction([...known, ...found]);
    const restore = (text: string) => redaction.restore(text);
    const result = await this.inner.run({
      ...request,
      variables: Redaction.mapStrings(request.variables, (text) => redaction.hide(text)),
      redacted: true,
    });
    return {
      ...result,
      value: Redaction.mapStrings(result.value, restore),
      rawText: restore(result.rawText),
    };
  }
}

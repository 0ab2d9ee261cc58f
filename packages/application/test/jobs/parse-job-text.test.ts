import { LlmErrors, type ILLMService, type LlmRunResult } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { ParseJobText } from '../../src/jobs/parse-job-text.js';

const posting = `Senior Data Engineer
Globex Corporation — Berlin (hybrid), full-time

Requirements
- 5+ years of Python
- Airflow in production

Nice to have
- dbt`;

const modelAnswering = (answer: () => Promise<unknown>): ILLMService => ({
  run: (async () => ({ value: await answer() }) as LlmRunResult<'parse_job'>) as ILLMService['run'],
});

describe('ParseJobText', () => {
  it('parses deterministically when no model is configured', async () => {
    const parsed = await new ParseJobText().execute({ text: posting });
    expect(parsed).toMatchObject({
      title: 'Senior Data Engineer',
      remote: 'hybrid',
      employmentType: 'full_time',
    });
    expect(parsed.requirements).toEqual(['5+ years of Python', 'Airflow in production']);
  });

  it('lets a configured model refine the fields it reads, keeping pattern-derived ones', async () => {
    const model = modelAnswering(async () => ({
      title: 'Senior Data Engineer (Platform)',
      company: 'Globex',
      location: 'Berlin, Germany',
      summary: '',
      responsibilities: ['Own the data platform'],
      requirements: ['Python', 'Airflow'],
      niceToHave: [],
      skills: [],
      keywords: [],
    }));
    const parsed = await new ParseJobText(model).execute({ text: posting });
    expect(parsed).toMatchObject({
      title: 'Senior Data Engineer (Platform)',
      company: 'Globex',
      location: 'Berlin, Germany',
      remote: 'hybrid',
      employmentType: 'full_time',
      responsibilities: ['Own the data platform'],
      requirements: ['Python', 'Airflow'],
      niceToHave: ['dbt'],
    });
  });

  it('falls back to the deterministic result when the model fails', async () => {
    const model = modelAnswering(async () => {
      throw LlmErrors.unavailable('fake', 'down');
    });
    const parsed = await new ParseJobText(model).execute({ text: posting });
    expect(parsed.title).toBe('Senior Data Engineer');
  });

  it('does not swallow programming errors', async () => {
    const model = modelAnswering(async () => {
      throw new TypeError('bug');
    });
    await expect(new ParseJobText(model).execute({ text: posting })).rejects.toThrow('bug');
  });
});

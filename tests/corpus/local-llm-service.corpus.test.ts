/** The local engine's reading and writing tasks over the shared corpus (../shared/data). */
import type { ILLMService } from '@tailor/domain';
import { beforeAll, expect, it } from 'vitest';
import { buildService, llmConfig } from '../../packages/infrastructure/test/llm/llm-test-kit.js';
import { resumeTexts } from '../../packages/infrastructure/test/llm/writing-samples.js';
import { describeWritingTasks } from '../../packages/infrastructure/test/llm/writing-tasks-suite.js';
import { describeCorpus } from '../support/corpus.js';

describeWritingTasks('corpus', { bullets: 60, pairs: 100 }, describeCorpus);

describeCorpus('LocalLlmService on a shared two-column PDF extraction', () => {
  let llm: ILLMService;
  beforeAll(() => {
    llm = buildService(llmConfig({ provider: 'local' })).service;
  });

  it('parse_resume gets the details of a two-column PDF extraction right', async () => {
    const harvey = resumeTexts('corpus').find((resume) => resume.name.startsWith('harvey'));
    const { value } = await llm.run({ task: 'parse_resume', variables: { text: harvey?.text ?? '' } });
    expect(value.fullName).toBe('Harvey Dent');
    expect(value.headline).toBe('Machine Learning Engineer');
    expect(value.contact).toMatchObject({ email: 'hdent@email.com', phone: '(123) 456-7891' });
    expect(value.experiences.map((e) => [e.title, e.company, e.startDate, e.endDate, e.current])).toEqual([
      ['Machine Learning Engineer', 'OpenAI', '2021', null, true],
      ['Data Scientist', 'Uber', '2018', '2021', false],
      ['Junior Data Analyst', 'Facebook', '2016', '2018', false],
    ]);
    expect(value.experiences[0]?.bullets[0]).toBe('Leading a team of AI engineers');
    expect(value.education.map((e) => e.institution)).toEqual(['MIT', 'UC San Diego']);
    expect(value.skills).toEqual(
      expect.arrayContaining(['TensorFlow', 'PyTorch', 'Natural Language Processing']),
    );
  });
});

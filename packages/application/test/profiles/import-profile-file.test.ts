import {
  statedEntries,
  type ILLMService,
  type LlmRunRequest,
  type LlmTaskName,
  type ParsedResume,
} from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { FixedClock, SequentialIds, createInMemoryRepositories } from '../../src/testing/index.js';
import { ImportProfileFile } from '../../src/profiles/import-profile-file.js';
import { toJsonResume } from '../../src/profiles/json-resume.js';

const parsed = (overrides: Partial<ParsedResume> = {}): ParsedResume => ({
  fullName: 'Ada Lovelace',
  headline: null,
  contact: { email: 'ada@example.org', phone: null, location: null, links: ['github.com/ada'] },
  summary: null,
  experiences: [
    {
      title: 'Engineer',
      company: 'Analytical Engines Ltd',
      location: null,
      startDate: '2020-01',
      endDate: '2019-01', // impossible: the end is dropped, the job kept
      current: false,
      bullets: ['Wrote the first program'],
    },
    {
      title: 'Consultant',
      company: null, // no employer read: the entry cannot be a profile experience
      location: null,
      startDate: null,
      endDate: null,
      current: false,
      bullets: [],
    },
  ],
  education: [],
  skills: ['Mathematics'],
  certifications: [{ name: 'Fellow of the Royal Society', issuer: null, date: '1842-13' }],
  languages: [{ language: 'French', fluency: 'Fluent' }],
  projects: [
    {
      name: 'Difference Engine notes',
      description: null,
      technologies: ['Mathematics', 'Punched cards'],
      url: 'github.com/ada/notes',
      startDate: '2019-02',
      endDate: '2019-11',
      bullets: ['Wrote Note G'],
    },
  ],
  awards: [],
  volunteer: [],
  publications: [],
  interests: [],
  ...overrides,
});

function setup(value: ParsedResume) {
  const repositories = createInMemoryRepositories();
  const calls: Array<LlmRunRequest<LlmTaskName>> = [];
  const llm = {
    run: async (request: LlmRunRequest<LlmTaskName>) => {
      calls.push(request);
      return { value, rawText: '', usage: {}, promptId: 'p', promptVersion: 1 };
    },
  } as unknown as ILLMService;
  const useCase = new ImportProfileFile({
    profiles: repositories.profiles,
    unitOfWork: repositories.unitOfWork,
    clock: new FixedClock(),
    ids: new SequentialIds('ulid'),
    extractor: {
      extract: async (bytes) => ({ format: 'text', text: new TextDecoder().decode(bytes) }),
      extractDocument: async (bytes) => ({ format: 'text', text: new TextDecoder().decode(bytes) }),
    },
    llm,
  });
  return { useCase, calls, repositories };
}

describe('ImportProfileFile', () => {
  it('creates the profile from what was read, dropping and reporting what a profile cannot hold', async () => {
    const { useCase, calls } = setup(parsed());
    const result = await useCase.execute({ userId: 'u1', bytes: new TextEncoder().encode('resume text') });
    expect(calls[0]).toMatchObject({
      task: 'parse_resume',
      variables: { text: 'resume text' },
      userId: 'u1',
    });
    expect(result.profile).toMatchObject({
      fullName: 'Ada Lovelace',
      email: 'ada@example.org',
      links: [{ label: 'GitHub', url: 'https://github.com/ada' }],
      skills: { technical: ['Mathematics'] },
      certifications: [{ name: 'Fellow of the Royal Society', issuer: null, date: null }],
      languages: [{ language: 'French', fluency: 'Fluent' }],
      projects: [
        {
          name: 'Difference Engine notes',
          technologies: ['Mathematics', 'Punched cards'],
          url: 'https://github.com/ada/notes',
          startDate: '2019-02',
          endDate: '2019-11',
          bullets: ['Wrote Note G'],
        },
      ],
    });
    expect(result.profile.experiences).toHaveLength(1);
    expect(result.profile.experiences[0]).toMatchObject({ company: 'Analytical Engines Ltd', endDate: null });
    expect(result.dropped.map((issue) => issue.path).sort()).toEqual([
      'certifications[0].date',
      'experiences[0].endDate',
      'experiences[1].company',
    ]);
    expect(result.unfilled).toEqual(['headline', 'phone', 'location', 'summary', 'education']);
  });

  it("keeps a degree's grade, honours and coursework from the lines under it", async () => {
    const { useCase } = setup(
      parsed({
        education: [
          {
            institution: 'University of London',
            degree: 'BSc',
            field: 'Mathematics',
            startDate: '1835',
            endDate: '1838',
            details: ['GPA: 3.9/4.0, Dean’s List', 'Relevant Coursework: Analysis, Algebra', 'London'],
          },
        ],
      }),
    );
    const result = await useCase.execute({ userId: 'u1', bytes: new TextEncoder().encode('resume text') });
    expect(result.profile.education[0]).toMatchObject({
      gpa: '3.9/4.0',
      honors: 'Dean’s List',
      coursework: ['Analysis', 'Algebra'],
    });
  });

  it('keeps awards, volunteer work, publications and interests where a JSON Resume export gives them back', async () => {
    const { useCase } = setup(
      parsed({
        awards: [{ title: 'Employee of the Year', awarder: 'Analytical Engines Ltd', date: '2021' }],
        volunteer: [
          {
            position: 'Volunteer Tutor',
            organization: 'Code Club',
            startDate: '2018-09',
            endDate: null,
            bullets: ['Taught 12 pupils to program'],
          },
        ],
        publications: [{ name: 'Sketch of the Analytical Engine, Scientific Memoirs', date: '1843' }],
        interests: ['Chess'],
      }),
    );
    const result = await useCase.execute({ userId: 'u1', bytes: new TextEncoder().encode('resume text') });
    const kept = {
      awards: [{ title: 'Employee of the Year', awarder: 'Analytical Engines Ltd', date: '2021' }],
      volunteer: [
        {
          position: 'Volunteer Tutor',
          organization: 'Code Club',
          startDate: '2018-09',
          highlights: ['Taught 12 pupils to program'],
        },
      ],
      publications: [{ name: 'Sketch of the Analytical Engine, Scientific Memoirs', releaseDate: '1843' }],
      interests: [{ name: 'Chess' }],
    };
    expect(result.profile.customFields).toEqual({ jsonResume: kept });
    expect(toJsonResume(result.profile)).toMatchObject(kept);
    expect(statedEntries(result.profile.customFields)).toHaveLength(3);
  });

  it('adds no custom fields when the resume has none of those sections', async () => {
    const { useCase } = setup(parsed());
    const result = await useCase.execute({ userId: 'u1', bytes: new TextEncoder().encode('resume text') });
    expect(result.profile.customFields).toEqual({});
  });

  it('refuses a resume without a name rather than inventing one', async () => {
    const { useCase, repositories } = setup(parsed({ fullName: null }));
    await expect(useCase.execute({ userId: 'u1', bytes: new Uint8Array([65]) })).rejects.toMatchObject({
      code: 'IMPORT.NO_NAME',
    });
    expect(await repositories.profiles.countByOwner('u1')).toBe(0);
  });
});

import type { JobFacts, ProfileFacts } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { LocalLlmService } from '../../../src/llm/local/local-llm-service.js';
import {
  writeLocalizedCoverLetter,
  writeLocalizedSummary,
  writingLanguage,
} from '../../../src/llm/local/localized-writers.js';

const max: ProfileFacts = {
  fullName: 'Maximilian Hoffmann',
  headline: 'Industriemechaniker',
  experiences: [
    {
      title: 'Instandhaltungstechniker',
      company: 'Robert Bosch GmbH',
      startDate: '2020-04',
      endDate: null,
      bullets: [
        'Wartung und Instandsetzung von CNC-Bearbeitungszentren',
        'Fehlerdiagnose an SPS-gesteuerten Anlagen (Siemens S7)',
        'Einarbeitung von 6 Auszubildenden',
      ],
    },
    {
      title: 'Industriemechaniker',
      company: 'Daimler AG',
      startDate: '2010-09',
      endDate: '2020-03',
      bullets: ['Montage und Einstellung von Fertigungsanlagen'],
    },
  ],
  skills: ['SAP PM', 'MS Office'],
};
const job: JobFacts = {
  title: 'Instandhaltungstechniker',
  company: 'Mercedes-Benz AG',
  keywords: ['Siemens S7', 'SAP PM'],
};

describe('the built-in engine writes in the language of the profile', () => {
  it('reads the language from the profile’s own lines: German, French, Spanish, Polish, else English', () => {
    expect(writingLanguage(max)).toBe('de');
    const english = {
      ...max,
      experiences: [{ ...max.experiences[0]!, bullets: ['Repaired CNC machining centres for the plant'] }],
    };
    expect(writingLanguage({ ...english, headline: null })).toBeNull();
  });

  it('writes a German summary and letter from the profile’s facts, quoting its lines as written', () => {
    expect(writeLocalizedSummary('de', max, job).summary).toBe(
      'Instandhaltungstechniker mit Berufserfahrung bei der Robert Bosch GmbH und der Daimler AG seit 2010. Kenntnisse: SAP PM und MS Office.',
    );
    const letter = writeLocalizedCoverLetter('de', max, job);
    expect(letter.paragraphs).toEqual([
      'hiermit bewerbe ich mich um die Stelle „Instandhaltungstechniker“ bei der Mercedes-Benz AG. Derzeit bin ich als Instandhaltungstechniker bei der Robert Bosch GmbH tätig und bringe praktische Erfahrung mit SAP PM mit.',
      'Bei der Robert Bosch GmbH gehörten unter anderem dazu: Fehlerdiagnose an SPS-gesteuerten Anlagen (Siemens S7); Wartung und Instandsetzung von CNC-Bearbeitungszentren.',
      'Davor war ich als Industriemechaniker bei der Daimler AG tätig.',
      'Gern erläutere ich in einem persönlichen Gespräch, wie ich die Mercedes-Benz AG mit meiner Erfahrung in SAP PM unterstützen kann. Vielen Dank für Ihre Zeit.',
    ]);
    expect([letter.salutation, letter.closing]).toEqual([
      'Sehr geehrte Damen und Herren,',
      'Mit freundlichen Grüßen',
    ]);
  });

  it.each([
    ['fr', 'Je vous adresse ma candidature au poste « Instandhaltungstechniker » chez Mercedes-Benz AG.'],
    [
      'es',
      'Le escribo para presentar mi candidatura al puesto «Instandhaltungstechniker» en Mercedes-Benz AG.',
    ],
    [
      'pl',
      'w odpowiedzi na ogłoszenie przesyłam swoją kandydaturę na stanowisko „Instandhaltungstechniker” w firmie Mercedes-Benz AG.',
    ],
  ] as const)('opens a letter in %s with the job it applies for', (language, opening) => {
    const letter = writeLocalizedCoverLetter(language, max, job);
    expect(letter.paragraphs[0]?.startsWith(opening)).toBe(true);
    // No number, employer, title or skill of its own: every one in the letter is the profile's or the job's.
    const text = letter.paragraphs.join(' ');
    expect(text.match(/\d+/gu) ?? []).toEqual(['7']);
    for (const name of ['Robert Bosch GmbH', 'Daimler AG', 'SAP PM']) expect(text).toContain(name);
  });

  it('elides French "de" before a title that opens with a vowel', () => {
    const letter = writeLocalizedCoverLetter('fr', max, job);
    expect(letter.paragraphs).toContain(
      'Auparavant, j’ai occupé le poste d’Industriemechaniker chez Daimler AG.',
    );
  });

  it('answers write_summary and write_cover_letter in the profile’s language, and in English otherwise', async () => {
    const llm = new LocalLlmService({
      parseJob: () => {
        throw new Error('unused');
      },
    });
    const run = (profile: ProfileFacts) =>
      llm.complete({
        task: 'write_summary',
        variables: { profile, job },
        prompt: { system: '', user: '' },
        schema: { validate: (value: unknown) => ({ ok: true as const, value }) },
      } as never);
    expect(((await run(max)).value as { summary: string }).summary).toMatch(/^Instandhaltungstechniker mit/u);
    const english = {
      ...max,
      headline: 'Maintenance Technician',
      experiences: max.experiences.map((e) => ({
        ...e,
        bullets: ['Repaired CNC machining centres for the plant and the team'],
      })),
    };
    expect(((await run(english)).value as { summary: string }).summary).toMatch(/with experience at/u);
  });
});

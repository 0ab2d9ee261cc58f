import { describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../src/documents/document.js';
import {
  degreeTitle,
  documentToMarkdown,
  documentToText,
} from '../../src/documents/document-plain-formats.js';
import { toRenderableDocument } from '../../src/documents/to-renderable.js';

const contact = { fullName: 'Max Hoffmann', email: 'max@example.de', phone: null, location: null, links: [] };
const resume = (bullet: string, summary: string): DocumentContent =>
  ({
    type: 'resume',
    contact,
    resume: {
      headline: null,
      summary: { text: summary, sourceRefs: [] },
      experiences: [
        {
          itemId: null,
          title: 'Instandhaltungstechniker',
          company: 'Robert Bosch GmbH',
          location: null,
          startDate: '2020-04',
          endDate: null,
          current: true,
          bullets: [{ text: bullet, sourceRefs: [] }],
        },
      ],
      skills: ['SAP PM'],
      projects: [],
      education: [],
      certifications: ['Industriemeister Metall (IHK)'],
      awards: ['Bester Auszubildender des Jahrgangs — IHK Region Stuttgart (2017)'],
      volunteer: [
        { position: 'Jugendtrainer', organization: 'TSV Feuerbach', startDate: '2019-09', endDate: null },
      ],
      publications: ['Vorbeugende Instandhaltung im Mittelstand — Instandhaltung Praxis (2023)'],
      languages: ['Deutsch (Muttersprache)'],
    },
  }) as unknown as DocumentContent;

describe('the words a document prints around its content', () => {
  it('are those of the language its sentences are written in', () => {
    const german = resume(
      'Wartung und Instandsetzung von CNC-Bearbeitungszentren für die Fertigung',
      'Instandhaltungstechniker mit Berufserfahrung bei der Robert Bosch GmbH seit 2020.',
    );
    const renderable = toRenderableDocument(german, 'Lebenslauf');
    expect(renderable.sections.map((s) => s.heading)).toEqual([
      'Profil',
      'Berufserfahrung',
      'Kenntnisse',
      'Zertifikate und Weiterbildungen',
      'Auszeichnungen',
      'Ehrenamtliches Engagement',
      'Veröffentlichungen',
      'Sprachen',
    ]);
    expect(renderable.sections[1]?.blocks[0]).toMatchObject({ dates: '04/2020 – heute' });
    // A volunteer role with a start and no end goes on.
    expect(renderable.sections[5]?.blocks[0]).toEqual({
      type: 'entry',
      title: 'Jugendtrainer',
      organisation: 'TSV Feuerbach',
      dates: '09/2019 – heute',
      bullets: [],
    });
    expect(documentToText(german)).toContain(
      'EHRENAMTLICHES ENGAGEMENT\nJugendtrainer · TSV Feuerbach\n09/2019 – heute\n',
    );
    expect(documentToText(german)).toContain(
      'VERÖFFENTLICHUNGEN\nVorbeugende Instandhaltung im Mittelstand — Instandhaltung Praxis (2023)\n',
    );
    expect(documentToMarkdown(german)).toContain('## Ehrenamtliches Engagement');
    expect(documentToMarkdown(german)).toContain('## Berufserfahrung');
    expect(documentToMarkdown(german)).toContain(
      '## Auszeichnungen\n\n### Bester Auszubildender des Jahrgangs — IHK Region Stuttgart (2017)',
    );
    expect(documentToText(german)).toContain('AUSZEICHNUNGEN');
    expect(documentToText(german)).toContain('04/2020 – heute');
  });

  it('stay English for an English document, as before', () => {
    const english = resume(
      'Repaired CNC machining centres for the plant and trained the night shift',
      'Maintenance technician with experience at Robert Bosch GmbH since 2020.',
    );
    const renderable = toRenderableDocument(english, 'Resume');
    expect(renderable.sections.map((s) => s.heading)).toEqual([
      'Summary',
      'Experience',
      'Skills',
      'Certifications',
      'Awards',
      'Volunteering',
      'Publications',
      'Languages',
    ]);
    expect(renderable.sections[1]?.blocks[0]).toMatchObject({ dates: 'Apr 2020 – Present' });
    expect(renderable.sections[5]?.blocks[0]).toMatchObject({ dates: 'Sep 2019 – Present' });
  });

  it.each([
    [
      'hiermit bewerbe ich mich um die Stelle bei der Nordwind GmbH und bringe Erfahrung mit SAP mit.',
      '7. Dezember 2026',
    ],
    ['Je vous adresse ma candidature au poste de comptable chez Nordwind.', '7 décembre 2026'],
    ['Le escribo para presentar mi candidatura al puesto de contable en Nordwind.', '7 de diciembre de 2026'],
    [
      'w odpowiedzi na ogłoszenie przesyłam swoją kandydaturę na stanowisko w firmie Nordwind.',
      '7 grudnia 2026',
    ],
    ['I am applying for the accountant position at Nordwind and bring SAP experience.', '7 December 2026'],
  ])('date a letter in its own language: "%s"', (paragraph, date) => {
    const letter = {
      type: 'coverLetter',
      contact,
      letter: {
        salutation: 'Dear Hiring Team,',
        paragraphs: [paragraph],
        closing: 'Regards,',
        signature: 'Max Hoffmann',
      },
    } as unknown as DocumentContent;
    expect(toRenderableDocument(letter, 'Letter', new Date('2026-12-07T10:00:00Z')).letter?.date).toBe(date);
  });
});

describe('a German training and its trade', () => {
  it.each([
    [{ degree: 'Ausbildung', field: 'Industriemechaniker' }, 'Ausbildung zum Industriemechaniker'],
    [
      { degree: 'Ausbildung', field: 'Gesundheits- und Krankenpflegerin' },
      'Ausbildung zur Gesundheits- und Krankenpflegerin',
    ],
    [
      { degree: 'Umschulung', field: 'Fachkraft für Lagerlogistik' },
      'Umschulung zur Fachkraft für Lagerlogistik',
    ],
    [{ degree: 'Ausbildung', field: 'Kaufmann im Einzelhandel' }, 'Ausbildung zum Kaufmann im Einzelhandel'],
    // Words that would have to be declined keep the plain form.
    [
      { degree: 'Ausbildung', field: 'Medizinische Fachangestellte' },
      'Ausbildung, Medizinische Fachangestellte',
    ],
    [{ degree: 'Bachelor of Science', field: 'Biology' }, 'Bachelor of Science, Biology'],
    [{ degree: 'Ausbildung', field: null }, 'Ausbildung'],
  ])('%o reads "%s"', (entry, title) => {
    expect(degreeTitle(entry)).toBe(title);
  });
});

import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/llm/local/resume-text-parser.js';
import { taskOutputSchemas } from '../../src/llm/tasks/task-schemas.js';

const read = (...lines: string[]) => parseResumeText(['Rachel Kim', ...lines].join('\n'));

describe('certifications and languages in an imported resume', () => {
  it('reads a certification with its issuer and date, and a list of codes as one each', () => {
    const parsed = read(
      'Licenses & Certifications',
      '• RN License, Washington State',
      '• CCRN, BLS, ACLS',
      'Professional Engineer (PE), Texas, 2018',
      'Certified Kubernetes Administrator — The Linux Foundation (Mar 2021)',
      'AWS Certified Solutions Architect – Associate, Amazon Web Services, 2022',
    );
    expect(parsed.certifications).toEqual([
      { name: 'RN License', issuer: 'Washington State', date: null },
      { name: 'CCRN', issuer: null, date: null },
      { name: 'BLS', issuer: null, date: null },
      { name: 'ACLS', issuer: null, date: null },
      { name: 'Professional Engineer (PE)', issuer: 'Texas', date: '2018' },
      { name: 'Certified Kubernetes Administrator', issuer: 'The Linux Foundation', date: '2021-03' },
      {
        name: 'AWS Certified Solutions Architect – Associate',
        issuer: 'Amazon Web Services',
        date: '2022',
      },
    ]);
  });

  it('reads no date from an expiry, and no issuer from a licence number', () => {
    const parsed = read(
      'Licenses',
      '• RN License, Washington State, exp. 06/2027',
      '• BLS — American Heart Association, valid through 2026',
      '• Journeyman Electrician License #EL-0042117, Texas, expires 2025',
    );
    expect(parsed.certifications).toEqual([
      { name: 'RN License', issuer: 'Washington State', date: null },
      { name: 'BLS', issuer: 'American Heart Association', date: null },
      { name: 'Journeyman Electrician License #EL-0042117', issuer: 'Texas', date: null },
    ]);
  });

  it('reads no issuer from the words of an expiry after a dash ("– expires 2026")', () => {
    const parsed = read(
      'Tickets & Certifications',
      'Standard First Aid & CPR Level C – expires 2026',
      'H2S Alive, Energy Safety Canada (valid until 2027)',
    );
    expect(parsed.certifications).toEqual([
      { name: 'Standard First Aid & CPR Level C', issuer: null, date: null },
      { name: 'H2S Alive', issuer: 'Energy Safety Canada', date: null },
    ]);
  });

  it("keeps a year written into a credential's name in the name, and reads a year written as a date as its date", () => {
    const parsed = read(
      'Certifications',
      'WHMIS 2015',
      'ISO 9001:2015 Internal Auditor',
      'Windows Server 2019 administration',
      'ISO/IEC 27001:2022 Lead Implementer, PECB, 2023',
      'First Aid, Red Cross (2015)',
      'PMP – 2015',
      'Scrum Master, Scrum.org, Jan 2015',
      'Six Sigma Green Belt 2015–2018',
      'CCNA, issued 2015',
      'AWS Certified Developer – Associate 2021',
    );
    expect(parsed.certifications).toEqual([
      { name: 'WHMIS 2015', issuer: null, date: null },
      { name: 'ISO 9001:2015 Internal Auditor', issuer: null, date: null },
      { name: 'Windows Server 2019 administration', issuer: null, date: null },
      { name: 'ISO/IEC 27001:2022 Lead Implementer', issuer: 'PECB', date: '2023' },
      { name: 'First Aid', issuer: 'Red Cross', date: '2015' },
      { name: 'PMP', issuer: null, date: '2015' },
      { name: 'Scrum Master', issuer: 'Scrum.org', date: '2015-01' },
      { name: 'Six Sigma Green Belt', issuer: null, date: '2015' },
      { name: 'CCNA', issuer: null, date: '2015' },
      { name: 'AWS Certified Developer – Associate', issuer: null, date: '2021' },
    ]);
  });

  it('reads a certificate after a licence as a credential of its own, never as its issuer', () => {
    const parsed = read(
      'Zertifikate',
      'Führerschein Klasse B, Staplerschein',
      'Führerschein Klasse C/CE – Fahrerkarte – ADR-Schein',
      'Prawo jazdy kat. B, uprawnienia na wózki widłowe',
      'Permis B, CACES R489',
      'Driving licence (B), Forklift licence',
      'Forklift licence, Forklift Training Ltd, 2019',
      'CCRN, AACN Certification Corporation, 2020',
    );
    expect(parsed.certifications).toEqual([
      { name: 'Führerschein Klasse B', issuer: null, date: null },
      { name: 'Staplerschein', issuer: null, date: null },
      { name: 'Führerschein Klasse C/CE', issuer: null, date: null },
      { name: 'Fahrerkarte', issuer: null, date: null },
      { name: 'ADR-Schein', issuer: null, date: null },
      { name: 'Prawo jazdy kat. B', issuer: null, date: null },
      { name: 'uprawnienia na wózki widłowe', issuer: null, date: null },
      { name: 'Permis B', issuer: null, date: null },
      { name: 'CACES R489', issuer: null, date: null },
      { name: 'Driving licence (B)', issuer: null, date: null },
      { name: 'Forklift licence', issuer: null, date: null },
      { name: 'Forklift licence', issuer: 'Forklift Training Ltd', date: '2019' },
      { name: 'CCRN', issuer: 'AACN Certification Corporation', date: '2020' },
    ]);
  });

  it.each([
    'Führerscheine',
    'Driving licences',
    'Permis et habilitations',
    'Carnés',
    'Uprawnienia i certyfikaty',
  ])('reads a "%s" section as licences, a line of classes as one licence', (heading) => {
    const parsed = read(
      'Ausbildung',
      '2012 – 2015 Ausbildung zum Fachlageristen, IHK Dortmund',
      heading,
      'Klasse B, C, CE',
      'Prawo jazdy kat. B, C+E',
      'Fahrerkarte, ADR-Schein (Basiskurs)',
    );
    expect([parsed.education.map((e) => e.details), parsed.certifications]).toEqual([
      [[]],
      [
        { name: 'Klasse B, C, CE', issuer: null, date: null },
        { name: 'Prawo jazdy kat. B, C+E', issuer: null, date: null },
        { name: 'Fahrerkarte', issuer: null, date: null },
        { name: 'ADR-Schein (Basiskurs)', issuer: null, date: null },
      ],
    ]);
  });

  it('passes over a long line under the heading: a description, no credential', () => {
    const parsed = read(
      'Certifications',
      'Completed forty hours of continuing education in critical care nursing every year since I qualified',
    );
    expect(parsed.certifications).toEqual([]);
  });

  it.each([
    ['Spanish (Native or Bilingual)', [{ language: 'Spanish', fluency: 'Native or Bilingual' }]],
    ['Englisch – verhandlungssicher', [{ language: 'Englisch', fluency: 'verhandlungssicher' }]],
    ['German: fluent', [{ language: 'German', fluency: 'fluent' }]],
    ['French B2', [{ language: 'French', fluency: 'B2' }]],
    [
      'Anglais : courant (C1) – Espagnol : intermédiaire (B1)',
      [
        { language: 'Anglais', fluency: 'courant (C1)' },
        { language: 'Espagnol', fluency: 'intermédiaire (B1)' },
      ],
    ],
    ['English – Fluent', [{ language: 'English', fluency: 'Fluent' }]],
    [
      'English (native), Polish, Brazilian Portuguese',
      [
        { language: 'English', fluency: 'native' },
        { language: 'Polish', fluency: null },
        { language: 'Brazilian Portuguese', fluency: null },
      ],
    ],
    // Polish and Spanish write a language in lower case: a level after it says it is one.
    ['angielski – B2', [{ language: 'angielski', fluency: 'B2' }]],
    ['inglés: avanzado', [{ language: 'inglés', fluency: 'avanzado' }]],
    // A row of languages whose gaps a PDF lost: a name before a dash after a level starts the next one.
    [
      'Español – Nativo Inglés – B2 Valenciano – C1',
      [
        { language: 'Español', fluency: 'Nativo' },
        { language: 'Inglés', fluency: 'B2' },
        { language: 'Valenciano', fluency: 'C1' },
      ],
    ],
  ])('reads the languages of "%s"', (line, languages) => {
    expect(read('Languages', line).languages).toEqual(languages);
  });

  it('accepts a model answer without them (the parse_resume shape before they were added)', () => {
    const older = {
      fullName: 'Rachel Kim',
      headline: null,
      contact: { email: null, phone: null, location: null, links: [] },
      summary: null,
      experiences: [],
      education: [],
      skills: [],
    };
    expect(taskOutputSchemas.parse_resume.parse(older)).toMatchObject({ certifications: [], languages: [] });
  });

  it('gives codes listed before their issuer that issuer, and lists the credentials of a labelled skills line', () => {
    expect(
      read('Licenses & Certifications', 'BLS, ACLS – American Heart Association').certifications,
    ).toEqual([
      { name: 'BLS', issuer: 'American Heart Association', date: null },
      { name: 'ACLS', issuer: 'American Heart Association', date: null },
    ]);
    const skills = read('Skills', 'Technical: Excel, SQL\nCertifications: CPA (Illinois), CMA');
    expect([skills.skills, skills.certifications]).toEqual([
      ['Excel', 'SQL'],
      [
        { name: 'CPA (Illinois)', issuer: null, date: null },
        { name: 'CMA', issuer: null, date: null },
      ],
    ]);
  });

  it.each([
    'Weiterbildung',
    'Fort- und Weiterbildungen',
    'Training',
    'Courses',
    'Professional Development',
    'Szkolenia',
  ])('reads what a "%s" section lists as credentials, "at" inside a name', (heading) => {
    expect(
      read(
        heading,
        '2016 – 2018  Industriemeister Metall (IHK), Abendschule Stuttgart',
        'First Aid at Work, St John Ambulance, 2022',
      ).certifications,
    ).toEqual([
      { name: 'Industriemeister Metall (IHK)', issuer: 'Abendschule Stuttgart', date: '2016' },
      { name: 'First Aid at Work', issuer: 'St John Ambulance', date: '2022' },
    ]);
  });

  it('reads a labelled driving licence among the skills or the personal details as a licence', () => {
    const skills = read('Kenntnisse', 'EDV: MS Office, SAP PM', 'Führerschein: Klasse B');
    expect([skills.skills, skills.certifications]).toEqual([
      ['MS Office', 'SAP PM'],
      [{ name: 'Führerschein Klasse B', issuer: null, date: null }],
    ]);
    const details = read('Personal Details', 'Driving licence: full UK (B, BE)', 'Email: rachel@example.com');
    expect([details.certifications, details.contact.email]).toEqual([
      [{ name: 'Driving licence full UK (B, BE)', issuer: null, date: null }],
      'rachel@example.com',
    ]);
  });

  it('reads a driving licence in a row under the languages of a table as a licence, no language', () => {
    const parsed = read(
      'Sprachen',
      'Deutsch (Muttersprache), Englisch (verhandlungssicher)',
      'Führerschein   Klasse B',
    );
    expect([parsed.languages.map((l) => l.language), parsed.certifications]).toEqual([
      ['Deutsch', 'Englisch'],
      [{ name: 'Führerschein Klasse B', issuer: null, date: null }],
    ]);
  });
});

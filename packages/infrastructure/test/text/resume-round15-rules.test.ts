import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/llm/local/resume-text-parser.js';
import { parseCertifications } from '../../src/llm/local/resume/credentials.js';
import { findRange } from '../../src/llm/local/resume/dates.js';
import { parseEducation } from '../../src/llm/local/resume/education.js';
import { unlabelForm } from '../../src/llm/local/resume/form-labels.js';
import { headingOf } from '../../src/llm/local/resume/headings.js';
import { pageText, type PlacedText } from '../../src/text/pdf-layout.js';

/** The rules round fifteen's resumes called for, each on the smallest text that needs it. */
describe('Italian and Portuguese resumes', () => {
  it.each([
    ['Marzo 2019 – oggi', '2019-03', null, true],
    ['Settembre 2014 – Febbraio 2019', '2014-09', '2019-02', false],
    ['março de 2021 – atual', '2021-03', null, true],
    ['fevereiro de 2018 até janeiro de 2021', '2018-02', '2021-01', false],
    ['mar/2021 – out/2023', '2021-03', '2023-10', false],
    ['dal 2020', '2020', null, true],
  ])('reads the dates "%s"', (text, start, end, current) => {
    expect(findRange(text)).toMatchObject({ start, end, current });
  });

  it.each([
    ['Esperienza professionale', 'experience'],
    ['ESPERIENZE LAVORATIVE', 'experience'],
    ['Istruzione e formazione', 'education'],
    ['Competenze informatiche', 'skills'],
    ['Lingue', 'languages'],
    ['Experiência profissional', 'experience'],
    ['Formação acadêmica', 'education'],
    ['Competências', 'skills'],
    ['Certificações', 'certifications'],
    ['Resumo profissional', 'summary'],
  ])('reads the heading "%s" as %s', (heading, kind) => {
    expect(headingOf(heading)).toBe(kind);
  });

  it('reads a Brazilian resume: its roles, degrees, skills and languages', () => {
    const parsed = parseResumeText(
      [
        'Ana Souza',
        'ana.souza@gmail.com | (21) 99876-5432',
        'Experiência profissional',
        'Analista Financeiro',
        'Banco Horizonte S.A., Rio de Janeiro | jan/2020 – atual',
        '• Conciliação bancária diária.',
        'Formação acadêmica',
        'Bacharelado em Ciências Contábeis, Universidade Federal Fluminense, 2019',
        'Competências',
        'Excel, SAP FI, Power BI',
        'Idiomas',
        'Português – nativo',
        'Inglês – fluente',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.startDate, e.current])).toEqual([
      ['Analista Financeiro', 'Banco Horizonte S.A.', '2020-01', true],
    ]);
    expect(parsed.education.map((e) => [e.degree, e.institution])).toEqual([
      ['Bacharelado', 'Universidade Federal Fluminense'],
    ]);
    expect(parsed.skills).toEqual(['Excel', 'SAP FI', 'Power BI']);
    expect(parsed.languages.map((l) => l.language)).toEqual(['Português', 'Inglês']);
  });
});

describe('a form whose labels stand one space from their values (a right-aligned label column)', () => {
  const italian = [
    'Esperienza professionale',
    'Date Marzo 2019 – oggi',
    'Lavoro o posizione ricoperti Responsabile amministrativa',
    'Nome e indirizzo del datore di Ceramiche Emiliane S.p.A., Sassuolo',
    'lavoro',
    'Principali attività e Chiusure contabili mensili e bilancio; coordinamento di tre',
    'responsabilità addetti alla contabilità.',
  ];

  it('reads each label, also one wrapped over the next line, with the value beside it', () => {
    expect(unlabelForm(italian)).toEqual([
      'Esperienza professionale',
      'Responsabile amministrativa | Ceramiche Emiliane S.p.A., Sassuolo | Marzo 2019 – oggi',
      '• Chiusure contabili mensili e bilancio; coordinamento di tre addetti alla contabilità.',
    ]);
  });

  it('reads the same way in English, and the mother tongue row as a language', () => {
    const parsed = parseResumeText(
      [
        'Curriculum Vitae',
        'Name Thomas Wagner',
        'E-mail thomas.wagner@example.org',
        'Work experience',
        'Dates 04/2021 – present',
        'Occupation or position held Data Analyst',
        'Name and address of Hermes Germany GmbH, Hamburg',
        'employer',
        'Personal skills',
        'Mother tongue German',
        'Other languages English (C1)',
      ].join('\n'),
    );
    expect(parsed.fullName).toBe('Thomas Wagner');
    expect(parsed.experiences.map((e) => [e.title, e.company, e.startDate])).toEqual([
      ['Data Analyst', 'Hermes Germany GmbH', '2021-04'],
    ]);
    expect(parsed.languages.map((l) => l.language)).toEqual(['German', 'English']);
  });

  it('leaves a resume that is no form as it is, though its lines open with a label word', () => {
    const lines = ['Experience', 'Date Analyst, Acme Ltd, 2019 – 2021', 'Company cars managed for 40 staff.'];
    expect(unlabelForm(lines)).toEqual(lines);
  });
});

describe('degrees, credentials and sections', () => {
  it('keeps an abbreviated degree with its spelling out ("DCG – Diplôme de comptabilité et de gestion")', () => {
    expect(
      parseEducation([
        'DCG – Diplôme de comptabilité et de gestion, Lycée Gaston Berger, Lille, 2016',
        'HND – Higher National Diploma in Engineering, Glasgow Kelvin College, 2012',
      ]).map((e) => [e.degree, e.institution]),
    ).toEqual([
      ['DCG – Diplôme de comptabilité et de gestion', 'Lycée Gaston Berger'],
      ['HND – Higher National Diploma in Engineering', 'Glasgow Kelvin College'],
    ]);
    // An abbreviation that spells out something else is no part of the degree.
    expect(parseEducation(['MIT – Master of Science, 2012'])[0]?.degree).toBe('Master of Science');
  });

  it('reads a profession and the licence to practise it as one credential', () => {
    expect(
      parseCertifications([
        'Registered Nurse, Arizona Compact License, 2025',
        'Professional Engineer, Ontario Licence',
      ]).map((c) => c.name),
    ).toEqual(['Registered Nurse, Arizona Compact License', 'Professional Engineer, Ontario Licence']);
    // Two credentials named by their nouns stay two.
    expect(parseCertifications(['Forklift Licence, First Aid Certificate']).map((c) => c.name)).toEqual([
      'Forklift Licence',
      'First Aid Certificate',
    ]);
  });

  it("keeps a licence's class, type or list of what it covers in its name, not as its issuer", () => {
    expect(
      parseCertifications([
        'Driver Licence – Class C (full)',
        'Gasfitting Licence (VBA) – Type A Appliances',
        'Plumbing Licence – Water Supply, Sanitary, Drainage',
      ]).map((c) => [c.name, c.issuer]),
    ).toEqual([
      ['Driver Licence – Class C (full)', null],
      ['Gasfitting Licence (VBA) – Type A Appliances', null],
      ['Plumbing Licence – Water Supply, Sanitary, Drainage', null],
    ]);
    // An issuer after the dash stays the issuer.
    expect(parseCertifications(['Forklift Licence – RTITB, 2019'])[0]).toMatchObject({
      name: 'Forklift Licence',
      issuer: 'RTITB',
    });
  });

  it.each([
    ['Clinical Rotations', 'experience'],
    ['Professional Qualifications', 'certifications'],
    ['Leadership', 'volunteer'],
    ['Campus Involvement', 'volunteer'],
  ])('reads the heading "%s" as %s', (heading, kind) => {
    expect(headingOf(heading)).toBe(kind);
  });

  it("keeps a student's club office as a volunteer role", () => {
    const parsed = parseResumeText(
      [
        'Jamie Lee',
        'jamie.lee@example.edu',
        'Leadership',
        'Treasurer, Chess Society   2024 – 2025',
        '• Ran the society’s budget.',
      ].join('\n'),
    );
    expect(parsed.volunteer.map((v) => [v.position, v.organization, v.startDate])).toEqual([
      ['Treasurer', 'Chess Society', '2024'],
    ]);
  });

  it("reads no skill out of a functional resume's sentences, with or without a bullet's glyph", () => {
    const parsed = parseResumeText(
      [
        'Sam Taylor',
        'sam.taylor@example.com',
        'Key Skills',
        'Customer Service',
        '- Handled refunds and complaints calmly, escalating only when policy required it.',
        'Stock Control',
        '- Counted stock for quarterly audits.',
        'Skills',
        'Till operation, Stock rotation, Planograms, Food safety, Microsoft Excel.',
      ].join('\n'),
    );
    expect(parsed.skills).not.toContain('Handled refunds and complaints calmly');
    expect(parsed.skills).toEqual(
      expect.arrayContaining(['Customer Service', 'Stock Control', 'Till operation', 'Microsoft Excel']),
    );
  });
});

describe("a PDF's table of dates and labels under headings across the page", () => {
  const run = (str: string, x: number, y: number, fontSize = 10): PlacedText => ({
    str,
    x,
    y,
    width: str.length * fontSize * 0.5,
    fontSize,
  });

  it('is read row by row, not as two columns', () => {
    const text = pageText([
      run('Berufserfahrung', 50, 700, 12),
      run('seit 04/2021', 50, 680),
      run('Fachinformatiker', 200, 680),
      run('Stadtwerke Leipzig GmbH', 200, 668),
      run('Betreuung von 300 Arbeitsplätzen', 200, 656),
      run('Einführung eines Ticketsystems', 200, 644),
      run('08/2017 – 03/2021', 50, 620),
      run('IT-Support-Mitarbeiter', 200, 620),
      run('Sachsen Energie Service GmbH', 200, 608),
      run('First- und Second-Level-Support', 200, 596),
      run('Kenntnisse', 50, 570, 12),
      run('IT', 50, 550),
      run('Windows Server, VMware, Linux', 200, 550),
      run('Sprachen', 50, 538),
      run('Deutsch, Englisch, Russisch', 200, 538),
      run('Leipzig, 01.12.2026', 50, 500),
    ]);
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^seit 04\/2021 +Fachinformatiker$/u),
        expect.stringMatching(/^Sprachen +Deutsch, Englisch, Russisch$/u),
      ]),
    );
  });
});

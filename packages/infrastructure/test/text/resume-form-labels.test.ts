import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/llm/local/resume-text-parser.js';
import { unlabelForm } from '../../src/llm/local/resume/form-labels.js';
import { headingOf } from '../../src/llm/local/resume/headings.js';

describe('resumes written as a form (Europass and labelled lines)', () => {
  it('rewrites each labelled block into "Title | Employer | dates" and bullets', () => {
    expect(
      unlabelForm([
        'Zeitraum   04/2021 – heute',
        'Beruf oder Funktion   Senior Data Scientist',
        'Wichtigste Tätigkeiten und Zuständigkeiten   • Prognosemodelle in Python',
        '• Feature-Pipelines mit Spark',
        'Name und Adresse des Arbeitgebers   Zalando SE, Berlin',
      ]),
    ).toEqual([
      'Senior Data Scientist | Zalando SE, Berlin | 04/2021 – heute',
      '• Prognosemodelle in Python',
      '• Feature-Pipelines mit Spark',
    ]);
  });

  it('reads a labelled resume with colons, and leaves a free-form resume alone', () => {
    const parsed = parseResumeText(
      [
        'Curriculum Vitae',
        'Name: Ana Ruiz',
        'Correo electrónico: ana.ruiz@example.es',
        '',
        'Experiencia laboral',
        'Periodo: 03/2019 – actualidad',
        'Puesto: Enfermera',
        'Empresa: Hospital La Fe, Valencia',
        'Funciones: Cuidados intensivos',
      ].join('\n'),
    );
    expect(parsed.fullName).toBe('Ana Ruiz');
    expect(parsed.experiences).toMatchObject([
      {
        title: 'Enfermera',
        company: 'Hospital La Fe',
        startDate: '2019-03',
        current: true,
        bullets: ['Cuidados intensivos'],
      },
    ]);
    const free = ['Company: Acme', 'Built things'];
    expect(unlabelForm(free)).toEqual(free);
  });

  it('reads headings joined by "und", "i", "et", "y" or "&"', () => {
    expect(headingOf('Kenntnisse und Fähigkeiten')).toBe('skills');
    expect(headingOf('Schul- und Berufsbildung')).toBe('education');
    expect(headingOf('Wykształcenie i szkolenia')).toBe('education');
    expect(headingOf('Éducation et formation')).toBe('education');
    expect(headingOf('Angaben zur Person')).toBe('contact');
  });

  it('reads an Indian CV\'s "Company:" / "Designation:" / "Duration:" blocks, the dates last', () => {
    const parsed = parseResumeText(
      [
        'RAHUL SHARMA',
        'Email: rahul@example.in | Mobile: +91 98765 43210',
        'PROFESSIONAL EXPERIENCE',
        'Company: Infosys Limited, Pune',
        'Designation: Senior Test Engineer',
        'Duration: July 2019 – Till Date',
        'Roles & Responsibilities:',
        '• Designed test cases for a banking application.',
        '',
        'Company: Tech Mahindra, Noida',
        'Designation: Test Engineer',
        'Duration: June 2016 – June 2019',
        'Roles & Responsibilities:',
        '• Executed manual test cases.',
      ].join('\n'),
    );
    expect(
      parsed.experiences.map((e) => [e.title, e.company, e.location, e.startDate, e.current, e.bullets]),
    ).toEqual([
      [
        'Senior Test Engineer',
        'Infosys Limited',
        'Pune',
        '2019-07',
        true,
        ['Designed test cases for a banking application.'],
      ],
      ['Test Engineer', 'Tech Mahindra', 'Noida', '2016-06', false, ['Executed manual test cases.']],
    ]);
  });

  it('reads a Polish CV\'s dates alone over "Stanowisko:" and "Firma:" as that entry\'s', () => {
    const parsed = parseResumeText(
      [
        'Katarzyna Nowak',
        'katarzyna.nowak@example.pl',
        'DOŚWIADCZENIE ZAWODOWE',
        '06.2019 – obecnie',
        'Stanowisko: Specjalistka ds. kadr i płac',
        'Firma: Comarch S.A., Kraków',
        'Obowiązki:',
        '• naliczanie wynagrodzeń',
        '09.2016 – 05.2019',
        'Stanowisko: Referentka ds. kadr',
        'Firma: Bilans Sp. z o.o., Kraków',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.startDate, e.bullets])).toEqual([
      ['Specjalistka ds. kadr i płac', 'Comarch S.A.', 'Kraków', '2019-06', ['naliczanie wynagrodzeń']],
      ['Referentka ds. kadr', 'Bilans Sp. z o.o.', 'Kraków', '2016-09', []],
    ]);
  });

  it("ends an entry's activities at the next section's heading when no blank line comes before it (a PDF)", () => {
    expect(
      unlabelForm([
        '09.2016 – 05.2019',
        'Stanowisko: Referentka ds. kadr',
        'Firma: Bilans Sp. z o.o., Kraków',
        'Obowiązki:',
        'prowadzenie akt osobowych',
        'WOLONTARIAT',
        '2018 – 2020   Wolontariuszka – Fundacja Dzieciom',
      ]),
    ).toEqual([
      'Referentka ds. kadr | Bilans Sp. z o.o., Kraków | 09.2016 – 05.2019',
      '• prowadzenie akt osobowych',
      'WOLONTARIAT',
      '2018 – 2020   Wolontariuszka – Fundacja Dzieciom',
    ]);
  });

  it.each([
    ['Nachname(n) / Vorname(n)   Wagner, Thomas', 'Adresse(n)   Gartenweg 3, 90402 Nürnberg, Deutschland'],
    ['Surname(s) / First name(s)   Wagner, Thomas', 'Address(es)   12 High Street, Nürnberg, Deutschland'],
    ['Nazwisko(-a) / Imię(-ona)   Wagner, Thomas', 'Adres(y)   Nürnberg, Deutschland'],
  ])('reads the classic Europass\'s "%s" as the name, given names first', (name, address) => {
    const parsed = parseResumeText(
      [
        'Europass',
        'Angaben zur Person',
        name,
        address,
        'Berufserfahrung',
        'Zeitraum   04/2018 – heute',
        'Beruf oder Funktion   Elektroniker für Betriebstechnik',
        'Name und Adresse des Arbeitgebers   Siemens AG, Erlangen',
      ].join('\n'),
    );
    expect([parsed.fullName, parsed.experiences.map((e) => e.company)]).toEqual([
      'Thomas Wagner',
      ['Siemens AG'],
    ]);
  });

  it('takes no name from a Europass title ("Curriculum Vitae Europass")', () => {
    const parsed = parseResumeText(
      [
        'Curriculum Vitae Europass',
        'Información personal',
        'Apellido(s) / Nombre(s)   García López, María',
        'Correo(s) electrónico(s)   maria.garcia@gmail.com',
        'Experiencia laboral',
        'Fechas   03/2019 – actualidad',
        'Profesión o cargo desempeñado   Auxiliar administrativa',
        'Nombre y dirección de la empresa o empleador   Gestoría Martín S.L., Sevilla',
      ].join('\n'),
    );
    expect([parsed.fullName, parsed.contact.location]).toEqual(['María García López', null]);
  });

  it('reads the place of a Europass address with its country in brackets ("75011 Paris (France)")', () => {
    const parsed = parseResumeText(
      [
        'Camille Martin',
        'Adresse   12 rue des Lilas, 75011 Paris (France)',
        'Courrier électronique   camille.martin@gmail.com',
      ].join('\n'),
    );
    expect(parsed.contact.location).toBe('Paris (France)');
  });
});

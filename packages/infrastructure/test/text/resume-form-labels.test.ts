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
});

import { describe, expect, it } from 'vitest';
import { parseEducation } from '../../src/llm/local/resume/education.js';

/** Degree, field of study and institution in either order, in five languages: the field never stays glued to the degree. */
describe('education lines', () => {
  it.each([
    ['BSc Nursing, University of Leeds, 2019', 'BSc', 'Nursing', 'University of Leeds'],
    [
      'Master of Science in Computer Science — TU Berlin',
      'Master of Science',
      'Computer Science',
      'TU Berlin',
    ],
    ['Licence en gestion, Université de Lyon', 'Licence', 'gestion', 'Université de Lyon'],
    ['Université de Lyon — Licence en gestion (2014)', 'Licence', 'gestion', 'Université de Lyon'],
    ['BSN, Nursing, Ohio State University, 2017', 'BSN', 'Nursing', 'Ohio State University'],
    ['Master of Science in Physics, Caltech', 'Master of Science', 'Physics', 'Caltech'],
    [
      'Bachelor of Arts (B.A.) Betriebswirtschaftslehre | Universität Mannheim',
      'Bachelor of Arts (B.A.)',
      'Betriebswirtschaftslehre',
      'Universität Mannheim',
    ],
    // A Polish vocational school ("Zespół Szkół …", its genitive plural) and the technician's title in lower case.
    [
      '2011 – 2015 Zespół Szkół Zawodowych nr 3 w Poznaniu, technik logistyk',
      'technik',
      'logistyk',
      'Zespół Szkół Zawodowych nr 3 w Poznaniu',
    ],
    // British postgraduate teaching and diploma qualifications.
    [
      'PGCE Primary, University of the West of England, 2015',
      'PGCE',
      'Primary',
      'University of the West of England',
    ],
    // School-leaving and vocational qualifications of the five countries.
    ['Graduado en ESO – IES Cervantes, Madrid (2010)', 'Graduado', 'ESO', 'IES Cervantes'],
    [
      'Ciclo Formativo de Grado Medio en Cuidados Auxiliares de Enfermería, IES La Paz, 2012',
      'Ciclo Formativo',
      'Grado Medio en Cuidados Auxiliares de Enfermería',
      'IES La Paz',
    ],
    [
      '2005 – 2011 Realschule Dortmund, Realschulabschluss',
      'Realschulabschluss',
      null,
      'Realschule Dortmund',
    ],
    ['Bac pro ASSP – Lycée Jean Moulin, 2012', 'Bac pro ASSP', null, 'Lycée Jean Moulin'],
    [
      '2010 – 2014 I Liceum Ogólnokształcące w Krakowie, matura',
      'matura',
      null,
      'I Liceum Ogólnokształcące w Krakowie',
    ],
    [
      'Ausbildung zum Industriemechaniker, Berufsschule Stuttgart',
      'Ausbildung',
      'Industriemechaniker',
      'Berufsschule Stuttgart',
    ],
    [
      'mgr inż. Automatyka i Robotyka – Politechnika Wrocławska',
      'mgr inż.',
      'Automatyka i Robotyka',
      'Politechnika Wrocławska',
    ],
    ['Grado en Farmacia, Universidad de Granada', 'Grado', 'Farmacia', 'Universidad de Granada'],
    [
      'Master MEEF, Mathématiques, Université de Lille',
      'Master MEEF',
      'Mathématiques',
      'Université de Lille',
    ],
    ['Studium der Informatik (B.Sc.), TU München, 2010–2014', 'B.Sc.', 'Informatik', 'TU München'],
    [
      'Politechnika Warszawska — inżynier, Informatyka (2015–2019)',
      'inżynier',
      'Informatyka',
      'Politechnika Warszawska',
    ],
    [
      'Diplôme d’ingénieur, Génie industriel – INSA Lyon, 2017',
      'Diplôme d’ingénieur',
      'Génie industriel',
      'INSA Lyon',
    ],
    [
      'MSc Data Science (Distinction) — University of Edinburgh, 2020',
      'MSc',
      'Data Science',
      'University of Edinburgh',
    ],
    // British integrated masters and medical degrees, and the French master's year.
    ['MChem, University of Oxford, 2014', 'MChem', null, 'University of Oxford'],
    ['MPhys Physics, University of Manchester', 'MPhys', 'Physics', 'University of Manchester'],
    ['MBBS, Imperial College London, 2016', 'MBBS', null, 'Imperial College London'],
    [
      '2018 – Master 2 Ressources Humaines, IAE de Nantes',
      'Master 2',
      'Ressources Humaines',
      'IAE de Nantes',
    ],
  ])('%s', (line, degree, field, institution) => {
    const [entry] = parseEducation([line]);
    expect({ degree: entry?.degree, field: entry?.field, institution: entry?.institution }).toEqual({
      degree,
      field,
      institution,
    });
  });

  it('takes a school without a school word from the line below a degree that named its field', () => {
    const [entry] = parseEducation(['Sep 2014 – Jun 2015   Master en Marketing et vente', 'IAE Lyon']);
    expect(entry).toMatchObject({ degree: 'Master', field: 'Marketing et vente', institution: 'IAE Lyon' });
  });

  it('takes the training company and its place from the line below a vocational training', () => {
    const [entry] = parseEducation([
      '09/2007 – 07/2010',
      'Ausbildung zum Industriemechaniker',
      'Daimler AG, Sindelfingen',
      'Abschluss: IHK-Prüfung, Note 1,8',
    ]);
    expect(entry).toMatchObject({
      degree: 'Ausbildung',
      field: 'Industriemechaniker',
      institution: 'Daimler AG',
      details: ['Sindelfingen', 'Abschluss: IHK-Prüfung, Note 1,8'],
    });
  });

  it('takes the training company from the dates line below, but no honour as a school', () => {
    const [training] = parseEducation([
      'Ausbildung zum Industriemechaniker',
      'Daimler AG, Sindelfingen, 2014 – 2017',
    ]);
    expect(training).toMatchObject({
      degree: 'Ausbildung',
      field: 'Industriemechaniker',
      institution: 'Daimler AG',
      startDate: '2014',
      endDate: '2017',
      details: ['Sindelfingen'],
    });
    const [honours] = parseEducation(['BSc Computer Science', 'First Class Honours, 2019']);
    expect(honours?.institution).toBe('');
    const [graduated] = parseEducation(['Master en Finance', 'Graduated with distinction, 2019']);
    expect(graduated?.institution).toBe('');
  });

  it('keeps an honour in brackets after the field as a detail', () => {
    const [entry] = parseEducation(['MSc Data Science (Distinction) — University of Edinburgh, 2020']);
    expect(entry).toMatchObject({ field: 'Data Science', details: ['Distinction'] });
  });

  it('keeps a degree without a field whole', () => {
    const [entry] = parseEducation(['MBA — INSEAD, 2020']);
    expect(entry).toMatchObject({ degree: 'MBA', field: null });
  });

  it.each([
    [
      'Bachelor of Science in Nursing (BSN) | University of Washington | 2016',
      { institution: 'University of Washington', degree: 'Bachelor of Science (BSN)', field: 'Nursing' },
    ],
    [
      'Master of Business Administration (MBA), 2020',
      { degree: 'Master of Business Administration (MBA)', field: null },
    ],
    [
      'High School Diploma, Lincoln High School, Portland, OR, 2010',
      { institution: 'Lincoln High School', degree: 'High School Diploma' },
    ],
  ])('reads the US form "%s"', (line, expected) => {
    expect(parseEducation([line])[0]).toMatchObject(expected);
  });

  it.each([
    [
      'MBA, The Wharton School, University of Pennsylvania, 2018',
      'The Wharton School, University of Pennsylvania',
      [],
    ],
    ['B.A., Economics, University of California, Berkeley, 2012', 'University of California, Berkeley', []],
    [
      'BS Computer Science, University of Washington, Seattle, WA, 2010',
      'University of Washington',
      ['Seattle', 'WA'],
    ],
  ])('reads a school named over two parts, and its place apart: "%s"', (line, institution, details) => {
    expect(parseEducation([line])[0]).toMatchObject({ institution, details });
  });

  it.each([
    ['BSEE, Georgia Institute of Technology, 2015', 'BSEE'],
    ['University of Michigan — BSE Mechanical Engineering, 2009', 'BSE'],
    ['MSCS, Stanford University, 2019', 'MSCS'],
  ])('reads the US engineering degree in "%s"', (line, degree) => {
    expect(parseEducation([line])[0]).toMatchObject({ degree });
  });
});

import { describe, expect, it } from 'vitest';
import { findKnockouts, type KnockoutKind } from '../src/tailoring/knockouts.js';

// One requirement sentence per kind and language, as postings state them.
const CASES: readonly (readonly [string, KnockoutKind, string])[] = [
  ['en', 'experience_years', '3+ years of experience in automotive quality'],
  ['de', 'experience_years', 'Mindestens 2 Jahre Berufserfahrung in der Intensivpflege'],
  ['pl', 'experience_years', 'Minimum 4 lata doświadczenia w księgowości'],
  ['fr', 'experience_years', "3 ans d'expérience minimum en cabinet"],
  ['es', 'experience_years', '5 años de experiencia en contabilidad general'],
  ['en', 'licence_or_certification', 'Valid Ohio journeyman electrician license'],
  ['de', 'licence_or_certification', 'Gültiger Staplerschein und Führerschein Klasse B'],
  ['pl', 'licence_or_certification', 'Aktualne uprawnienia UDT i prawo jazdy kat. B'],
  ['fr', 'licence_or_certification', 'CACES R489 et permis B obligatoires'],
  ['es', 'licence_or_certification', 'Carnet de manipulador de alimentos'],
  ['en', 'degree', "Bachelor's degree in engineering"],
  ['de', 'degree', 'Abgeschlossenes Studium der Betriebswirtschaft'],
  ['pl', 'degree', 'Wykształcenie wyższe techniczne'],
  ['fr', 'degree', 'Bac+5 en école de commerce ou diplôme équivalent'],
  ['es', 'degree', 'Grado en Enfermería y colegiación'],
  ['en', 'language', 'Fluent English and Spanish'],
  ['de', 'language', 'Sehr gute Deutschkenntnisse (C1)'],
  ['pl', 'language', 'Znajomość języka angielskiego na poziomie B2'],
  ['fr', 'language', 'Anglais courant'],
  ['es', 'language', 'Inglés nivel B1'],
  ['en', 'work_authorisation', 'Must be authorized to work in the US without sponsorship'],
  ['de', 'work_authorisation', 'Gültige Arbeitserlaubnis für Deutschland'],
  ['pl', 'work_authorisation', 'Pozwolenie na pracę w Polsce'],
  ['fr', 'work_authorisation', 'Autorisation de travail en France'],
  ['es', 'work_authorisation', 'Permiso de trabajo en vigor'],
  ['en', 'minimum_age', 'Must be 18+ due to the nature of the role'],
  ['en', 'minimum_age', 'Must be over 25 for insurance purposes'],
  ['de', 'minimum_age', 'Sie müssen mindestens 18 Jahre alt sein'],
  ['pl', 'minimum_age', 'Pełnoletność'],
  ['fr', 'minimum_age', 'Être majeur et titulaire du permis B'],
  ['es', 'minimum_age', 'Ser mayor de edad'],
  ['es', 'experience_years', 'Experiencia mínima de 2 años en cocina'],
  ['es', 'language', 'Nivel de inglés B2'],
  ['en', 'shifts', 'Able to work rotating shifts including weekends'],
  ['de', 'shifts', 'Bereitschaft zur Schichtarbeit'],
  ['pl', 'shifts', 'Gotowość do pracy w systemie zmianowym'],
  ['fr', 'shifts', 'Travail en 2x8 et un samedi sur deux'],
  ['es', 'shifts', 'Disponibilidad para turnos rotativos'],
  // Weekend days named as the days worked, and school-leaving qualifications.
  ['en', 'shifts', 'Available to work Saturdays and Sundays'],
  ['de', 'shifts', 'Arbeit an der Kasse, auch samstags'],
  ['fr', 'shifts', 'Disponible le samedi'],
  ['es', 'shifts', 'Disponibilidad sábados y domingos'],
  ['pl', 'shifts', 'Gotowość do pracy w soboty'],
  ['en', 'degree', 'GCSEs in English and Maths (grade 4/C)'],
  ['en', 'degree', 'GCSE Maths and English at grade 4/C or above'],
  ['de', 'degree', 'Guter Realschulabschluss oder Abitur'],
  ['fr', 'degree', 'Baccalauréat exigé'],
  ['es', 'degree', 'Bachillerato o Formación Profesional'],
  ['pl', 'degree', 'Matura'],
  // Years of doing the work, without the word "experience".
  ['en', 'experience_years', '3+ years running end-to-end UK payroll'],
  ['en', 'experience_years', '4+ years in a DevOps or SRE role'],
  ['en', 'experience_years', '2 years as a forklift driver'],
  // Months of experience.
  ['en', 'experience_years', "6 months' experience in retail"],
  ['de', 'experience_years', 'Mindestens 6 Monate Erfahrung'],
  ['fr', 'experience_years', "6 mois d'expérience en restauration"],
  ['es', 'experience_years', 'Experiencia mínima de 6 meses en UCI'],
  ['pl', 'experience_years', 'Doświadczenie min. 6 miesięcy'],
  // The years after the experience, in words, or several of them.
  ['de', 'experience_years', 'Berufserfahrung von mindestens drei Jahren'],
  ['de', 'experience_years', 'Mehrjährige Berufserfahrung in der Pflege'],
  ['pl', 'experience_years', 'Minimum rok doświadczenia'],
  ['fr', 'experience_years', 'Une expérience de deux ans minimum'],
  ['es', 'experience_years', 'Experiencia de al menos dos años'],
  ['en', 'security_clearance', 'Enhanced DBS or willingness to obtain one'],
  ['de', 'language', 'Deutsch auf C1-Niveau'],
  ['es', 'language', 'Dominio del inglés'],
  ['es', 'language', 'Inglés alto'],
  ['pl', 'language', 'Bardzo dobra znajomość angielskiego'],
  ['fr', 'work_authorisation', 'Nationalité française ou ressortissant UE'],
  ['es', 'shifts', 'Disponibilidad horaria'],
  ['pl', 'shifts', 'Praca w nocy'],
  ['es', 'degree', 'Grado universitario en Derecho'],
  ['fr', 'degree', 'Licence en droit'],
  ['fr', 'licence_or_certification', 'Titre professionnel de cariste'],
  ['fr', 'minimum_age', 'Vous devez avoir 18 ans'],
  ['es', 'minimum_age', 'Tener 18 años cumplidos'],
  ['en', 'security_clearance', 'All candidates must complete a drug and alcohol test.'],
  ['en', 'security_clearance', 'Must pass a drug screen'],
  ['en', 'licence_or_certification', 'Valid CSCS card (Blue or Gold)'],
];

describe('knock-out requirements in five languages', () => {
  it.each(CASES)('%s %s: %s', (_lang, kind, text) => {
    expect(findKnockouts([text]).map((k) => k.kind)).toContain(kind);
  });

  it('reads no experience in a contract length or an age of the company', () => {
    expect(
      findKnockouts(['A 2 year fixed-term contract', 'Founded 20 years ago in Leeds', 'A 6 month contract']),
    ).toEqual([]);
  });

  it('reads an age as an age, not as years of experience', () => {
    expect(findKnockouts(['Sie müssen mindestens 18 Jahre alt sein']).map((k) => k.kind)).toEqual([
      'minimum_age',
    ]);
    expect(findKnockouts(['Un rôle majeur dans notre équipe'])).toEqual([]);
    expect(findKnockouts(['18 years of experience in retail']).map((k) => k.kind)).toEqual([
      'experience_years',
    ]);
  });

  it('keeps an abbreviation inside its sentence ("min. 3 lata", "kat. B", "U.S. citizenship")', () => {
    expect(
      findKnockouts(['- min. 3 lata doświadczenia na podobnym stanowisku\n- prawo jazdy kat. B']),
    ).toEqual([
      { kind: 'experience_years', text: 'min. 3 lata doświadczenia na podobnym stanowisku' },
      { kind: 'licence_or_certification', text: 'prawo jazdy kat. B' },
    ]);
    expect(findKnockouts(['U.S. Citizenship required'])).toEqual([
      { kind: 'work_authorisation', text: 'U.S. Citizenship required' },
    ]);
  });

  it('reads no degree in a ward\'s bed count, the verb "master", master data or a GCSE class taught', () => {
    for (const text of [
      'Mercy Ridge Medical Center is a 300-bed teaching hospital.',
      'Join our 24-bed medical-surgical ICU',
      'Ability to learn rapidly and master diverse web technologies',
      'Experience with master data management in SAP',
      'Experience of teaching GCSE Mathematics',
    ])
      expect(findKnockouts([text])).toEqual([]);
    for (const text of [
      'B.Ed in Primary Education',
      "Master's degree in HCI",
      'Master MEEF ou CRPE',
      'Máster en Prevención de Riesgos Laborales',
      'Master of Science in Nursing',
    ])
      expect(findKnockouts([text]).map((k) => k.kind)).toContain('degree');
  });

  it('leaves ordinary skill lines alone in every language', () => {
    for (const text of [
      'Erfahrung mit SAP EWM',
      'Praca z PostgreSQL i Redis',
      'Maîtrise de Canva',
      'Dominio de Excel',
    ])
      expect(findKnockouts([text])).toEqual([]);
  });
});

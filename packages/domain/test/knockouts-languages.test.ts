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
  ['en', 'shifts', 'Able to work rotating shifts including weekends'],
  ['de', 'shifts', 'Bereitschaft zur Schichtarbeit'],
  ['pl', 'shifts', 'Gotowość do pracy w systemie zmianowym'],
  ['fr', 'shifts', 'Travail en 2x8 et un samedi sur deux'],
  ['es', 'shifts', 'Disponibilidad para turnos rotativos'],
];

describe('knock-out requirements in five languages', () => {
  it.each(CASES)('%s %s: %s', (_lang, kind, text) => {
    expect(findKnockouts([text]).map((k) => k.kind)).toContain(kind);
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

import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../src/jobs/extract-job-keywords.js';
import { parseJobPosting } from '../src/jobs/parse-job-posting.js';

const names = (list: readonly { name: string }[]) => list.map((k) => k.name);

describe('header lines', () => {
  it.each([
    [
      'Lagerleiter (m/w/d)\nNordwind Logistik GmbH - Hamburg, Deutschland (Hybrid)',
      'Nordwind Logistik GmbH',
      'Hamburg, Deutschland',
      'hybrid',
    ],
    [
      'Księgowa\nBiuro Nowak sp. z o.o. | Gdańsk, Polska | Praca zdalna',
      'Biuro Nowak sp. z o.o.',
      'Gdańsk, Polska',
      'remote',
    ],
    ['Line Cook\nThe Blue Door | Austin, TX | Part-time', 'The Blue Door', 'Austin, TX', null],
    ['Comptable\nAtelier Roux SAS – Lille, France (Sur site)', 'Atelier Roux SAS', 'Lille, France', 'onsite'],
    ['Soldador\nMetalúrgica Sur S.L. - Sevilla, España', 'Metalúrgica Sur S.L.', 'Sevilla, España', null],
    [
      'Nordwind Logistik GmbH - Bremen (Hybrid)\nLagerleiter (m/w/d)\nAufgaben:\n- Inventur',
      'Nordwind Logistik GmbH',
      'Bremen',
      'hybrid',
    ],
  ])('%s', (text, company, location, remote) => {
    const p = parseJobPosting(text);
    expect({ company: p.company, location: p.location }).toEqual({ company, location });
    if (remote !== null) expect(p.remote).toBe(remote);
  });
});

describe('postings written as running text', () => {
  it.each([
    [
      'We are Acme Foods in Leeds and need a night shift supervisor who knows HACCP, salary £30,000 - £34,000 per year.',
      'Night shift supervisor',
      'Acme Foods',
      'Leeds',
      { min: 30000, max: 34000, currency: 'GBP', period: 'year' },
    ],
    [
      'Wir sind die Holzbau Meier GmbH aus Ulm und suchen einen Zimmermann (m/w/d) mit Erfahrung; Gehalt 3.400 - 3.900 € brutto monatlich.',
      'Zimmermann',
      'Holzbau Meier GmbH',
      'Ulm',
      { min: 3400, max: 3900, currency: 'EUR', period: 'month' },
    ],
    [
      'Jesteśmy Piekarnia Złoty Kłos w Krakowie i szukamy osoby na stanowisko Piekarz, wynagrodzenie 6 000 - 7 000 zł brutto miesięcznie.',
      'Piekarz',
      'Piekarnia Złoty Kłos',
      'Kraków',
      { min: 6000, max: 7000, currency: 'PLN', period: 'month' },
    ],
    [
      'Nous sommes Garage Petit à Nantes et nous recherchons un mécanicien automobile qui maîtrise le diagnostic, salaire 2 200 € - 2 600 € par mois.',
      'Mécanicien automobile',
      'Garage Petit',
      'Nantes',
      { min: 2200, max: 2600, currency: 'EUR', period: 'month' },
    ],
    [
      'Somos Hotel Brisa en Alicante y buscamos un recepcionista con inglés fluido; salario de 1.600 a 1.800 € al mes.',
      'Recepcionista',
      'Hotel Brisa',
      'Alicante',
      { min: 1600, max: 1800, currency: 'EUR', period: 'month' },
    ],
  ])('%s', (text, title, company, location, salary) => {
    const p = parseJobPosting(text);
    expect({ title: p.title, company: p.company, location: p.location, salary: p.salaryRange }).toEqual({
      title,
      company,
      location,
      salary,
    });
  });
});

describe('salaries', () => {
  it.each([
    ['Pay: $18.50/hr', { min: 18.5, max: 18.5, currency: 'USD', period: 'hour' }],
    ['Salary: 85k - 95k USD a year', { min: 85000, max: 95000, currency: 'USD', period: 'year' }],
    ['Gehalt: 17,50 € pro Stunde', { min: 17.5, max: 17.5, currency: 'EUR', period: 'hour' }],
    [
      'Wynagrodzenie: 12 000 - 15 000 PLN netto (B2B) miesięcznie',
      { min: 12000, max: 15000, currency: 'PLN', period: 'month' },
    ],
    [
      'Salaire : 40 000 € à 48 000 € brut annuel',
      { min: 40000, max: 48000, currency: 'EUR', period: 'year' },
    ],
    ['Salario: 14 € por hora', { min: 14, max: 14, currency: 'EUR', period: 'hour' }],
    [
      'Compensation: CHF 110,000 – 125,000 per annum',
      { min: 110000, max: 125000, currency: 'CHF', period: 'year' },
    ],
  ])('%s', (line, salary) => {
    expect(parseJobPosting(`Role\n\n${line}`).salaryRange).toEqual(salary);
  });
});

describe('required and preferred', () => {
  it('moves preferred clauses of requirement items, in five languages', () => {
    const p = parseJobPosting(
      'Technician\n\nRequirements:\n- OSHA 10 required, OSHA 30 preferred\n- BLS-Kenntnisse, ACLS von Vorteil\n- Mile widziane: Kubernetes\n- Anglais courant, Canva apprécié\n- Excel, se valorará Tableau',
    );
    const k = extractJobKeywords(p);
    expect(names(k.required)).toEqual(expect.arrayContaining(['OSHA 10', 'BLS', 'Microsoft Excel']));
    expect(names(k.preferred)).toEqual(
      expect.arrayContaining(['OSHA 30', 'ACLS', 'Kubernetes', 'Canva', 'Tableau']),
    );
    expect(names(k.required)).not.toContain('ACLS');
  });

  it('reads no keyword from the company, the place or a contact person', () => {
    const p = parseJobPosting(
      'Data Engineer\nSpark Harbor Analytics - Hadoop Falls, NY\n\nRequirements:\n- Python and SQL\n\nContact: Ruby Chef, recruiter',
    );
    const all = names([...extractJobKeywords(p).required, ...extractJobKeywords(p).preferred]);
    expect(all).toEqual(expect.arrayContaining(['Python', 'SQL']));
    for (const name of ['Apache Spark', 'Hadoop', 'Ruby', 'Chef']) expect(all).not.toContain(name);
  });
});

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

describe('shapes first met in the held-out postings', () => {
  // Salary lines at the end of a posting, unbulleted, after the sections (not among the first lines).
  const long = (line: string) =>
    `Role\nAcme SA - Paris, France\n\nMissions\n- one\n- two\n- three\n- four\n- five\n\nProfil\n- six\n- seven\n\n${line}`;
  it.each([
    ['Pay: $55,000.00 - $65,000.00 per year', { min: 55000, max: 65000, currency: 'USD', period: 'year' }],
    ['Salary: £12.50 per hour', { min: 12.5, max: 12.5, currency: 'GBP', period: 'hour' }],
    ['Gehalt: 65.000 - 75.000 EUR jährlich', { min: 65000, max: 75000, currency: 'EUR', period: 'year' }],
    [
      'Wynagrodzenie: 9000–11000 zł netto / mies.',
      { min: 9000, max: 11000, currency: 'PLN', period: 'month' },
    ],
    ['Salaire : 32 000 € brut par an', { min: 32000, max: 32000, currency: 'EUR', period: 'year' }],
    [
      'Nous proposons 32 000 € bruts par an selon expérience.',
      { min: 32000, max: 32000, currency: 'EUR', period: 'year' },
    ],
    [
      'Rémunération : 45 000 à 55 000 € brut annuel',
      { min: 45000, max: 55000, currency: 'EUR', period: 'year' },
    ],
    [
      'Salaire : entre 45 000 et 55 000 € brut annuel',
      { min: 45000, max: 55000, currency: 'EUR', period: 'year' },
    ],
    ['Pay: between $20 and $25 an hour', { min: 20, max: 25, currency: 'USD', period: 'hour' }],
    [
      'Gehalt zwischen 50.000 und 60.000 € im Jahr',
      { min: 50000, max: 60000, currency: 'EUR', period: 'year' },
    ],
    ['Salario: 24.000 - 27.000 € brutos/año', { min: 24000, max: 27000, currency: 'EUR', period: 'year' }],
  ])('%s', (line, salary) => {
    expect(parseJobPosting(long(line)).salaryRange).toEqual(salary);
  });

  it('reads a one-line posting that opens with "Title – Employer – Place – pay:"', () => {
    const p = parseJobPosting(
      'Teacher Aide – Sunnybank Hills State School – Brisbane QLD – $35.50 per hour: support students with additional needs in small-group literacy and numeracy sessions, help with behaviour management and classroom preparation; you hold a current Blue Card.',
    );
    expect({ title: p.title, company: p.company, location: p.location, salary: p.salaryRange }).toEqual({
      title: 'Teacher Aide',
      company: 'Sunnybank Hills State School',
      location: 'Brisbane QLD',
      // A bare "$" in Queensland is the Australian dollar.
      salary: { min: 35.5, max: 35.5, currency: 'AUD', period: 'hour' },
    });
  });

  it('reads a board copy-paste: rating line, place with a ZIP code, "Pay" under its own label', () => {
    const p = parseJobPosting(
      'Home Health Aide\nBrightPath Home Care\n3.9 out of 5 stars\nTacoma, WA 98402\n\nJob details\nPay\n$18.50 - $22.00 an hour',
    );
    expect({ company: p.company, location: p.location, salary: p.salaryRange }).toEqual({
      company: 'BrightPath Home Care',
      location: 'Tacoma, WA',
      salary: { min: 18.5, max: 22, currency: 'USD', period: 'hour' },
    });
  });

  it.each([
    ['Staff Nurse\nLeeds Teaching Hospitals NHS Trust\nLeeds, LS9 7TF\n\nJob summary\nCare.', 'Leeds'],
    ['Software Engineer\nAcme Ltd\nLondon EC1V 9HX\n\nAbout the role\nBuild.', 'London'],
    ['Warehouse Operative\nDHL Supply Chain\nManchester, M1 1AE\nFull-time', 'Manchester'],
    ['Data Analyst\nMaple Analytics Inc.\nToronto, ON M5V 3L9\n\nWhat you will do\nData.', 'Toronto, ON'],
    ['Backend Developer\nTulip B.V.\n1012 AB Amsterdam\n\nWat ga je doen\nCode.', 'Amsterdam'],
    ['Care Assistant\nSunrise Care Homes\nLocation: Bristol, BS1 4DJ\nSalary: £11.50 per hour', 'Bristol'],
    [
      'Java Developer\nInfosys Limited\nPune, Maharashtra 411001\n\nResponsibilities\n- Code.',
      'Pune, Maharashtra',
    ],
    ['Registered Nurse\nThe Alfred\nMelbourne VIC 3004\n\nAbout the role\nCare.', 'Melbourne VIC'],
  ])(
    'a place given with its British, Canadian, Dutch, Indian or Australian postcode: %s',
    (text, location) => {
      expect(parseJobPosting(text).location).toBe(location);
    },
  );

  it.each([
    [
      'Program Analyst\nU.S. Department of Homeland Security — Washington, DC\n\nDuties:\n- Analyze data',
      'U.S. Department of Homeland Security',
      'Washington, DC',
    ],
    ['Economist\nBank of Canada | Ottawa, ON\n\nWhat you will do\n- Models', 'Bank of Canada', 'Ottawa, ON'],
    [
      'Mail Carrier\nUnited States Postal Service - Denver, CO\n\nDuties\n- Deliver mail',
      'United States Postal Service',
      'Denver, CO',
    ],
    ['Nurse\nSt. Mary Hospital — Dublin, Ireland\n\nDuties\n- Care', 'St. Mary Hospital', 'Dublin, Ireland'],
    ['Customer Service Advisor\nSky — Leeds, UK\n\nDuties\n- Calls', 'Sky', 'Leeds, UK'],
    [
      'Postal Clerk\nDeutsche Post AG - Bonn, Germany\n\nAufgaben\n- Post',
      'Deutsche Post AG',
      'Bonn, Germany',
    ],
  ])('an employer named after its country is the employer, not the place: %s', (text, company, location) => {
    const posting = parseJobPosting(text);
    expect([posting.company, posting.location]).toEqual([company, location]);
  });

  it('reads a shift at the end of the title as part of it, and the place of a labelled site', () => {
    const posting = parseJobPosting(
      [
        'Registered Nurse - Med/Surg - Nights',
        'Job Description',
        'Primary Location: Providence St. Vincent Medical Center, Portland, OR',
        'Responsibilities',
        '- Provide direct patient care to up to 5 patients per shift',
      ].join('\n'),
    );
    expect([posting.title, posting.location]).toEqual([
      'Registered Nurse - Med/Surg - Nights',
      'Portland, OR',
    ]);
  });

  it.each([
    ['Kierowca kat. C+E\nTransLog Sp. z o.o.\nMiejsce pracy: Wrocław', 'TransLog Sp. z o.o.', 'Wrocław'],
    ['Infirmier (H/F)\nHôpital privé du Parc — Lyon (69)\nCDI', 'Hôpital privé du Parc', 'Lyon'],
    [
      'En Hotel Mirador del Puerto, un hotel de cuatro estrellas en Málaga, buscamos un/a Recepcionista para el turno de tarde.',
      'Hotel Mirador del Puerto',
      'Málaga',
    ],
  ])('company and place: %s', (text, company, location) => {
    const p = parseJobPosting(text);
    expect({ company: p.company, location: p.location }).toEqual({ company, location });
  });

  it('takes the role after a gendered article, never a preposition', () => {
    expect(parseJobPosting('Somos Hotel Sol en Málaga y buscamos un/a Recepcionista con inglés.').title).toBe(
      'Recepcionista',
    );
  });

  it('reads a tool after a French elision and no contact name after "call"', () => {
    const p = parseJobPosting(
      "Contrôleur\n\nProfil :\n- Excellente maîtrise d'Excel\n- Apply today or call Janet Okafor at 253-555-0142.",
    );
    const all = names([...extractJobKeywords(p).required, ...extractJobKeywords(p).preferred]);
    expect(all).toContain('Microsoft Excel');
    expect(all.join(' ')).not.toMatch(/Janet|Okafor/);
  });
});

describe('header lines met in the blind postings', () => {
  it.each([
    ['Dental Assistant - Part Time (Fresno)\ncompensation: $25/hr', 'Dental Assistant - Part Time', 'Fresno'],
    [
      'Serveur / Serveuse H/F\nBrasserie du Vieux Port\n13002 Marseille\nTemps plein, CDI',
      'Serveur / Serveuse',
      'Marseille',
    ],
    [
      'Band 5 Staff Nurse\nRoyal Devon University Healthcare NHS Foundation Trust\nExeter\nPermanent, Full time',
      'Band 5 Staff Nurse',
      'Exeter',
    ],
    [
      'Mozo/a de almacén\nLogística Levante S.A.\nRibarroja del Turia (Valencia)',
      'Mozo/a de almacén',
      'Ribarroja del Turia',
    ],
    [
      'Magazynier / Magazynierka\nAMR Logistics Sp. z o.o.\nGądki, Kórnik (pow. poznański), wielkopolskie',
      'Magazynier / Magazynierka',
      'Gądki',
    ],
  ])('%s', (text, title, place) => {
    const p = parseJobPosting(text);
    expect(p.title).toBe(title);
    expect(p.location ?? '').toContain(place);
  });

  it('keeps a bracketed skill in the title and a skill line out of the location', () => {
    const p = parseJobPosting(
      'Senior Frontend Engineer (React)\nLumen Health\nEngineering\n\nRequirements:\n- React',
    );
    expect(p.title).toBe('Senior Frontend Engineer (React)');
    expect(p.location).toBeNull();
  });

  it('reads "Agency:" as the employer, never "Department:"', () => {
    expect(
      parseJobPosting('Position Title: Correctional Officer I\nAgency: Missouri Department of Corrections')
        .company,
    ).toBe('Missouri Department of Corrections');
    expect(
      parseJobPosting('Teacher\nPosition Title: Facilitator\nDepartment: Mobile App').company,
    ).toBeNull();
  });

  it('finds the employer of a sentence under the header lines', () => {
    const p = parseJobPosting(
      'Dental Assistant\ncompensation: $25/hr\nemployment type: part-time\nSunrise Family Dental is looking for a friendly dental assistant.',
    );
    expect(p.company).toBe('Sunrise Family Dental');
  });
});

describe('shapes met in the second blind batch', () => {
  it('reads "$52K/yr - $60K/yr" as one range', () => {
    expect(parseJobPosting('Supervisor\n\n$52K/yr - $60K/yr · Full-time').salaryRange).toEqual({
      min: 52000,
      max: 60000,
      currency: 'USD',
      period: 'year',
    });
  });

  it('passes a contract line and reads "Paris 08 - 75" as the place under an employer in capitals', () => {
    const p = parseJobPosting(
      'Chargé de recrutement H/F\nCABINET ALPHA RH\nCDI\nParis 08 - 75\n38 - 42 k€ brut annuel',
    );
    expect({ title: p.title, company: p.company, location: p.location }).toEqual({
      title: 'Chargé de recrutement',
      company: 'CABINET ALPHA RH',
      location: 'Paris 08 - 75',
    });
  });

  it('reads a one-line "Se busca …" posting with an inline "Empresa:" label', () => {
    const p = parseJobPosting(
      'Se busca cocinero/a con experiencia para restaurante en Sevilla. Empresa: Taberna El Arenal. Salario 1.600 € netos/mes. Requisitos: carné de manipulador de alimentos.',
    );
    expect({ title: p.title, company: p.company, location: p.location }).toEqual({
      title: 'Cocinero/a',
      company: 'Taberna El Arenal',
      location: 'Sevilla',
    });
  });

  it('never takes the next line\'s first word for a person after "Recruiter"', () => {
    const p = parseJobPosting(
      'Chargé de recrutement\n\nVos missions :\n- Sourcing sur LinkedIn Recruiter\n- Conduite des entretiens',
    );
    expect(names(extractJobKeywords(p).required)).toEqual(
      expect.arrayContaining(['LinkedIn Recruiter', 'Interviewing']),
    );
  });
});

describe('nursing postings in the five languages', () => {
  it.each([
    [
      'Enfermero/a de urgencias\nFunciones:\n- Administración de medicación y control de constantes\n- Triaje de pacientes\n- Registro en la historia clínica\nRequisitos:\n- Colegiación en vigor',
      ['Medication administration', 'Vital signs', 'Triage', 'Medical records', 'Nursing registration'],
    ],
    [
      'Pflegefachkraft (m/w/d) Intensivstation\nIhre Aufgaben:\n- Verabreichung von Medikamenten\n- Kontrolle der Vitalparameter\n- Dekubitusprophylaxe\n- Praxisanleitung',
      [
        'Critical care',
        'Medication administration',
        'Vital signs',
        'Pressure ulcer prevention',
        'Precepting',
      ],
    ],
    [
      'Infirmier (H/F) – Service des urgences\nMissions :\n- Distribution des médicaments et surveillance des constantes\n- Prévention des escarres\n- Soins infirmiers',
      [
        'Emergency nursing',
        'Medication administration',
        'Vital signs',
        'Pressure ulcer prevention',
        'Patient care',
      ],
    ],
    [
      'Pielęgniarka – oddział intensywnej terapii\nZadania:\n- Podawanie leków\n- Pomiar parametrów życiowych\n- Profilaktyka przeciwodleżynowa\nWymagania:\n- Prawo wykonywania zawodu pielęgniarki',
      ['Medication administration', 'Vital signs', 'Pressure ulcer prevention', 'Nursing registration'],
    ],
  ])('reads the care a nurse gives as keywords: %s', (text, expected) => {
    const keywords = extractJobKeywords(parseJobPosting(text));
    expect(names([...keywords.required, ...keywords.preferred])).toEqual(expect.arrayContaining(expected));
  });
});

describe('the everyday work of the commonest jobs', () => {
  it.each([
    [
      'Limpiador/a\nFunciones:\n- Limpieza de oficinas y zonas comunes\n- Uso de maquinaria de limpieza (fregadora)\n- Gestión de residuos',
      ['Office cleaning', 'Cleaning machines', 'Waste management'],
    ],
    [
      'Reinigungskraft (m/w/d)\nIhre Aufgaben:\n- Unterhaltsreinigung von Büroräumen\n- Sanitärreinigung\n- Bedienung von Reinigungsmaschinen',
      ['Office cleaning', 'Washroom cleaning', 'Cleaning machines'],
    ],
    [
      'Caissier / Caissière\nMissions :\n- Encaissement des clients\n- Mise en rayon et réassort\n- Accueil et conseil clientèle',
      ['Cash handling', 'Shelf replenishment', 'Customer service'],
    ],
    [
      'Camarero/a\nFunciones:\n- Atención en sala y barra\n- Toma de comandas y cobro en caja',
      ['Table service', 'Order taking', 'Cash handling'],
    ],
    [
      'Dependiente/a de tienda\nFunciones:\n- Atención al cliente\n- Reposición de producto y control de stock',
      ['Customer service', 'Shelf replenishment', 'Inventory management'],
    ],
    [
      'Recepcionista\nFunciones:\n- Atención a clientes en inglés\n- Atención al público por teléfono',
      ['Customer service'],
    ],
    ['Infirmier / Infirmière\nMissions :\n- Encadrement des étudiants infirmiers en stage', ['Precepting']],
    [
      'Kasjer-sprzedawca\nZadania:\n- Obsługa kasy fiskalnej\n- Wykładanie towaru i dbanie o ekspozycję',
      ['Cash handling', 'Shelf replenishment'],
    ],
    [
      'Kaufmann für Büromanagement (m/w/d)\nIhre Aufgaben:\n- Terminplanung und Korrespondenz\n- Pflege von Stammdaten in SAP',
      ['Scheduling', 'Correspondence', 'Master data management'],
    ],
    [
      'Security Officer\nDuties:\n- Patrol the site and monitor CCTV\n- Access control',
      ['Patrolling', 'CCTV', 'Access control'],
    ],
    [
      'Elektryk\nZadania:\n- Montaż instalacji elektrycznych\n- Pomiary elektryczne',
      ['Electrical installation', 'Electrical testing'],
    ],
  ])('reads it as keywords: %s', (text, expected) => {
    const keywords = extractJobKeywords(parseJobPosting(text));
    expect(names([...keywords.required, ...keywords.preferred])).toEqual(expect.arrayContaining(expected));
  });
});

describe('the work of garages, plumbers, nurseries, building sites, bakeries and pharmacies', () => {
  it.each([
    [
      'Mécanicien automobile (H/F)\nMissions :\n- Entretien et réparation des véhicules\n- Diagnostic électronique\n- Changement des plaquettes de frein',
      ['Vehicle repair', 'Vehicle diagnostics', 'Brake repair'],
    ],
    [
      'Plumber\nDuties:\n- Install and repair pipework, boilers and radiators\nRequirements:\n- Gas Safe registration',
      ['Pipework', 'Boiler servicing', 'Gas Safe registration'],
    ],
    [
      'Erzieher (m/w/d)\nIhre Aufgaben:\n- Pädagogische Betreuung von Kindern\n- Beobachtung und Dokumentation\n- Elternarbeit',
      ['Childcare', 'Child observation', 'Parent communication'],
    ],
    [
      'Albañil\nFunciones:\n- Levantamiento de muros y tabiques\n- Alicatado y solado',
      ['Bricklaying', 'Tiling'],
    ],
    [
      'Boulanger (H/F)\nMissions :\n- Fabrication du pain et des viennoiseries\n- Pétrissage, façonnage et cuisson',
      ['Baking', 'Pastry', 'Dough preparation'],
    ],
    [
      'PTA (m/w/d)\nIhre Aufgaben:\n- Beratung und Abgabe von Arzneimitteln\n- Herstellung von Rezepturen',
      ['Dispensing', 'Compounding'],
    ],
  ])('reads it as keywords: %s', (text, expected) => {
    const keywords = extractJobKeywords(parseJobPosting(text));
    expect(names([...keywords.required, ...keywords.preferred])).toEqual(expect.arrayContaining(expected));
  });

  it('reads no metalwork into a French bakery ("fabrication du pain")', () => {
    const keywords = extractJobKeywords(
      parseJobPosting('Boulanger (H/F)\nMissions :\n- Fabrication du pain'),
    );
    expect(names(keywords.required)).not.toContain('Metal fabrication');
  });
});

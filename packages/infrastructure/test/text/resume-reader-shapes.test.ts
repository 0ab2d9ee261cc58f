import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/llm/local/resume-text-parser.js';
import { headingOf } from '../../src/llm/local/resume/headings.js';
import { pageText } from '../../src/text/pdf-layout.js';

// Shapes three resumes made for a check (a sidebar CV, a table CV and a German Lebenslauf) were read wrong in;
// the held-out corpus (generate-heldout.ts: sidebar.pdf, label-rows.pdf) measures them over five languages.
describe('the resume reader', () => {
  it('takes every employer from below its "Title   dates" line when the first entry does', () => {
    const parsed = parseResumeText(
      [
        'Olivia Hart',
        'Work Experience',
        'Senior Product Designer   Mar 2021 – Present',
        'Lumen Health · Portland, OR',
        'Led redesign of the patient onboarding flow',
        'Ran 30+ moderated usability sessions per quarter',
        'Product Designer   Jun 2018 – Feb 2021',
        'Brightline Logistics · San Francisco, CA',
        'Designed the dispatcher dashboard used by 1,200 daily users',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.bullets])).toEqual([
      [
        'Senior Product Designer',
        'Lumen Health',
        'Portland, OR',
        ['Led redesign of the patient onboarding flow', 'Ran 30+ moderated usability sessions per quarter'],
      ],
      [
        'Product Designer',
        'Brightline Logistics',
        'San Francisco, CA',
        ['Designed the dispatcher dashboard used by 1,200 daily users'],
      ],
    ]);
  });

  it('still takes the header above the dates when the first entry has it there', () => {
    const parsed = parseResumeText(
      [
        'Jan Kowal',
        'Experience',
        'Staff Engineer',
        'Acme Corp | 2019 – Present',
        'Built the billing service',
        'Engineer',
        'Beta Inc | 2015 – 2019',
        'Wrote the first API',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.bullets])).toEqual([
      ['Staff Engineer', 'Acme Corp', ['Built the billing service']],
      ['Engineer', 'Beta Inc', ['Wrote the first API']],
    ]);
  });

  it.each([
    [['Name: Katharina Vogel', 'E-Mail: k.vogel@example.de'], 'Katharina Vogel'],
    [['Nom : Julien Moreau'], 'Julien Moreau'],
    [['Imię i nazwisko: Agnieszka Kowalczyk'], 'Agnieszka Kowalczyk'],
    [['Vorname: Lena', 'Nachname: Schubert'], 'Lena Schubert'],
    // A labelled name wins over a name-shaped line before it.
    [['Persönliche Angaben Folgen', 'Name: Lena Schubert'], 'Lena Schubert'],
  ])('reads a labelled name: %j', (header, name) => {
    const parsed = parseResumeText([...header, 'Berufserfahrung', '04/2020 – heute   Kauffrau'].join('\n'));
    expect(parsed.fullName).toBe(name);
  });

  it('reads one skill a line, and still splits a list', () => {
    const sidebar = parseResumeText(
      ['Olivia Hart', 'Skills', 'Figma', 'User research', 'HTML/CSS'].join('\n'),
    );
    expect(sidebar.skills).toEqual(['Figma', 'User research', 'HTML/CSS']);
    const list = parseResumeText(['Olivia Hart', 'Skills', 'Figma, User research,', 'HTML/CSS'].join('\n'));
    expect(list.skills).toEqual(['Figma', 'User research', 'HTML/CSS']);
  });

  it('does not end a sentence at an abbreviated amount', () => {
    const parsed = parseResumeText(
      [
        'Katharina Vogel',
        'Berufserfahrung',
        '08/2017 – 03/2020   Sachbearbeiterin Einkauf',
        'Müller & Söhne KG, Bonn',
        'Lieferantenverhandlungen mit einem Volumen von 2 Mio. Euro. Umstellung auf SAP',
      ].join('\n'),
    );
    expect(parsed.experiences[0]?.bullets).toEqual([
      'Lieferantenverhandlungen mit einem Volumen von 2 Mio. Euro',
      'Umstellung auf SAP',
    ]);
  });

  it('reads a name set in spaced-out letters as its words', () => {
    // As pdf.js gives CSS letter-spacing: a space between the letters, one run per word.
    const run = (str: string, x: number, width: number) => ({ str, x, y: 700, width, fontSize: 24 });
    expect(pageText([run('M A R C U S', 58, 124), run(' ', 182, 19), run('W E B B', 196, 83)])).toBe(
      'MARCUS WEBB',
    );
    expect(
      pageText([run('S I O B H Á N', 58, 150), run(' ', 208, 19), run("O ' C O N N O R", 227, 170)]),
    ).toBe("SIOBHÁN O'CONNOR");
    // Single letters that are no spaced-out word stay apart.
    expect(pageText([run('A B', 58, 30)])).toBe('A B');
    const heading = (str: string) => ({ str, x: 58, y: 600, width: 200, fontSize: 12 });
    expect(pageText([heading('E X P E R I E N C E')])).toBe('EXPERIENCE');
  });

  it('reads headings set in a left column beside their first line', () => {
    const parsed = parseResumeText(
      [
        'Marcus Webb',
        'Data Engineer · Leeds, UK',
        'EXPERIENCE   Data Engineer, Sky Betting & Gaming (2020–present)',
        'Built streaming pipelines in Kafka and Flink.',
        'EDUCATION   BSc (Hons) Mathematics, University of Leeds, 2014–2017',
        'SKILLS   Python · SQL · Kafka',
      ].join('\n'),
    );
    expect(parsed.experiences).toMatchObject([
      { title: 'Data Engineer', company: 'Sky Betting & Gaming', startDate: '2020', current: true },
    ]);
    expect(parsed.education).toMatchObject([{ institution: 'University of Leeds', field: 'Mathematics' }]);
    expect(parsed.skills).toEqual(['Python', 'SQL', 'Kafka']);
  });

  it('reads a narrow left column whose headings and header lines wrap', () => {
    const parsed = parseResumeText(
      [
        'Agnieszka Kowalczyk',
        'PRZEBIEG   Starsza specjalistka ds. kadr i płac, Silesia Steel Sp. z o.o. (Wrz',
        'KARIERY   2019 – obecnie)',
        'Naliczanie wynagrodzeń dla 650 pracowników w systemie Symfonia. Przygotowywanie deklaracji ZUS i PIT',
        'oraz raportów dla zarządu.',
        'Specjalistka ds. płac, Biuro Rachunkowe Nowak (Lut 2016 –',
        'sie 2019)',
        'Obsługa kadrowo-płacowa 25 klientów biura.',
        'EDUKACJA   Magister – Zarządzanie zasobami ludzkimi, Uniwersytet Ekonomiczny',
        'w Katowicach, 2011–2016',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.startDate, e.endDate, e.bullets])).toEqual([
      [
        'Starsza specjalistka ds. kadr i płac',
        'Silesia Steel Sp. z o.o.',
        '2019-09',
        null,
        [
          'Naliczanie wynagrodzeń dla 650 pracowników w systemie Symfonia',
          'Przygotowywanie deklaracji ZUS i PIT oraz raportów dla zarządu',
        ],
      ],
      [
        'Specjalistka ds. płac',
        'Biuro Rachunkowe Nowak',
        '2016-02',
        '2019-08',
        ['Obsługa kadrowo-płacowa 25 klientów biura'],
      ],
    ]);
    expect(parsed.education).toMatchObject([
      {
        degree: 'Magister',
        field: 'Zarządzanie zasobami ludzkimi',
        institution: 'Uniwersytet Ekonomiczny w Katowicach',
      },
    ]);
  });

  it('reads a DOCX table with the dates alone in the left cell and the header over three lines', () => {
    const parsed = parseResumeText(
      [
        'Rachel Kim',
        'Clinical Experience',
        '',
        '06/2020 – Present',
        '',
        'Registered Nurse, ICU',
        'Swedish Medical Center, Seattle, WA',
        '• Care for 2–3 critically ill patients per shift',
        '',
        '05/2017 – 05/2020',
        '',
        'Registered Nurse',
        'Valley Medical Center, Renton, WA',
        '• Managed a caseload of 5–6 patients',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.startDate, e.bullets])).toEqual([
      [
        'Registered Nurse, ICU',
        'Swedish Medical Center',
        'Seattle, WA',
        '2020-06',
        ['Care for 2–3 critically ill patients per shift'],
      ],
      [
        'Registered Nurse',
        'Valley Medical Center',
        'Renton, WA',
        '2017-05',
        ['Managed a caseload of 5–6 patients'],
      ],
    ]);
  });

  it('gives the roles listed under an employer named above them that employer (a promotion)', () => {
    const parsed = parseResumeText(
      [
        'Alex Chen',
        'alex.chen@example.com',
        '',
        'Experience',
        'Google, Mountain View, CA',
        'Senior Software Engineer, 2021 – Present',
        '• Built a payments service handling 2M requests a day.',
        'Software Engineer, 2019 – 2021',
        '• Shipped Maps features.',
        '',
        'Stripe, San Francisco, CA',
        'Backend Engineer, 2017 – 2019',
        '• Ran the billing migration.',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.startDate])).toEqual([
      ['Senior Software Engineer', 'Google', 'Mountain View, CA', '2021'],
      ['Software Engineer', 'Google', 'Mountain View, CA', '2019'],
      ['Backend Engineer', 'Stripe', 'San Francisco, CA', '2017'],
    ]);
  });

  it.each([
    [
      'title over "Employer, City, ST" over the dates',
      'Registered Nurse, ICU\nHarborview Medical Center, Seattle, WA\nJune 2019 – Present',
    ],
    [
      'the dates after the employer',
      'Registered Nurse, ICU\nHarborview Medical Center, Seattle, WA June 2019 – Present',
    ],
    [
      'the dates after the title',
      'Registered Nurse, ICU June 2019 – Present\nHarborview Medical Center, Seattle, WA',
    ],
    [
      'the place on a line of its own',
      'Registered Nurse, ICU\nHarborview Medical Center\nSeattle, WA\nJune 2019 – Present',
    ],
    [
      'one line split by bars',
      'Registered Nurse, ICU | Harborview Medical Center | Seattle, WA | June 2019 – Present',
    ],
  ])('reads a US header with its place apart from the title: %s', (_shape, header) => {
    const parsed = parseResumeText(
      `Maria Lopez\nmaria@example.com\n\nExperience\n${header}\n- Cared for 2–3 critically ill patients per shift.\n- Precepted 6 new graduate nurses.\n\nEducation\nBSN, University of Washington, 2016`,
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.startDate])).toEqual([
      ['Registered Nurse, ICU', 'Harborview Medical Center', 'Seattle, WA', '2019-06'],
    ]);
  });

  it("reads LinkedIn's Save-to-PDF profile: roles grouped under an employer, times and places apart", () => {
    const parsed = parseResumeText(
      [
        'Tomás García',
        'Supply Chain Manager at Nestlé',
        'Experience',
        'Nestlé',
        '5 years 2 months',
        'Supply Chain Manager',
        'January 2022 - Present (2 years 11 months)',
        'Barcelona, Catalonia, Spain',
        'Led S&OP for the coffee category across 4 plants.',
        'Demand Planner',
        'October 2019 - December 2021 (2 years 3 months)',
        'Barcelona, Catalonia, Spain',
        'DHL Supply Chain',
        'Logistics Analyst',
        'June 2015 - September 2019 (4 years 4 months)',
        'Madrid, Community of Madrid, Spain',
        'Built warehouse KPI dashboards in Power BI.',
        'Top Skills',
        'SAP ERP',
        'Demand Planning',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.startDate, e.bullets])).toEqual([
      [
        'Supply Chain Manager',
        'Nestlé',
        'Barcelona, Catalonia, Spain',
        '2022-01',
        ['Led S&OP for the coffee category across 4 plants'],
      ],
      ['Demand Planner', 'Nestlé', 'Barcelona, Catalonia, Spain', '2019-10', []],
      [
        'Logistics Analyst',
        'DHL Supply Chain',
        'Madrid, Community of Madrid, Spain',
        '2015-06',
        ['Built warehouse KPI dashboards in Power BI'],
      ],
    ]);
    expect(parsed.skills).toEqual(['SAP ERP', 'Demand Planning']);
  });

  it("drops a page's running header, the name again with page words, from the bullet it interrupts", () => {
    const parsed = parseResumeText(
      [
        'Jane Doe',
        'Experience',
        'Senior Accountant   Mar 2019 – Present',
        'Summit Health Partners, Denver, CO',
        '• Cut the close from 10 to 6 business days',
        'Jane Doe – Resume',
        'Page 2 of 2',
        '• Led the 2022 audit with Deloitte',
        'JANE DOE | Page 3',
        'Jane Doe Consulting   Jun 2015 – Feb 2019',
        'Owner',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.bullets])).toEqual([
      [
        'Senior Accountant',
        'Summit Health Partners',
        ['Cut the close from 10 to 6 business days', 'Led the 2022 audit with Deloitte'],
      ],
      ['Owner', 'Jane Doe Consulting', []],
    ]);
  });

  it('keeps one item a line in a list without full stops', () => {
    const parsed = parseResumeText(
      [
        'Olivia Hart',
        'Experience',
        'Product Designer   Jun 2018 – Feb 2021',
        'Brightline Logistics · San Francisco, CA',
        'Designed the dispatcher dashboard used by 1,200 daily users across three regions',
        'Partnered with engineering',
      ].join('\n'),
    );
    expect(parsed.experiences[0]?.bullets).toEqual([
      'Designed the dispatcher dashboard used by 1,200 daily users across three regions',
      'Partnered with engineering',
    ]);
  });

  it.each([
    ['Summary of Qualifications', 'summary'],
    ['Research Experience', 'experience'],
    ['Clinical Experience', 'experience'],
    ['Educational Background', 'education'],
    ['Areas of Expertise', 'skills'],
    ['Professional Affiliations', 'other'],
    // An academic CV, a trades person's tickets, a Polish summary, a Spanish CV's computer skills and extras.
    ['ACADEMIC APPOINTMENTS', 'experience'],
    ['Research Interests', 'other'],
    ['Grants and Funding', 'other'],
    ['Teaching', 'other'],
    ['Honors-Awards', 'awards'],
    ['TICKETS & CERTIFICATIONS', 'certifications'],
    ['Military Training', 'certifications'],
    ['PODSUMOWANIE ZAWODOWE', 'summary'],
    ['Conocimientos informáticos', 'skills'],
    ['Relevant Skills', 'skills'],
    ['OTROS DATOS DE INTERÉS', 'other'],
    ['Informations complémentaires', 'other'],
    ['Sonstiges', 'other'],
  ])('knows the heading "%s"', (heading, kind) => {
    expect(headingOf(heading)).toBe(kind);
  });

  it.each([
    ['B.F.A. Interaction Design', 'B.F.A.', 'Interaction Design'],
    ['MFA in Creative Writing', 'MFA', 'Creative Writing'],
    ['BBA, Finance', 'BBA', 'Finance'],
    ['M.Ed. Curriculum and Instruction', 'M.Ed.', 'Curriculum and Instruction'],
    ['MPH in Epidemiology', 'MPH', 'Epidemiology'],
  ])('reads the degree of "%s"', (line, degree, field) => {
    const parsed = parseResumeText(
      ['Olivia Hart', 'Education', line, 'California College of the Arts', '2012 – 2016'].join('\n'),
    );
    expect(parsed.education[0]).toMatchObject({
      degree,
      field,
      institution: 'California College of the Arts',
    });
  });

  // The classic US campus template, as a PDF's text layer gives it: a postal address in the contact line,
  // "Employer   City, ST" over "Title   dates", a Harvard "A.B." and one "Skills & Interests" section of
  // labelled lines.
  const campusResume = [
    'Jordan Whitaker',
    '12 Elm Street, Cambridge, MA 02138 • jordan.whitaker@example.com • (617) 555-0199',
    'EDUCATION',
    'Harvard University   Cambridge, MA',
    'A.B. in Economics, Minor in Computer Science. GPA 3.8/4.0   May 2018',
    'EXPERIENCE',
    'McKinsey & Company   Boston, MA',
    'Business Analyst   Aug 2018 – Present',
    '• Led a 4-person team analysing procurement spend of $1.2B for a Fortune 500 retailer.',
    'SKILLS & INTERESTS',
    'Technical: Python, SQL, Stata, Excel, Tableau',
    'Languages: English (native), Spanish (fluent)',
    'Interests: Marathon running, chess,',
    'jazz piano',
  ].join('\n');

  it('reads the campus template: the place of a postal address, an A.B., a combined skills heading', () => {
    const parsed = parseResumeText(campusResume);
    expect(parsed.contact.location).toBe('Cambridge, MA');
    expect(parsed.education.map((e) => [e.institution, e.degree, e.field, e.endDate])).toEqual([
      ['Harvard University', 'A.B.', 'Economics', '2018-05'],
    ]);
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.bullets.length])).toEqual([
      ['Business Analyst', 'McKinsey & Company', 'Boston, MA', 1],
    ]);
    // Spoken languages (their levels say so) go to languages; interests are no skills.
    expect(parsed.skills).toEqual(['Python', 'SQL', 'Stata', 'Excel', 'Tableau']);
    expect(parsed.languages).toEqual([
      { language: 'English', fluency: 'native' },
      { language: 'Spanish', fluency: 'fluent' },
    ]);
  });

  it('reads skills and languages rated with dots, stars or a level, and a line of skills after another', () => {
    const parsed = parseResumeText(
      [
        'Jan Kowalski',
        'jan@example.com',
        'SKILLS',
        'Python ●●●●○',
        'Kotlin ●●●●●',
        'Docker ★★★☆☆',
        'Expert: Java, Kotlin; Intermediate: Rust, Go',
        'AWS (3 years), Terraform (2 years)',
        'SQL – advanced',
        'LANGUAGES',
        'Polish ●●●●●',
        'English ●●●●○ (C1)',
        'German ●●○○○',
      ].join('\n'),
    );
    expect(parsed.skills).toEqual([
      'Python',
      'Kotlin',
      'Docker',
      'Java',
      'Rust',
      'Go',
      'AWS (3 years)',
      'Terraform (2 years)',
      'SQL',
    ]);
    expect(parsed.languages).toEqual([
      { language: 'Polish', fluency: '5/5' },
      { language: 'English', fluency: 'C1' },
      { language: 'German', fluency: '2/5' },
    ]);
    // A name wrapped over two lines stays one skill.
    const wrapped = parseResumeText(
      'Jan Kowalski\njan@example.com\nSKILLS\nReact, Docker, Google Cloud\nPlatform, Firebase, Test-Driven\nDevelopment, GraphQL',
    );
    expect(wrapped.skills).toEqual([
      'React',
      'Docker',
      'Google Cloud Platform',
      'Firebase',
      'Test-Driven Development',
      'GraphQL',
    ]);
  });

  it('keeps "Languages: Python, Go" in the skills and reads "Language: Fluent in Spanish" as a language', () => {
    const parsed = parseResumeText(
      [
        'Ana Ruiz',
        'ana@example.com',
        '',
        'Skills',
        'Languages: Python, Go, TypeScript',
        'Language: Fluent in Spanish',
      ].join('\n'),
    );
    expect(parsed.skills).toEqual(['Python', 'Go', 'TypeScript']);
    expect(parsed.languages).toEqual([{ language: 'Spanish', fluency: 'Fluent' }]);
  });

  it.each([
    ['SKILLS & INTERESTS', 'skills'],
    ['Skills, Activities & Interests', 'skills'],
    ['Leadership & Activities', 'volunteer'],
    ['Education and Honors', 'education'],
    ['Python & SQL', undefined],
  ])('reads the combined heading "%s" as %s', (heading, kind) => {
    expect(headingOf(heading)).toBe(kind);
  });

  it.each([
    [
      'Google Docs: "Employer, City — Title" over the dates',
      'Acme Corp, Austin — Product Designer\nMARCH 2019 - PRESENT\n{b}\nGlobex, Dallas — UX Designer\nJUNE 2015 - FEBRUARY 2019\n{b}',
    ],
    [
      '"Employer – Title   dates"',
      'Acme Corp – Product Designer   Mar 2019 – Present\n{b}Globex – UX Designer   Jun 2015 – Feb 2019\n{b}',
    ],
    [
      'the employer over "Title (dates)"',
      'Acme Corp\nProduct Designer (Mar 2019 – Present)\n{b}Globex\nUX Designer (Jun 2015 – Feb 2019)\n{b}',
    ],
  ])('reads every entry in the order the first one shows: %s', (_layout, entries) => {
    const bullets =
      '• Designed the checkout flow used by 4M shoppers.\n• Ran 30 usability sessions a quarter.';
    const parsed = parseResumeText(
      `Sam Rivera\nsam@example.com\n\nEXPERIENCE\n${entries.replaceAll('{b}', `${bullets}\n`)}\nEDUCATION\nUniversity of Texas at Austin — B.F.A. Design, 2015`,
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.startDate])).toEqual([
      ['Product Designer', 'Acme Corp', '2019-03'],
      ['UX Designer', 'Globex', '2015-06'],
    ]);
    expect(parsed.education.map((e) => [e.institution, e.degree])).toEqual([
      ['University of Texas at Austin', 'B.F.A.'],
    ]);
  });

  it.each([
    [
      'a table of skills, its cells apart',
      'Python   SQL   Tableau\nPower BI   Excel   dbt',
      ['Python', 'SQL', 'Tableau', 'Power BI', 'Excel', 'dbt'],
    ],
    [
      'a sentence listing them',
      'Proficient in Python, SQL and Tableau; familiar with dbt and Airflow.',
      ['Python', 'SQL', 'Tableau', 'dbt', 'Airflow'],
    ],
    [
      'a plain list, whose "and" is part of a name',
      'Health and Safety, Budgeting, Sales and Marketing',
      ['Health and Safety', 'Budgeting', 'Sales and Marketing'],
    ],
  ])('reads the skills of %s', (_shape, section, skills) => {
    const parsed = parseResumeText(
      `Sam Rivera\nsam@example.com\n\nSKILLS\n${section}\n\nEDUCATION\nBSc Maths, University of Leeds, 2015`,
    );
    expect(parsed.skills).toEqual(skills);
  });

  it('reads a summary written as a list as one sentence an item', () => {
    const parsed = parseResumeText(
      [
        'Sam Rivera',
        'sam@example.com',
        '',
        'SUMMARY OF QUALIFICATIONS',
        '• 10+ years leading data teams in retail and fintech',
        '• Built forecasting models that cut stock-outs',
        '  by 18%',
        '• Fluent in English and Spanish.',
        '',
        'EXPERIENCE',
        'Data Lead, Acme Corp, 2019 – Present',
        '• Led 6 analysts.',
      ].join('\n'),
    );
    expect(parsed.summary).toBe(
      '10+ years leading data teams in retail and fintech. Built forecasting models that cut stock-outs by 18%. Fluent in English and Spanish.',
    );
  });

  it.each([
    ['12 Elm Street, Cambridge, MA 02138 • jordan@example.com', 'Cambridge, MA'],
    ['Apt 4B, 221 W 57th St, New York, NY 10019', 'New York, NY'],
    ['Flat 2, 10 Downing Street, London SW1A 2AA', 'London'],
    ['Hauptstraße 5, 10115 Berlin | +49 30 1234567', 'Berlin'],
    ['ul. Długa 5/7, 00-001 Warszawa', 'Warszawa'],
    ['12 rue de la Paix, 75002 Paris', 'Paris'],
    ['4321 Maple Avenue\nPortland, OR 97205', 'Portland, OR'],
  ])('reads the place of the postal address "%s"', (address, place) => {
    const parsed = parseResumeText(
      `Jordan Whitaker\n${address}\n\nEXPERIENCE\nAnalyst, Acme Corp, 2019 – 2021\n• Built models.`,
    );
    expect(parsed.contact.location).toBe(place);
  });

  it('starts a new bullet at a bullet marker, whatever word the line before ends with ("par an")', () => {
    const parsed = parseResumeText(
      [
        'Camille Durand',
        'EXPÉRIENCES PROFESSIONNELLES',
        'Assistante communication | Groupe Bénéteau | Janv. 2018 – Août 2021',
        '- Organisation de 12 salons nautiques par an',
        '- Création de supports print et web pour les salons à',
        'venir avec les exposants',
      ].join('\n'),
    );
    expect(parsed.experiences[0]?.bullets).toEqual([
      'Organisation de 12 salons nautiques par an',
      'Création de supports print et web pour les salons à venir avec les exposants',
    ]);
    // Without markers (a PDF's drawn bullets), "par an" ends its line all the same.
    const unmarked = parseResumeText(
      [
        'Camille Durand',
        'EXPÉRIENCES PROFESSIONNELLES',
        'Assistante communication | Groupe Bénéteau | Janv. 2018 – Août 2021',
        'Organisation de 12 salons nautiques par an',
        'Création de supports print et web',
      ].join('\n'),
    );
    expect(unmarked.experiences[0]?.bullets).toEqual([
      'Organisation de 12 salons nautiques par an',
      'Création de supports print et web',
    ]);
  });

  it.each([
    ['anna@example.com | +48 601 234 567 | Kraków', 'Kraków', null],
    ['Kraków | anna@example.com', 'Kraków', null],
    ['anna@example.com · (303) 555-0142 · Frankfurt am Main', 'Frankfurt am Main', null],
    ['linkedin.com/in/anna-nowak | Newcastle upon Tyne', 'Newcastle upon Tyne', null],
    ['Software Engineer | anna@example.com | San Francisco', 'San Francisco', 'Software Engineer'],
    ['Data Scientist\nanna@example.com | Boston', 'Boston', 'Data Scientist'],
    ['Marketing Professional | anna@example.com', null, 'Marketing Professional'],
    ['Phone   +1 312 555 0142\nEmail   anna@example.com', null, null],
  ])('reads a city standing alone among the contact details: "%s"', (contact, location, headline) => {
    const parsed = parseResumeText(
      `Anna Nowak\n${contact}\n\nEXPERIENCE\nAnalyst, Acme Corp, 2019 – 2021\n• Built models.`,
    );
    expect([parsed.contact.location, parsed.headline]).toEqual([location, headline]);
  });

  it("reads a US federal resume: the pay grade stays with the title, each job's particulars are no bullets", () => {
    const parsed = parseResumeText(
      [
        'JAMES R. WALKER',
        '1234 Oak Lane, Alexandria, VA 22301',
        'Phone: (703) 555-0142 | Email: jwalker@example.com',
        "U.S. Citizen | Veterans' Preference: 10-point",
        '',
        'PROFESSIONAL EXPERIENCE',
        '',
        'Department of Veterans Affairs, Washington, DC',
        'Program Analyst, GS-0343-12',
        '10/2019 – Present',
        'Hours per week: 40',
        'Salary: $94,000 per year',
        'Supervisor: Linda Torres, (202) 555-0199; may contact',
        '- Analyze program performance data for 12 regional offices',
        '- Drafted 25 policy memoranda adopted by the Office of the Under Secretary',
        '',
        'U.S. Army, Fort Belvoir, VA',
        'Logistics Officer (Captain), O-3',
        '06/2014 – 09/2019',
        'Hours per week: 50',
        '- Supervised 18 soldiers in supply and maintenance operations',
      ].join('\n'),
    );
    expect(parsed.headline).toBeNull();
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.bullets])).toEqual([
      [
        'Program Analyst, GS-0343-12',
        'Department of Veterans Affairs',
        'Washington, DC',
        [
          'Analyze program performance data for 12 regional offices',
          'Drafted 25 policy memoranda adopted by the Office of the Under Secretary',
        ],
      ],
      [
        'Logistics Officer (Captain), O-3',
        'U.S. Army',
        'Fort Belvoir, VA',
        ['Supervised 18 soldiers in supply and maintenance operations'],
      ],
    ]);
    // The supervisor's name and number are a third person's: they stay out of the profile.
    expect(JSON.stringify(parsed)).not.toMatch(/Linda|555-0199/u);
  });

  it('reads "Employer, City" under the title, as European CVs write it, with no region after the city', () => {
    const parsed = parseResumeText(
      [
        'Laura Gómez Fernández',
        'Ingeniera de Datos',
        '',
        'EXPERIENCIA PROFESIONAL',
        '',
        'Ingeniera de Datos Senior',
        'BBVA, Madrid',
        'Enero 2021 – Actualidad',
        '- Reduje el coste de almacenamiento un 25 % migrando a formato Parquet',
        '',
        'Datenanalystin',
        'Siemens AG, Frankfurt am Main',
        '09/2018 – 12/2020',
        '- Berichte für den Vertrieb erstellt',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.bullets.length])).toEqual([
      ['Ingeniera de Datos Senior', 'BBVA', 'Madrid', 1],
      ['Datenanalystin', 'Siemens AG', 'Frankfurt am Main', 1],
    ]);
  });

  it('keeps "Title, Employer" when the employer is one word and no title stands above', () => {
    const parsed = parseResumeText(
      [
        'Sam Ortiz',
        '',
        'EXPERIENCE',
        '',
        'Barista, Starbucks',
        '2019 – 2021',
        '- Opened the store at 5 am',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company])).toEqual([['Barista', 'Starbucks']]);
  });

  it('drops the labels over groups of bullets ("Key achievements:", "Responsibilities:") and keeps their bullets', () => {
    const parsed = parseResumeText(
      [
        'Priya Sharma',
        '',
        'EXPERIENCE',
        '',
        'Brightwave Analytics — San Francisco, CA   2020 – Present',
        'Senior Marketing Manager',
        'Key achievements:',
        '• Grew marketing-sourced pipeline from $8M to $21M in two years',
        '• Launched the partner program, now 18% of new bookings',
        'Responsibilities:',
        '• Own the demand generation budget of $2.5M',
      ].join('\n'),
    );
    expect(parsed.experiences[0]?.bullets).toEqual([
      'Grew marketing-sourced pipeline from $8M to $21M in two years',
      'Launched the partner program, now 18% of new bookings',
      'Own the demand generation budget of $2.5M',
    ]);
  });

  it('reads an Indian CV: the place of a labelled address, B.E. and HSC, "Languages Known", no declaration', () => {
    const parsed = parseResumeText(
      [
        'RAHUL VERMA',
        'Email: rahul.verma@example.in | Mobile: +91 98765 43210',
        'Address: Flat 12, Lotus Apartments, Pune, Maharashtra 411001',
        '',
        'PROFESSIONAL EXPERIENCE',
        'Software Engineer',
        'Infosys Limited, Pune | July 2019 – Present',
        '• Developed REST APIs in Java 11 and Spring Boot',
        '',
        'EDUCATION',
        'B.E. in Computer Engineering, University of Pune, 2016 – 72%',
        'HSC (Class XII), Maharashtra State Board, 2012 – 85%',
        '',
        'PERSONAL DETAILS',
        'Date of Birth: 14 March 1994',
        'Marital Status: Single',
        'Languages Known: English, Hindi, Marathi',
        '',
        'DECLARATION',
        'I hereby declare that the above information is true to the best of my knowledge.',
        'Place: Pune',
      ].join('\n'),
    );
    expect(parsed.headline).toBeNull();
    expect(parsed.contact.location).toBe('Pune, Maharashtra');
    expect(parsed.education.map((e) => [e.degree, e.field, e.institution])).toEqual([
      ['B.E.', 'Computer Engineering', 'University of Pune'],
      ['HSC', 'Class XII', 'Maharashtra State Board'],
    ]);
    expect(parsed.languages.map((l) => l.language)).toEqual(['English', 'Hindi', 'Marathi']);
    expect(JSON.stringify(parsed)).not.toMatch(/hereby/u);
  });

  it('reads an Australian CV: "Suburb VIC" places, a registration section without its number, no referees', () => {
    const parsed = parseResumeText(
      [
        'Chloe Nguyen',
        'Melbourne VIC 3000 | 0412 345 678 | chloe.nguyen@example.com.au',
        '',
        'EMPLOYMENT HISTORY',
        'Registered Nurse – Emergency Department',
        'The Royal Melbourne Hospital, Parkville VIC',
        'Feb 2021 – Present',
        '• Triage up to 40 patients per shift',
        '',
        'Enrolled Nurse',
        'Bupa Aged Care, Brighton VIC',
        'Jan 2018 – Jan 2021',
        '• Administered medications to 30 residents per shift',
        '',
        'REGISTRATION',
        'AHPRA Registered Nurse (Division 1) – NMW0001234567',
        '',
        'REFEREES',
        'Sarah Mitchell, Nurse Unit Manager, The Royal Melbourne Hospital',
        'Phone: 03 9342 7000',
      ].join('\n'),
    );
    expect(parsed.contact.location).toBe('Melbourne VIC');
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.bullets.length])).toEqual([
      ['Registered Nurse, Emergency Department', 'The Royal Melbourne Hospital', 'Parkville VIC', 1],
      ['Enrolled Nurse', 'Bupa Aged Care', 'Brighton VIC', 1],
    ]);
    expect(parsed.certifications).toEqual([
      { name: 'AHPRA Registered Nurse (Division 1)', issuer: null, date: null },
    ]);
    expect(JSON.stringify(parsed)).not.toMatch(/Sarah|9342/u);
  });

  it('reads the employer with its place above "Title, Unit" above the dates', () => {
    const parsed = parseResumeText(
      [
        'Maya Chen',
        '',
        'EXPERIENCE',
        '',
        'Harborview Medical Center, Seattle, WA',
        'Registered Nurse, ICU',
        'June 2019 – Present',
        '• Precepted 8 new graduate nurses',
        '',
        'Swedish Medical Center, Seattle, WA',
        'Staff Nurse, Med-Surg',
        'May 2016 – May 2019',
        '• Managed care for 5 patients per shift',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location])).toEqual([
      ['Registered Nurse, ICU', 'Harborview Medical Center', 'Seattle, WA'],
      ['Staff Nurse, Med-Surg', 'Swedish Medical Center', 'Seattle, WA'],
    ]);
  });

  it.each([
    [
      'Senior Analyst | Acme Corp | Jan 2020 – Present | Chicago, IL',
      ['Senior Analyst', 'Acme Corp', 'Chicago, IL'],
    ],
    ['Senior Analyst – Acme Corp (Chicago) 2020–2023', ['Senior Analyst', 'Acme Corp', 'Chicago']],
    ['Software Engineer, Acme (Contract), 2020 – 2021', ['Software Engineer', 'Acme (Contract)', null]],
    [
      'Senior Software Engineer (Stripe) — Seattle, WA   Mar 2021 – Present',
      ['Senior Software Engineer', 'Stripe', 'Seattle, WA'],
    ],
    [
      'Product Manager (Meta Platforms) | Menlo Park, CA | 2019 – 2021',
      ['Product Manager', 'Meta Platforms', 'Menlo Park, CA'],
    ],
    // Its bullets' markers drawn, not written (a PDF): the first bullet is no part of the header.
    [
      'Senior Software Engineer (Stripe) — Seattle, WA   Mar 2021 – Present\nLed migration of the ledger to Go, cutting latency by 35%',
      ['Senior Software Engineer', 'Stripe', 'Seattle, WA'],
    ],
    // A unit, a schedule or an employment type in brackets is the title's, and a lone word may be a city.
    ['Registered Nurse (ICU) — Seattle, WA   2019 – 2021', ['Registered Nurse (ICU)', null, 'Seattle, WA']],
    ['Data Analyst (Contract) — Austin, TX   2019 – 2021', ['Data Analyst (Contract)', null, 'Austin, TX']],
    ['Software Engineer (Berlin)   2019 – 2021', ['Software Engineer (Berlin)', null, null]],
  ])('reads the one-line header "%s"', (header, [title, company, location]) => {
    const parsed = parseResumeText(`Jane Roe\n\nEXPERIENCE\n${header}\n• Built the forecasting model`);
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location])).toEqual([
      [title, company, location],
    ]);
  });

  it('takes no date of birth or identity number among the personal details for the phone', () => {
    const parsed = parseResumeText(
      [
        'DATOS PERSONALES',
        'Nombre: Lucía Martínez Ortega',
        'Fecha de nacimiento: 23/07/1992',
        'DNI: 12345678Z',
        'Teléfono: 612 345 678',
        'Email: lucia.martinez@gmail.com',
      ].join('\n'),
    );
    expect([parsed.fullName, parsed.contact.phone]).toEqual(['Lucía Martínez Ortega', '612 345 678']);
    expect(parseResumeText('Stefanie Brandt\nGeboren: 12.04.1988\nTel. 0711 2345678').contact.phone).toBe(
      '0711 2345678',
    );
  });

  it('drops the consent to data processing that ends a Polish CV, also wrapped over lines as in a PDF', () => {
    const consent = [
      'Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu',
      'rekrutacji (zgodnie z ustawą z dnia 10 maja 2018 r. o ochronie danych osobowych (Dz. Ustaw z 2018,',
      'poz. 1000) oraz zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO)).',
    ];
    const parsed = parseResumeText(
      [
        'Marek Zieliński',
        'marek.zielinski@gmail.com',
        'UMIEJĘTNOŚCI',
        'Symfonia, Comarch Optima, Excel (tabele przestawne)',
        '',
        ...consent,
        'JĘZYKI',
        'Angielski – B2',
        '',
        consent.join(' '),
      ].join('\n'),
    );
    expect([parsed.skills, parsed.languages]).toEqual([
      ['Symfonia', 'Comarch Optima', 'Excel (tabele przestawne)'],
      [{ language: 'Angielski', fluency: 'B2' }],
    ]);
  });

  it("reads a functional resume's themes as skills, not the pieces of the achievements under them", () => {
    const parsed = parseResumeText(
      [
        'Jordan Ellis',
        'RELEVANT SKILLS',
        'Project Coordination',
        '• Planned and delivered 40+ corporate events for groups of 50 to 1,200 attendees',
        'Budget Management',
        '• Renegotiated hotel contracts, saving $60,000 in 2022',
        'Client Relations',
        '• Served as main contact for 15 corporate accounts',
        'WORK HISTORY',
        'Event Coordinator, Mile High Events, Denver, CO   2018 – Present',
        'SKILLS',
        'Cvent, Microsoft Excel, Salesforce',
      ].join('\n'),
    );
    expect(parsed.skills).toEqual([
      'Project Coordination',
      'Budget Management',
      'Client Relations',
      'Cvent',
      'Microsoft Excel',
      'Salesforce',
    ]);
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location])).toEqual([
      ['Event Coordinator', 'Mile High Events', 'Denver, CO'],
    ]);
  });

  it.each([
    ['Ashley Nguyen, BSN, RN', 'Ashley Nguyen'],
    ['Omar Haddad, PhD', 'Omar Haddad'],
    ['LINDA PARK, CPA, CFA', 'Linda Park'],
  ])('reads the name of "%s" without its post-nominal letters', (line, name) => {
    const parsed = parseResumeText(`${line}\nHouston, TX | 713-555-0188\nEXPERIENCE`);
    expect([parsed.fullName, parsed.contact.location]).toEqual([name, 'Houston, TX']);
    // A region that is also a credential ("MD") still reads as a place.
    const place = parseResumeText(`${name}\nSilver Spring, MD | 301-555-0142\nEXPERIENCE`);
    expect([place.fullName, place.contact.location]).toEqual([name, 'Silver Spring, MD']);
  });

  it("reads LinkedIn's PDF: a city alone under timed dates, and a degree with its initials after a dash", () => {
    const parsed = parseResumeText(
      [
        'Sophie Müller',
        'Head of Talent Acquisition bei Zalando SE',
        'Experience',
        'Zalando SE',
        'Senior Tech Recruiter',
        'October 2019 - Present (5 years 3 months)',
        'Berlin, Germany',
        'Hired 60 engineers per year for the platform teams.',
        'Delivery Hero',
        'Tech Recruiter',
        'March 2016 - September 2019 (3 years 7 months)',
        'Berlin',
        'Education',
        'Humboldt-Universität zu Berlin',
        'Master of Arts - MA, Psychologie · (2010 - 2015)',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.bullets])).toEqual([
      [
        'Senior Tech Recruiter',
        'Zalando SE',
        'Berlin, Germany',
        ['Hired 60 engineers per year for the platform teams'],
      ],
      ['Tech Recruiter', 'Delivery Hero', 'Berlin', []],
    ]);
    expect(parsed.education.map((e) => [e.degree, e.field, e.institution])).toEqual([
      ['Master of Arts', 'Psychologie', 'Humboldt-Universität zu Berlin'],
    ]);
  });

  it('reads a Canva-style header with an icon before each detail, and a letter-spaced heading split in places', () => {
    const parsed = parseResumeText(
      [
        'CARLOS RUIZ',
        'Diseñador Gráfico',
        '✆ +34 655 123 456 ✉ carlos.ruiz.design@gmail.com ⌂ Valencia',
        'SOBRE M Í',
        'Diseñador con 7 años de experiencia en identidad de marca y packaging.',
      ].join('\n'),
    );
    expect([parsed.headline, parsed.contact.phone, parsed.contact.location, parsed.summary]).toEqual([
      'Diseñador Gráfico',
      '+34 655 123 456',
      'Valencia',
      'Diseñador con 7 años de experiencia en identidad de marca y packaging.',
    ]);
    expect(headingOf('À PROPOS D E MOI')).toBe('summary');
  });

  it.each([
    ['Cashier / Customer Service', 'Cashier / Customer Service'],
    ['Magazynier / Operator wózka widłowego', 'Magazynier / Operator wózka widłowego'],
    ['Kellner/Barkeeper', 'Kellner/Barkeeper'],
    ['behance.net/maria', null],
  ])('reads a headline whose jobs a slash separates ("%s"), no web address', (line, headline) => {
    expect(parseResumeText(`Maria Lopez\n${line}\n(555) 201-3344\nSKILLS\nPOS`).headline).toBe(headline);
  });

  // The full name heads every generated document: a title before it is left out (the degree is read from the
  // education), as resume parsers keep academic titles apart from the name.
  it.each([
    ['Dr. Anna Schmidt', 'Anna Schmidt'],
    ['Prof. Dr. med. Hans Peter Müller', 'Hans Peter Müller'],
    ['Dr.-Ing. Klaus Weber', 'Klaus Weber'],
    ['Dipl.-Ing. Jan Nowak', 'Jan Nowak'],
    ['mgr inż. Anna Kowalska', 'Anna Kowalska'],
    ['dr hab. Piotr Zieliński', 'Piotr Zieliński'],
    ['Lic. María García López', 'María García López'],
    ['Ing. Petr Novák', 'Petr Novák'],
    ['Mrs Jane Doe', 'Jane Doe'],
    ['Mme Claire Dubois', 'Claire Dubois'],
    ['DR OMAR HADDAD, PhD', 'Omar Haddad'],
    // An initial and a given name that look like titles stay.
    ['M. Scott Peck', 'M. Scott Peck'],
    ['Med Amine Trabelsi', 'Med Amine Trabelsi'],
    ['Don Draper', 'Don Draper'],
  ])('reads the name of "%s" without the titles before it', (line, name) => {
    expect(parseResumeText(`${line}\nData Scientist\nanna@example.com`).fullName).toBe(name);
    expect(parseResumeText(`Name: ${line.split(',')[0]}\nE-Mail: anna@example.com`).fullName).toBe(
      name.split(',')[0],
    );
  });

  it.each([
    ["DYLAN O'BRIEN", "Dylan O'Brien"],
    ['CLAIRE D’ARCY', 'Claire D’Arcy'],
  ])('keeps the capital after the apostrophe of "%s"', (line, name) => {
    expect(parseResumeText(`${line}\ndylan@example.com`).fullName).toBe(name);
  });

  it("takes no place from an academic's affiliation under the name, and the place from the address below it", () => {
    const parsed = parseResumeText(
      [
        'Dr. Priyanka Sharma',
        'Department of Chemistry, University of Edinburgh',
        'Joseph Black Building, Edinburgh EH9 3FJ, UK',
        'p.sharma@ed.ac.uk | +44 131 650 1234',
        'ACADEMIC APPOINTMENTS',
      ].join('\n'),
    );
    expect(parsed.contact.location).toBe('Edinburgh, UK');
  });

  it("takes no headline or place from a German CV's personal details set in a table", () => {
    const parsed = parseResumeText(
      [
        'Stefanie Brandt',
        'Lindenstraße 14 · 70173 Stuttgart · +49 711 2345678',
        'Persönliche Daten',
        'Geburtsdatum   12.04.1988 in Heilbronn',
        'Familienstand   verheiratet, 2 Kinder',
        'Staatsangehörigkeit   deutsch',
        'Berufserfahrung',
      ].join('\n'),
    );
    expect([parsed.headline, parsed.contact.location]).toEqual([null, 'Stuttgart']);
  });
});

// Leftovers the eleventh round noticed, each a general reading error.
describe('the resume reader, round twelve', () => {
  it.each([
    ['Heavy Equipment Operator, Suncor Energy, Fort McMurray, AB   Jan 2018 – Present', 'Fort McMurray, AB'],
    ['Paralegal, Morris James LLP, Wilmington, DE   2019 – 2021', 'Wilmington, DE'],
  ])('keeps a region code in capitals before the dates with its place ("%s")', (header, place) => {
    const parsed = parseResumeText(
      ['Jordan Tremblay', 'jordan@example.com', 'EXPERIENCE', header].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.location, e.startDate !== null])).toEqual([[place, true]]);
  });

  it('keeps "ab 2019" (German "from") out of the place', () => {
    const parsed = parseResumeText(
      [
        'Jonas Weber',
        'jonas@example.de',
        'BERUFSERFAHRUNG',
        'Lagerleiter, DHL, Bremen   ab 03/2019 – heute',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.location, e.startDate, e.current])).toEqual([
      ['Bremen', '2019-03', true],
    ]);
  });

  it('joins a profile link wrapped after its hyphen, the hyphen kept', () => {
    const parsed = parseResumeText(
      ['Sophie Müller', 'sophie@example.de', 'linkedin.com/in/sophie-muller-', 'hr', 'BERUFSERFAHRUNG'].join(
        '\n',
      ),
    );
    expect([parsed.contact.links, parsed.headline]).toEqual([['linkedin.com/in/sophie-muller-hr'], null]);
  });

  it("reads a skills table row's first cell as its label, not a skill", () => {
    const parsed = parseResumeText(
      [
        'Sophie Müller',
        'sophie@example.de',
        'KENNTNISSE',
        'EDV   SAP EWM, MS Office',
        'Python   SQL   Tableau',
      ].join('\n'),
    );
    expect(parsed.skills).toEqual(['SAP EWM', 'MS Office', 'Python', 'SQL', 'Tableau']);
  });

  it("takes no headline from an academic's affiliation, but one that names a job", () => {
    const header = (line: string) =>
      parseResumeText(['Dr. Helena Marsh', line, 'h.marsh@ed.ac.uk', 'ACADEMIC APPOINTMENTS'].join('\n'))
        .headline;
    expect(header('Department of Chemistry, University of Edinburgh')).toBeNull();
    expect(header('Senior Lecturer in Physical Chemistry')).toBe('Senior Lecturer in Physical Chemistry');
  });

  it('keeps every part of a headline written as a LinkedIn headline', () => {
    const parsed = parseResumeText(
      [
        'MARK JENSEN',
        'OPERATIONS MANAGER | LOGISTICS | TEAM LEADERSHIP',
        'Columbus, OH | mark.jensen@example.com | (614) 555-0199',
        'EXPERIENCE',
      ].join('\n'),
    );
    expect([parsed.headline, parsed.contact.location]).toEqual([
      'OPERATIONS MANAGER | LOGISTICS | TEAM LEADERSHIP',
      'Columbus, OH',
    ]);
  });

  it('splits every header around its dates as the first one was, bullets without markers (a PDF draws them)', () => {
    const parsed = parseResumeText(
      [
        'Freja Nielsen',
        'freja.nielsen@example.dk',
        'Work Experience',
        'Senior Data Analyst',
        'Jan 2020 – Present',
        'Nordea (Copenhagen)',
        'Built the credit-risk dashboard used by 40 analysts',
        'Automated monthly reporting, saving 6 hours a week',
        'Data Analyst',
        'Aug 2016 – Dec 2019',
        'Maersk (Aarhus)',
        'Modelled container demand for route planning',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.bullets.length])).toEqual([
      ['Senior Data Analyst', 'Nordea', 'Copenhagen', 2],
      ['Data Analyst', 'Maersk', 'Aarhus', 1],
    ]);
  });

  it("reads a skills matrix's years after a dash as no part of the skill", () => {
    const parsed = parseResumeText(
      [
        'Freja Nielsen',
        'freja@example.dk',
        'Skills',
        'Python — 6 years',
        'SQL — 8 years',
        'SAP – 3 Jahre',
      ].join('\n'),
    );
    expect(parsed.skills).toEqual(['Python', 'SQL', 'SAP']);
  });
});

describe('the resume reader, round thirteen', () => {
  it('keeps a lower-case part after a dash with the title, and reads the employer on the next line', () => {
    const parsed = parseResumeText(
      [
        'Krzysztof Wiśniewski',
        'DOŚWIADCZENIE ZAWODOWE',
        'od 2019',
        'Magazynier – operator wózka widłowego',
        'Amazon Fulfillment Poland Sp. z o.o., Sady k. Poznania',
        '• załadunek i rozładunek towarów',
        '',
        '2016 – 2019',
        'Kellner – Hotel Adlon, Berlin',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.bullets])).toEqual([
      [
        'Magazynier – operator wózka widłowego',
        'Amazon Fulfillment Poland Sp. z o.o.',
        'Sady k. Poznania',
        ['załadunek i rozładunek towarów'],
      ],
      ['Kellner', 'Hotel Adlon', 'Berlin', []],
    ]);
  });

  it('reads a season before a year as that year ("Summer 2019 – Feb 2021", "été 2020 – hiver 2021"), no month made up', () => {
    const parsed = parseResumeText(
      [
        'Maria Lopez',
        'WORK EXPERIENCE',
        'Cashier',
        'Walmart Supercenter, Fresno, CA',
        'March 2021 – Present',
        '- Handle cash, card and EBT transactions',
        '',
        'Sales Associate',
        'Target — Clovis, CA',
        'Summer 2019 – Feb 2021',
        '- Restocked shelves',
        '',
        'Serveuse, Café de Flore, Paris, été 2020 – hiver 2021',
      ].join('\n'),
    );
    expect(
      parsed.experiences.map((e) => [e.title, e.company, e.location, e.startDate, e.endDate, e.bullets]),
    ).toEqual([
      [
        'Cashier',
        'Walmart Supercenter',
        'Fresno, CA',
        '2021-03',
        null,
        ['Handle cash, card and EBT transactions'],
      ],
      ['Sales Associate', 'Target', 'Clovis, CA', '2019', '2021-02', ['Restocked shelves']],
      ['Serveuse', 'Café de Flore', 'Paris', '2020', '2021', []],
    ]);
  });

  it.each([
    ['CIVILIAN EXPERIENCE', 'experience'],
    ['JOBS ÉTUDIANTS', 'experience'],
    ['P R O F E S S I O N A L   E X P E R I E N C E', 'experience'],
    ['W O R K E X P E R I E N C E', 'experience'],
    ['D O Ś W I A D C Z E N I E   Z A W O D O W E', 'experience'],
    ['Contracts', 'experience'],
    ['Earlier career', 'experience'],
    ['Freiberufliche Tätigkeit', 'experience'],
    ['Expériences antérieures', 'experience'],
    ['Studentenjobs', 'experience'],
    ['Military Service', 'experience'],
    ['Part-time jobs', 'experience'],
    ['Projekte (Auswahl)', 'projects'],
    ['Berufserfahrung (Auszug)', 'experience'],
    ['COMPÉTENCES PERSONNELLES', 'skills'],
    ['Engineer (Berlin)', undefined],
  ])('reads "%s" as a heading of %s', (line, kind) => {
    expect(headingOf(line)).toBe(kind);
  });

  it('ends a section at a heading with a remark in brackets ("Projekte (Auswahl)")', () => {
    const parsed = parseResumeText(
      [
        'Julia Becker',
        'Profil',
        'Seit 2016 selbständig als UX-Designerin für Banken und Versicherungen.',
        'Projekte (Auswahl)',
        '2023 – 2024   Redesign Online-Banking, Sparkasse KölnBonn',
        'Rolle: Lead UX',
      ].join('\n'),
    );
    expect([parsed.summary, parsed.projects.map((p) => [p.name, p.description, p.startDate])]).toEqual([
      'Seit 2016 selbständig als UX-Designerin für Banken und Versicherungen.',
      [['Redesign Online-Banking, Sparkasse KölnBonn', 'Rolle: Lead UX', '2023']],
    ]);
  });

  it("reads Europass's rows of languages: the mother tongue with its label as its level, the others as written", () => {
    const europass = parseResumeText(
      [
        'Camille Martin',
        'COMPÉTENCES PERSONNELLES',
        'Langue(s) maternelle(s)   français',
        'Autre(s) langue(s)   anglais B2, espagnol A2',
      ].join('\n'),
    );
    expect([europass.languages, europass.skills]).toEqual([
      [
        { language: 'français', fluency: 'Langue maternelle' },
        { language: 'anglais', fluency: 'B2' },
        { language: 'espagnol', fluency: 'A2' },
      ],
      [],
    ]);
    const polish = parseResumeText(
      ['Anna Nowak', 'Języki', 'Język(i) ojczysty(e): polski', 'Inne języki: angielski B2'].join('\n'),
    );
    expect(polish.languages).toEqual([
      { language: 'polski', fluency: 'Język ojczysty' },
      { language: 'angielski', fluency: 'B2' },
    ]);
    const spanish = parseResumeText(['Ana Ruiz', 'Idiomas', 'Lengua(s) materna(s)   español'].join('\n'));
    expect(spanish.languages).toEqual([{ language: 'español', fluency: 'Lengua materna' }]);
  });

  it('reads a "KEY ACHIEVEMENTS" label over a role\'s bullets, or before one, as no bullet', () => {
    const parsed = parseResumeText(
      [
        'Tom Baker',
        'Experience',
        'Operations Manager, H-E-B, San Antonio, TX      Aug 2023 – Present',
        'KEY ACHIEVEMENTS',
        '• Cut order-to-ship time by 18%',
        'Key Responsibilities',
        '• Managed 40 staff',
        '',
        'Shift Lead, Costco, Austin, TX      2019 – 2023',
        'Achievements: Reduced waste by 10%. Trained 12 new hires.',
        '',
        'Vendeuse, Zara, Lyon      2015 – 2019',
        'Réalisations',
        '- Meilleure vendeuse du magasin en 2018',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => e.bullets)).toEqual([
      ['Cut order-to-ship time by 18%', 'Managed 40 staff'],
      ['Reduced waste by 10%', 'Trained 12 new hires'],
      ['Meilleure vendeuse du magasin en 2018'],
    ]);
  });

  it('reads a role with one date in the date column as its own entry, not a bullet of the role before', () => {
    const parsed = parseResumeText(
      [
        'Aisha Khan',
        'Experience',
        'Part-time Barista\tOct 2022 – Present',
        'Costa Coffee, Manchester',
        '- Serve 200+ customers per shift',
        '',
        'Student Ambassador (volunteer)\t2023',
        'University of Manchester',
        '',
        'Berufserfahrung',
        '2019 – 2021   Werkstudentin, Siemens AG, München',
        '2017   Praktikum, Bosch GmbH, Stuttgart',
        '- Promoted to team lead in 2018',
      ].join('\n'),
    );
    expect(
      parsed.experiences.map((e) => [e.title, e.company, e.startDate, e.endDate, e.current, e.bullets]),
    ).toEqual([
      ['Part-time Barista', 'Costa Coffee', '2022-10', null, true, ['Serve 200+ customers per shift']],
      ['Student Ambassador (volunteer)', 'University of Manchester', '2023', '2023', false, []],
      ['Werkstudentin', 'Siemens AG', '2019', '2021', false, []],
      ['Praktikum', 'Bosch GmbH', '2017', '2017', false, ['Promoted to team lead in 2018']],
    ]);
  });

  it("reads a veteran's rank in brackets as the title's, and the service named above as the employer", () => {
    const parsed = parseResumeText(
      [
        'James Carter',
        'MILITARY EXPERIENCE',
        'United States Army, Fort Hood, TX',
        'Logistics Officer (Captain, O-3)    2018 – 2023',
        '• Directed a $12M inventory',
        'Platoon Leader (First Lieutenant, O-2)    2014 – 2018',
        '• Planned convoy operations',
        'CIVILIAN EXPERIENCE',
        'Hotel Zum Löwen, Köln',
        'Hotel Receptionist    2023 – Present',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location])).toEqual([
      ['Logistics Officer (Captain, O-3)', 'United States Army', 'Fort Hood, TX'],
      ['Platoon Leader (First Lieutenant, O-2)', 'United States Army', 'Fort Hood, TX'],
      ['Hotel Receptionist', 'Hotel Zum Löwen', 'Köln'],
    ]);
  });

  it("reads a city alone in a sidebar's contact section as the place", () => {
    const parsed = parseResumeText(
      [
        'Lena Schulz',
        'Fachkraft für Lagerlogistik',
        'Berufserfahrung',
        'Teamleiterin Wareneingang   03/2020 – heute',
        'Amazon Logistik Leipzig GmbH, Leipzig',
        'Kontakt',
        '+49 151 23456789',
        'lena.schulz@posteo.de',
        'Leipzig',
        'Kenntnisse',
        'SAP MM',
      ].join('\n'),
    );
    expect([parsed.headline, parsed.contact.location, parsed.contact.phone]).toEqual([
      'Fachkraft für Lagerlogistik',
      'Leipzig',
      '+49 151 23456789',
    ]);
  });

  it('reads two months of one year ("Avril – juin 2024") and a Spanish "enero de 2020" as dates', () => {
    const parsed = parseResumeText(
      [
        'Léa Moreau',
        'STAGES',
        'Avril – juin 2024 : Stagiaire marketing, Decathlon, Nantes',
        '- Création de 20 publications Instagram par mois',
        'EXPERIENCIA',
        'Dependienta, Zara, Sevilla, enero de 2020 – marzo de 2021',
        'Aushilfe, Rewe, Köln, Mai – Juli 2019',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.startDate, e.endDate])).toEqual([
      ['Stagiaire marketing', 'Decathlon', '2024-04', '2024-06'],
      ['Dependienta', 'Zara', '2020-01', '2021-03'],
      ['Aushilfe', 'Rewe', '2019-05', '2019-07'],
    ]);
  });

  it('reads a role whose one date opens its line before a colon ("Été 2022 : Équipière …")', () => {
    const parsed = parseResumeText(
      [
        'Léa Moreau',
        'JOBS ÉTUDIANTS',
        "Été 2022 : Équipière polyvalente, McDonald's, Nantes",
        'Depuis septembre 2023 : Baby-sitter (10 h/semaine)',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.startDate, e.endDate, e.current])).toEqual([
      ['Équipière polyvalente', "McDonald's", '2022', '2022', false],
      ['Baby-sitter (10 h/semaine)', null, '2023-09', null, true],
    ]);
  });

  it('reads the employer above a "Title, Unit   dates" line, and keeps the unit of the roles under it in their titles', () => {
    const parsed = parseResumeText(
      [
        'Daniel Okafor',
        'EXPERIENCE',
        'Memorial Hermann Hospital   Houston, TX',
        'Charge Nurse, Emergency Department   Jan 2021 – Present',
        'Supervise a team of 10 nurses per shift',
        'Staff Nurse, ICU   Jun 2018 – Dec 2020',
        'Cared for 2–3 critically ill patients per shift',
        'CVS Pharmacy   Houston, TX',
        'Pharmacy Technician   2016 – 2018',
        'Software Engineer, Google   2014 – 2016',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location])).toEqual([
      ['Charge Nurse, Emergency Department', 'Memorial Hermann Hospital', 'Houston, TX'],
      ['Staff Nurse, ICU', 'Memorial Hermann Hospital', 'Houston, TX'],
      ['Pharmacy Technician', 'CVS Pharmacy', 'Houston, TX'],
      ['Software Engineer', 'Google', null],
    ]);
  });

  it('reads a contractor\'s "Contracts" and "Earlier career" sections as experience, not the summary', () => {
    const parsed = parseResumeText(
      [
        'Priya Desai',
        'Profile',
        'Contract data engineer specialising in Spark and Azure.',
        'Contracts',
        'HSBC — Senior Data Engineer (contract), Jan 2021 – Dec 2022',
        'Earlier career',
        'Teacher of Mathematics, Harris Academy, 2012 – 2017',
      ].join('\n'),
    );
    expect([parsed.summary, parsed.experiences.map((e) => [e.title, e.company])]).toEqual([
      'Contract data engineer specialising in Spark and Azure.',
      [
        ['Senior Data Engineer (contract)', 'HSBC'],
        ['Teacher of Mathematics', 'Harris Academy'],
      ],
    ]);
  });

  it("takes no website from an email address's domain", () => {
    const parsed = parseResumeText(
      'Priya Desai\nData Engineer · London · priya@desai.dev · https://blog.priya.io · linkedin.com/in/priyadesai',
    );
    expect([parsed.contact.email, parsed.contact.links]).toEqual([
      'priya@desai.dev',
      ['https://blog.priya.io', 'linkedin.com/in/priyadesai'],
    ]);
  });

  it("reads Europass's German rows of languages and the licence row after them", () => {
    const parsed = parseResumeText(
      [
        'Thomas Wagner',
        'Persönliche Fähigkeiten und Kompetenzen',
        'Muttersprache(n)   Deutsch',
        'Sonstige Sprache(n)   Englisch B1',
        'Führerschein   Klasse B',
      ].join('\n'),
    );
    expect([parsed.languages, parsed.certifications, parsed.skills]).toEqual([
      [
        { language: 'Deutsch', fluency: 'Muttersprache' },
        { language: 'Englisch', fluency: 'B1' },
      ],
      [{ name: 'Führerschein Klasse B', issuer: null, date: null }],
      [],
    ]);
  });

  it('reads a personal website of any domain beside the contact details as a link', () => {
    const parsed = parseResumeText(
      [
        'Emily Carter',
        'UX Designer',
        'Bristol, UK | emily.carter@gmail.com | 07911 123456 | emilycarter.design',
        'Anna Nowak · anna@nowak.pl · www.anna-nowak.pl · linkedin.com/in/annanowak',
        'Skills',
        'Figma, Node.js',
      ].join('\n'),
    );
    expect([parsed.contact.links, parsed.contact.location, parsed.skills]).toEqual([
      ['linkedin.com/in/annanowak', 'emilycarter.design', 'www.anna-nowak.pl'],
      'Bristol, UK',
      ['Figma', 'Node.js'],
    ]);
  });

  it("reads short lower-case lines without markers as items of their own, a long line's wrap as its continuation", () => {
    const parsed = parseResumeText(
      [
        'Katarzyna Lewandowska',
        'DOŚWIADCZENIE ZAWODOWE',
        'Kelnerka, Restauracja Pod Łososiem, Gdańsk, od 06.2021',
        'obsługa gości na sali (80 miejsc)',
        'przyjmowanie zamówień i rozliczanie rachunków',
        'Barmanka, Hotel Hilton, Gdańsk, 05.2018 – 05.2021',
        'przygotowywanie koktajli i napojów dla gości hotelowych oraz',
        'gości zewnętrznych podczas wydarzeń firmowych',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => e.bullets)).toEqual([
      ['obsługa gości na sali (80 miejsc)', 'przyjmowanie zamówień i rozliczanie rachunków'],
      [
        'przygotowywanie koktajli i napojów dla gości hotelowych oraz gości zewnętrznych podczas wydarzeń firmowych',
      ],
    ]);
  });

  it('reads a letter-spaced heading of several words as its section', () => {
    const parsed = parseResumeText(
      [
        'Jan Nowak',
        'P R O F E S S I O N A L   E X P E R I E N C E',
        'Engineer, Acme Corp, 2019 – 2021',
        '- Built the billing service',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.bullets])).toEqual([
      ['Engineer', 'Acme Corp', ['Built the billing service']],
    ]);
  });
});

describe('the resume reader, round fourteen', () => {
  const roles = (text: string[]) =>
    parseResumeText(text.join('\n')).experiences.map((e) => [
      e.title,
      e.company,
      e.location,
      e.startDate,
      e.current ? 'now' : e.endDate,
    ]);

  it('reads letter-spaced runs with a kerned pair, and spaced-out words set apart, as words', () => {
    const run = (str: string, width: number) => ({ str, x: 58, y: 700, width, fontSize: 11 });
    expect(pageText([run('C E R T I F I C AT I O N S', 110)])).toBe('CERTIFICATIONS');
    expect(pageText([run('C O N TA C T', 62)])).toBe('CONTACT');
    expect(pageText([run('J O H N   S M I T H', 120)])).toBe('JOHN SMITH');
    // Words of two letters are no spaced-out word.
    expect(pageText([run('IT HR PR QA', 60)])).toBe('IT HR PR QA');
  });

  it('reads a letter-spaced heading whose word gap the PDF lost, or whose kerned pair kept no space', () => {
    expect(headingOf('WORKEXPERIENCE')).toBe('experience');
    expect(headingOf('PROFESSIONALEXPERIENCE')).toBe('experience');
    expect(headingOf('E D U C AT I O N')).toBe('education');
    expect(headingOf('C E R T I F I C AT I O N S')).toBe('certifications');
    expect(headingOf('CONGRATULATIONS')).toBeUndefined();
  });

  it('splits a letter-spaced name joined into one word where the email or profile handle shows its words', () => {
    const parsed = parseResumeText(
      [
        'RICHARDA.WHITMORE',
        'Chief Executive Officer · Chicago, IL · rwhitmore@whitmore-advisory.com · linkedin.com/in/richardwhitmore',
      ].join('\n'),
    );
    expect([parsed.fullName, parsed.headline]).toEqual(['Richard A. Whitmore', 'Chief Executive Officer']);
  });

  it.each([
    [['Sr. Software Engineer', 'Jane Park', 'jane@example.com'], 'Jane Park', 'Sr. Software Engineer'],
    [['Sr. Software Engineer', 'jane.park@example.com | (555) 123-4567'], null, 'Sr. Software Engineer'],
    [
      ['Travel Registered Nurse', 'Grace Mwangi', 'grace@example.com'],
      'Grace Mwangi',
      'Travel Registered Nurse',
    ],
    [['Chief Executive Officer', 'Chicago, IL · ceo@example.com'], null, 'Chief Executive Officer'],
    // Job words that are surnames too stay names.
    [['Tim Cook', 'tim@example.com'], 'Tim Cook', null],
    [['Minnie Driver', 'minnie@example.com'], 'Minnie Driver', null],
  ])('never takes a job title for the name (%j)', (lines, name, headline) => {
    const parsed = parseResumeText([...lines, 'EXPERIENCE', 'Engineer, Stripe, 2020 – Present'].join('\n'));
    expect([parsed.fullName, parsed.headline]).toEqual([name, headline]);
  });

  it('reads a resume written in Markdown', () => {
    const parsed = parseResumeText(
      [
        '# Grace Mwangi, RN',
        '',
        'Travel Registered Nurse · Phoenix, AZ · grace@example.com · [portfolio](https://grace.example.com)',
        '',
        '## Experience',
        '',
        '**Travel RN, Telemetry** — Banner University Medical Center, Tucson, AZ',
        '*13-week contract, Sep 2025 – Dec 2025*',
        '- 5:1 telemetry ratio on a 32-bed unit',
        '',
        '**Staff RN** — HonorHealth Scottsdale Osborn, Scottsdale, AZ',
        '*Jul 2019 – Dec 2023*',
        '- Preceptor for 10 new graduate nurses',
        '',
        '## Education',
        '**Associate Degree in Nursing (ADN)** — GateWay Community College, 2019',
      ].join('\n'),
    );
    expect(parsed.fullName).toBe('Grace Mwangi');
    expect(parsed.contact.links).toEqual(['https://grace.example.com']);
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location, e.startDate, e.endDate])).toEqual([
      ['Travel RN, Telemetry', 'Banner University Medical Center', 'Tucson, AZ', '2025-09', '2025-12'],
      ['Staff RN', 'HonorHealth Scottsdale Osborn', 'Scottsdale, AZ', '2019-07', '2023-12'],
    ]);
    expect(parsed.education.map((e) => e.institution)).toEqual(['GateWay Community College']);
  });

  it('reads "Employer — Title (contract), 6 months, 2023" on one line as its own role', () => {
    expect(
      roles([
        'Tom Hughes',
        'tom@example.com',
        'EXPERIENCE',
        'Data Engineer, Monzo, London, 2024 – Present',
        '- Built pipelines',
        'Barclays — Data Engineer (contract), 6 months, 2023',
        '- Migrated jobs to Spark',
      ]),
    ).toEqual([
      ['Data Engineer', 'Monzo', 'London', '2024', 'now'],
      ['Data Engineer (contract)', 'Barclays', null, '2023', '2023'],
    ]);
  });

  it.each([
    ['Animatrice – Camping Les Pins, Biarritz   Été 2022 et 2023', ['2022', '2023']],
    ['Lifeguard – Splash Park, Leeds   Summers 2021 and 2022', ['2021', '2022']],
    ['Kellnerin – Seehotel, Konstanz   Sommer 2019 und 2020', ['2019', '2020']],
  ])('reads the seasons of two years as one role ("%s")', (header, [start, end]) => {
    const read = roles([
      'Léa Martin',
      'lea@example.fr',
      'EXPÉRIENCE',
      'Vendeuse – Zara, Lyon   depuis 2024',
      '• Conseil client',
      header,
      '• Animation',
    ]);
    expect(read.map((role) => role.slice(3))).toEqual([
      ['2024', 'now'],
      [start, end],
    ]);
  });

  it('keeps two years in a sentence for what they are', () => {
    expect(
      roles([
        'Ann Lee',
        'ann@example.com',
        'EXPERIENCE',
        'Nurse, City Hospital, 2019 – 2021',
        'Won the ward award in 2019 and 2020',
      ]),
    ).toEqual([['Nurse', 'City Hospital', null, '2019', '2021']]);
  });

  it('reads the Polish "r." after a year in a range ("od 2018 r. do teraz")', () => {
    expect(
      roles([
        'Magdalena Zielińska',
        'magda@example.pl',
        'DOŚWIADCZENIE ZAWODOWE',
        'od 2018 r. do teraz   Nauczycielka',
        'Szkoła Podstawowa nr 12, Kraków',
        '• Lekcje',
      ]),
    ).toEqual([['Nauczycielka', 'Szkoła Podstawowa nr 12', 'Kraków', '2018', 'now']]);
  });

  it.each([
    [
      ['Freelance Web Developer', 'Berlin', '2019 – Present'],
      ['Freelance Web Developer', 'Freelance', 'Berlin'],
    ],
    [['Freelance Translator, Lyon   2019 – Present'], ['Freelance Translator', 'Freelance', 'Lyon']],
    [
      ['Freelance Designer · Pixel Works Studio', '2019 – Present'],
      ['Freelance Designer', 'Pixel Works Studio', null],
    ],
  ])('reads a freelancer’s city as the place, not the employer (%j)', (header, expected) => {
    const read = roles([
      'Nina Roth',
      'nina@example.com',
      'EXPERIENCE',
      ...header,
      '- Built shops for 12 clients',
    ]);
    expect(read.map((role) => role.slice(0, 3))).toEqual([expected]);
  });

  it('reads "Promotion (Dr. phil.)" and "Studia podyplomowe" as degrees', () => {
    const parsed = parseResumeText(
      [
        'Anna Weber',
        'anna@example.de',
        'AUSBILDUNG',
        'Promotion (Dr. phil.), Universität Heidelberg, 2015 – 2019',
        'Studia podyplomowe: Pedagogika, Uniwersytet Pedagogiczny w Krakowie, 2012 – 2013',
      ].join('\n'),
    );
    expect(parsed.education.map((e) => [e.degree, e.field, e.institution])).toEqual([
      ['Promotion (Dr. phil.)', null, 'Universität Heidelberg'],
      ['Studia podyplomowe', 'Pedagogika', 'Uniwersytet Pedagogiczny w Krakowie'],
    ]);
  });

  it('reads a federal resume: the employer’s street address is its place, a state’s code no degree', () => {
    const parsed = parseResumeText(
      [
        'Marcus T. Johnson',
        'marcus@example.com',
        'WORK EXPERIENCE',
        'Defense Logistics Agency   10/2019 - Present',
        '8725 John J. Kingman Road, Fort Belvoir, VA 22060',
        'Logistics Management Specialist, GS-0346-11',
        'Hours per week: 40',
        '- Manage life-cycle support plans',
        'EDUCATION',
        'Bachelor of Science in Business Administration, 2018',
        'University of Maryland Global Campus, Adelphi, MD',
      ].join('\n'),
    );
    expect(parsed.experiences.map((e) => [e.title, e.company, e.location])).toEqual([
      ['Logistics Management Specialist, GS-0346-11', 'Defense Logistics Agency', 'Fort Belvoir, VA 22060'],
    ]);
    expect(parsed.education.map((e) => [e.degree, e.institution])).toEqual([
      ['Bachelor of Science', 'University of Maryland Global Campus'],
    ]);
  });

  it('reads "Title · Employer" over "City · dates" with the city as the place', () => {
    expect(
      roles([
        'Mateo Alvarez',
        'mateo@example.com',
        'EXPERIENCE',
        'Senior Product Designer · Fintrail',
        'Barcelona · 2021 — Present',
        '→ Own the onboarding flow',
        'Product Designer · Kettle Studio',
        'Remote · 2018 — 2021',
        '→ Booking tools',
      ]),
    ).toEqual([
      ['Senior Product Designer', 'Fintrail', 'Barcelona', '2021', 'now'],
      ['Product Designer', 'Kettle Studio', 'Remote', '2018', '2021'],
    ]);
  });

  it('reads a job’s acronym as a job, Colorado’s code as a state, and a business function after a title', () => {
    expect(
      roles([
        'Grace Mwangi',
        'grace@example.com',
        'EXPERIENCE',
        'Travel RN, Step-Down — UCHealth Memorial Hospital, Colorado Springs, CO',
        'Nov 2024 – Feb 2025',
        '- Cardiac step-down',
        'Travel RN — Providence St. Vincent, Portland, OR',
        'Apr 2024 – Jul 2024',
        '- Oncology',
        'Senior Vice President, Operations, Crestline Industrial, Detroit, MI   2009 – 2014',
        '- Ran operations',
      ]),
    ).toEqual([
      ['Travel RN, Step-Down', 'UCHealth Memorial Hospital', 'Colorado Springs, CO', '2024-11', '2025-02'],
      ['Travel RN', 'Providence St. Vincent', 'Portland, OR', '2024-04', '2024-07'],
      ['Senior Vice President, Operations', 'Crestline Industrial', 'Detroit, MI', '2009', '2014'],
    ]);
  });

  it('leaves a page word and the place and date a CV is signed with out of the last section', () => {
    const parsed = parseResumeText(
      [
        'Lena Hoffmann',
        'lena@example.de',
        'WEITERBILDUNGEN',
        '- Zertifikat Lohnabrechnung (IHK), 2022',
        'Köln, 01.12.2026',
        'Seite',
      ].join('\n'),
    );
    expect(parsed.certifications.map((c) => c.name)).toEqual(['Zertifikat Lohnabrechnung (IHK)']);
  });

  it('takes a labelled portfolio site as a link, and the name in small capitals again as no headline', () => {
    const parsed = parseResumeText(
      [
        'CV – Isabelle Marchand',
        'ISABELLE MARCHAND',
        'Comptable confirmée · isabelle@example.fr',
        'Portfolio: isabellemarchand.design',
      ].join('\n'),
    );
    expect([parsed.fullName, parsed.headline, parsed.contact.links]).toEqual([
      'Isabelle Marchand',
      'Comptable confirmée',
      ['isabellemarchand.design'],
    ]);
  });

  it('keeps a school-leaving certificate with the school on the line below', () => {
    const parsed = parseResumeText(
      [
        'Léa Martin',
        'lea@example.fr',
        'FORMATION',
        'Baccalauréat STMG, 2019',
        'Lycée Saint-Exupéry, Lyon',
      ].join('\n'),
    );
    expect(parsed.education.map((e) => [e.degree, e.institution, e.endDate])).toEqual([
      ['Baccalauréat STMG', 'Lycée Saint-Exupéry', '2019'],
    ]);
  });
});

describe('the resume reader, round fourteen: board seats', () => {
  it.each(['BOARD POSITIONS', 'Board Memberships', 'Non-Executive Directorships', 'Aufsichtsratsmandate'])(
    'keeps an executive’s board seats ("%s") out of the last role’s bullets',
    (heading) => {
      const parsed = parseResumeText(
        [
          'Richard Whitmore',
          'richard@example.com',
          'EXPERIENCE',
          'Engagement Manager, McKinsey & Company, Chicago, IL   1999 – 2004',
          '■ Served industrial clients',
          heading,
          '■ Independent Director, Lakeshore Community Bank (2020 – Present)',
          'EDUCATION',
          'MBA, Kellogg School of Management, 1999',
        ].join('\n'),
      );
      expect(parsed.experiences.map((e) => e.bullets)).toEqual([['Served industrial clients']]);
      expect(parsed.education.map((e) => e.institution)).toEqual(['Kellogg School of Management']);
    },
  );
});

describe('the resume reader, round fourteen: certifications', () => {
  it('reads a code, then its issuer’s initials after a dash, as one credential and its issuer', () => {
    const parsed = parseResumeText(
      [
        'Grace Mwangi',
        'grace@example.com',
        'CERTIFICATIONS',
        '- PCCN — AACN, 2023',
        '- CCRN, BLS, ACLS',
      ].join('\n'),
    );
    expect(parsed.certifications.map((c) => [c.name, c.issuer, c.date])).toEqual([
      ['PCCN', 'AACN', '2023'],
      ['CCRN', null, null],
      ['BLS', null, null],
      ['ACLS', null, null],
    ]);
  });

  it('keeps a specialisation after a level with the credential, not as its issuer', () => {
    const parsed = parseResumeText(
      [
        'Hannah Becker',
        'hannah@example.de',
        'CERTIFICATIONS',
        'SAP Certified Application Associate – Financial Accounting with SAP S/4HANA, 2020',
        'Microsoft Certified: Azure Administrator Associate – Microsoft, 2022',
      ].join('\n'),
    );
    expect(parsed.certifications.map((c) => [c.name, c.issuer])).toEqual([
      ['SAP Certified Application Associate – Financial Accounting with SAP S/4HANA', null],
      ['Microsoft Certified: Azure Administrator Associate', 'Microsoft'],
    ]);
  });
});

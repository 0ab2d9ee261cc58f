import { describe, expect, it } from 'vitest';
import { normaliseProfileContent } from '../../src/profiles/profile-content.js';
import { checkTruthfulness, compileProfileFacts } from '../../src/tailoring/truthfulness.js';

// Claims a model states in words the first rounds did not read: credentials in lower case, leadership in
// French and Spanish, a class rank; and a skill a job title already names.
let n = 0;
const tom = normaliseProfileContent(
  {
    fullName: 'Tom Baker',
    experiences: [
      {
        id: 'e1',
        title: 'Project Manager',
        company: 'Helix Software',
        startDate: '2019-01',
        current: true,
        bullets: ['Ran Scrum ceremonies for two product teams', 'Trained 6 new coordinators'],
      },
      {
        id: 'e2',
        title: 'Forklift Operator',
        company: 'Northwind Freight',
        startDate: '2015-06',
        endDate: '2018-12',
        bullets: ['Moved 300 pallets a shift'],
      },
    ],
    education: [{ id: 'u1', institution: 'University of Leeds', degree: 'BSc', field: 'Accounting' }],
    skills: { technical: ['Scrum', 'Agile'], soft: [], tools: [] },
    certifications: [{ name: 'Forklift Operator License' }],
  },
  { keep: () => true, next: () => `id-${++n}` },
);
const facts = compileProfileFacts(tom, undefined, { today: new Date('2026-12-01') });
const unsupported = (text: string) =>
  checkTruthfulness(facts, { kind: 'text', text })
    .claims.filter((c) => c.verdict === 'unsupported')
    .map((c) => `${c.type}:${c.text}`);

describe('credentials stated in lower case', () => {
  it('needs a licence or certification in the profile that names the same thing', () => {
    expect(unsupported('I am a licensed commercial driver.')).toEqual([
      'certification:a licensed commercial driver',
    ]);
    // Apostrophes are read straight.
    expect(unsupported('I hold a valid commercial driver’s license.')).toContain(
      "certification:hold a valid commercial driver's license",
    );
    expect(unsupported('I am a certified scrum master.')).toEqual(['certification:a certified scrum master']);
    expect(unsupported('I am board-certified in project management.')).toEqual([
      'certification:board-certified in project management',
    ]);
    expect(unsupported('I hold an agile certification.')).toEqual([
      'certification:hold an agile certification',
    ]);
    expect(unsupported('I am a licensed forklift operator.')).toEqual([]);
  });
});

describe('leadership and honours in other words', () => {
  it('reads leadership claimed in French and Spanish: the forklift role shows none', () => {
    expect(unsupported("Chez Northwind Freight, j'ai dirigé la formation des caristes.")).toEqual([
      expect.stringMatching(/^scope:dirigé/u),
    ]);
    expect(unsupported('En Northwind Freight dirigí la formación de los operarios.')).toEqual([
      expect.stringMatching(/^scope:dirigí/u),
    ]);
    // The Project Manager's role does show leadership.
    expect(unsupported("Chez Helix Software, j'ai dirigé les cérémonies Scrum.")).toEqual([]);
  });

  it('reads a class rank as an honour the profile must state', () => {
    expect(unsupported('I graduated first in my class.')).toEqual([expect.stringMatching(/^award:/u)]);
    expect(unsupported('I was valedictorian at the University of Leeds.')).toEqual([
      expect.stringMatching(/^award:/u),
    ]);
  });
});

describe('a skill the title names', () => {
  it('lets a Project Manager claim project management, and nobody else', () => {
    expect(unsupported('I have 7 years of experience in project management.')).toEqual([]);
    expect(unsupported('I have 7 years of experience in product management.')).toEqual([
      'skill:Product management',
    ]);
  });
});

describe('founding and reach a rewritten bullet adds', () => {
  const rosa = normaliseProfileContent(
    {
      fullName: 'Rosa Diaz',
      experiences: [
        {
          id: 'r1',
          title: 'Teacher',
          company: 'Lincoln Elementary School',
          startDate: '2018-08',
          current: true,
          bullets: [
            'Assisted the head teacher with the after-school robotics club',
            'Started a reading buddies program pairing grade 5 and grade 2 classes',
            'Improved student reading levels through small-group instruction',
            'Shared the phonics plan district-wide',
          ],
        },
      ],
    },
    { keep: () => true, next: () => `id-${++n}` },
  );
  const rosaFacts = compileProfileFacts(rosa);
  const bullet = (text: string) =>
    checkTruthfulness(rosaFacts, {
      kind: 'resume',
      content: {
        summary: null,
        experiences: [
          {
            itemId: 'r1',
            title: 'Teacher',
            company: 'Lincoln Elementary School',
            startDate: '2018-08',
            endDate: null,
            current: true,
            bullets: [{ text, sourceRefs: [{ section: 'experiences', itemId: 'r1' }] }],
          },
        ],
        skills: [],
        projects: [],
        education: [],
      },
    })
      .claims.filter((c) => c.verdict === 'unsupported')
      .map((c) => c.type);

  it('needs a source that says the thing was started for "founded" or "pioneered"', () => {
    expect(bullet('Founded the after-school robotics club')).toEqual(['scope']);
    expect(bullet('Pioneered phonics games for small groups')).toEqual(['scope']);
    expect(bullet('Founded a reading buddies program for grade 5 and grade 2 classes')).toEqual([]);
  });

  it('needs the same reach in the source for "school-wide", "company-wide" or "nationwide"', () => {
    expect(bullet('Improved student reading levels school-wide through small-group instruction')).toEqual([
      'scope',
    ]);
    expect(bullet('Shared the phonics plan across the district')).toEqual([]);
    expect(bullet('Shared the phonics plan district wide')).toEqual([]);
    expect(bullet('Shared the phonics plan nationwide')).toEqual(['scope']);
    expect(bullet('Shared the phonics plan, unternehmensweit eingeführt')).toEqual(['scope']);
    expect(bullet('Shared the phonics plan, wdrożone w całej firmie')).toEqual(['scope']);
    expect(bullet("Shared the phonics plan à l'échelle nationale")).toEqual(['scope']);
  });
});

describe('faithful sentences that join or reword their sources', () => {
  const ana = normaliseProfileContent(
    {
      fullName: 'Ana Ruiz',
      summary: 'Logistics coordinator who keeps freight moving on time.',
      experiences: [
        {
          id: 'a1',
          title: 'Logistics Coordinator',
          company: 'Northwind Freight',
          startDate: '2020-01',
          current: true,
          bullets: [
            'Scheduled 120 outbound shipments a week across three regional carriers',
            'Negotiated rates with brokers',
            'Train new hires on the dock scanners',
            'Managed 30 key accounts in the region',
          ],
        },
      ],
    },
    { keep: () => true, next: () => `id-${++n}` },
  );
  const anaFacts = compileProfileFacts(ana, undefined, { today: new Date('2026-12-01') });
  const flagged = (text: string) =>
    checkTruthfulness(anaFacts, { kind: 'text', text })
      .claims.filter((claim) => claim.verdict === 'unsupported')
      .map((claim) => `${claim.type}:${claim.text}`);

  it('takes a figure from a line that meets its words nearly as well as the best one', () => {
    // The summary meets "freight moving on time" best; the carriers line states the three.
    expect(flagged('I keep freight moving on time across three regional carriers.')).toEqual([]);
    expect(flagged('I keep freight moving on time across five regional carriers.')).toEqual(['number:five']);
  });

  it('reads an activity the profile states as a verb: "Scheduled" is scheduling, "Negotiated" negotiation', () => {
    expect(flagged('I bring experience in freight scheduling and rate negotiation.')).toEqual([]);
    expect(flagged('I bring experience in freight forecasting.')).toEqual(['skill:Forecasting']);
    expect(flagged('I bring experience in training.')).toEqual([]);
    // A noun that starts alike is no activity: key accounts are not accounting.
    expect(flagged('I bring experience in accounting.')).toEqual(['skill:Accounting']);
  });
});

describe('spoken languages and German qualifications', () => {
  const katrin = normaliseProfileContent(
    {
      fullName: 'Katrin Vogel',
      experiences: [
        {
          id: 'k1',
          title: 'Pflegefachfrau',
          company: 'Klinikum Nord',
          startDate: '2015-09',
          current: true,
          bullets: ['Dokumentation in SAP ISH', 'Betreuung von bis zu 8 Patienten pro Schicht'],
        },
      ],
      certifications: [{ name: 'Weiterbildung zur Praxisanleiterin' }],
      languages: [
        { language: 'Deutsch', fluency: 'Muttersprache' },
        { language: 'Englisch', fluency: 'B1' },
        { language: 'Polish', fluency: null },
      ],
    },
    { keep: () => true, next: () => `id-${++n}` },
  );
  const katrinFacts = compileProfileFacts(katrin, undefined, { today: new Date('2026-12-01') });
  const flagged = (text: string) =>
    checkTruthfulness(katrinFacts, { kind: 'text', text })
      .claims.filter((claim) => claim.verdict === 'unsupported')
      .map((claim) => `${claim.type}:${claim.text}`);

  it('holds a language to the profile, at no higher a level, whatever language names it', () => {
    expect(flagged('Ich spreche Englisch auf B1-Niveau.')).toEqual([]);
    expect(flagged('I speak English at an intermediate level.')).toEqual([]);
    expect(flagged('Ich spreche fließend Englisch.')).toEqual(['language:englisch']);
    expect(flagged('I am fluent in English and German.')).toEqual(['language:english']);
    expect(flagged('Ich spreche außerdem Spanisch.')).toEqual(['language:spanisch']);
    expect(flagged('Znam biegle język angielski.')).toEqual(['language:angielski']);
    expect(flagged('Mówię biegle po angielsku.')).toEqual(['language:angielsku']);
    expect(flagged('Mówię też po polsku.')).toEqual([]);
    // "Fluently" in French, Polish and Spanish.
    expect(flagged('Je parle couramment anglais.')).toEqual(['language:anglais']);
    expect(flagged('Mówię płynnie po angielsku.')).toEqual(['language:angielsku']);
    expect(flagged('Hablo inglés con soltura.')).toEqual(['language:ingles']);
    // A level the profile does not give cannot be checked, so it is not supported.
    expect(flagged('I also speak Polish.')).toEqual([]);
    expect(flagged('I speak fluent Polish.')).toEqual(['language:polish']);
  });

  it('reads German further training and "verantwortet" as claims', () => {
    // The nurse never worked in intensive care either: "Intensivpflege" is the skill too.
    expect(flagged('Ich habe die Fachweiterbildung Intensivpflege abgeschlossen.')).toEqual([
      'certification:Fachweiterbildung Intensivpflege',
      'skill:Critical care',
    ]);
    expect(flagged('Ich habe die Weiterbildung zur Praxisanleiterin abgeschlossen.')).toEqual([]);
    expect(flagged('Ich habe die Dokumentation in SAP ISH verantwortet.')).toEqual([
      expect.stringMatching(/^scope:verantwortet/u),
    ]);
    expect(flagged('Ich habe über elf Jahre Berufserfahrung.')).toEqual([]);
    expect(flagged('Ich habe über zwölf Jahre Berufserfahrung.')).toEqual([
      expect.stringMatching(/^number:zwölf Jahre/u),
    ]);
  });
});

describe('US engineering degrees', () => {
  it('reads BSEE, MSCS and BSE with their fields', () => {
    const engineer = normaliseProfileContent(
      {
        fullName: 'Lee Park',
        education: [
          { id: 'd1', institution: 'Georgia Institute of Technology', degree: 'BSEE' },
          { id: 'd2', institution: 'Stanford University', degree: 'MSCS' },
        ],
      },
      { keep: () => true, next: () => `id-${++n}` },
    );
    const check = (text: string) =>
      checkTruthfulness(compileProfileFacts(engineer), { kind: 'text', text })
        .claims.filter((claim) => claim.verdict === 'unsupported')
        .map((claim) => claim.type);
    expect(check("I hold a bachelor's degree in electrical engineering.")).toEqual([]);
    expect(check("I hold a master's degree in computer science.")).toEqual([]);
    expect(check("I hold a master's degree in electrical engineering.")).toEqual(['degree']);
  });
});

describe('certifications', () => {
  const max = normaliseProfileContent(
    {
      fullName: 'Max Hoffmann',
      experiences: [
        {
          id: 'm1',
          title: 'Data Analyst',
          company: 'Daimler AG',
          startDate: '2016-04',
          current: true,
          bullets: [
            'Built 40 Tableau dashboards for plant managers',
            'Earned the Tableau Desktop Specialist certification',
          ],
        },
      ],
      skills: { technical: ['Tableau', 'Salesforce', 'Scrum'], soft: [], tools: [] },
      certifications: [
        { name: 'Scrum Master Schulung', issuer: 'Udemy' },
        { name: 'Project Management Training', issuer: 'PMI Chapter' },
        { name: 'Industriemeister Metall (IHK)', issuer: 'Abendschule Stuttgart' },
        { name: 'Lehrgang SPS-Technik S7', issuer: 'TÜV Süd Akademie' },
      ],
    },
    { keep: () => true, next: () => `id-${++n}` },
  );
  const maxFacts = compileProfileFacts(max, undefined, { today: new Date('2026-12-01') });
  const certifications = (text: string) =>
    checkTruthfulness(maxFacts, { kind: 'text', text })
      .claims.filter((claim) => claim.type === 'certification' && claim.verdict === 'unsupported')
      .map((claim) => claim.text);

  it('are not read from a skill the profile names', () => {
    expect(certifications('I hold a Salesforce certification.')).toEqual(['Salesforce']);
    expect(certifications('I am Salesforce-certified.')).toEqual(['Salesforce']);
    expect(certifications('I am certified in Salesforce.')).toEqual(['Salesforce']);
    // A line of the profile that states the certificate supports it.
    expect(certifications('I hold the Tableau Desktop Specialist certification.')).toEqual([]);
  });

  it('are not read from a course the profile lists among them', () => {
    expect(certifications('I hold the Scrum Master certification.')).toEqual(['Scrum Master']);
    expect(certifications('Ich bin zertifizierter Scrum Master.')).toEqual(['Scrum Master']);
    expect(certifications('I am a certified scrum master.')).toEqual(['a certified scrum master']);
    expect(certifications('I am certified in Project Management.')).toEqual(['Project Management']);
    // The course itself is further training.
    expect(certifications('Ich habe eine Fortbildung SPS-Technik absolviert.')).toEqual([]);
  });

  it('include whatever the certifications section lists, whatever its words', () => {
    expect(certifications('Ich habe die Weiterbildung zum Industriemeister Metall abgeschlossen.')).toEqual(
      [],
    );
  });
});

describe('recognition, published work, talks and firsts', () => {
  const priya = normaliseProfileContent(
    {
      fullName: 'Priya Raman',
      experiences: [
        {
          id: 'p1',
          title: 'Senior Software Engineer',
          company: 'Stripe',
          startDate: '2021-03',
          current: true,
          bullets: [
            'Led migration of the ledger service to Go, cutting p99 latency by 35%',
            'Presented the ledger design at GopherCon 2023',
          ],
        },
        {
          id: 'p2',
          title: 'Software Engineer II',
          company: 'Amazon',
          startDate: '2017-07',
          endDate: '2021-02',
          bullets: [
            'Built the first real-time fraud scorer for A9 search ads',
            'Named top performer of the search team in 2019',
          ],
        },
      ],
      skills: { technical: ['Go', 'Java'], soft: [], tools: [] },
    },
    { keep: () => true, next: () => `id-${++n}` },
  );
  const priyaFacts = compileProfileFacts(priya, undefined, { today: new Date('2026-12-01') });
  const flagged = (text: string) =>
    checkTruthfulness(priyaFacts, { kind: 'text', text })
      .claims.filter((claim) => claim.verdict === 'unsupported')
      .map((claim) => claim.type);

  it('need a line of the profile that says the same kind of thing', () => {
    expect(flagged('I have published papers on learning to rank.')).toEqual(['award']);
    expect(flagged('I authored a book on Go.')).toEqual(['award']);
    expect(flagged('Ich habe mehrere Fachartikel veröffentlicht.')).toEqual(['award']);
    expect(flagged('I hold a patent for the fraud scorer.')).toEqual(['award']);
    expect(flagged('My work was featured in the Stripe engineering blog.')).toEqual(['award']);
    expect(flagged('I received the highest performance rating at Amazon.')).toEqual(['award']);
    expect(flagged('Fui reconocida como empleada del mes.')).toEqual(['award']);
    expect(flagged('I was a top performer at Stripe.')).toEqual(['award']);
    expect(flagged('I built the industry’s first ledger in Go at Stripe.')).toEqual(['scope']);
    expect(flagged('At Stripe I built a first-ever ledger, an industry-first.')).toEqual(['scope']);
    // A talk, a recognition and a first the profile states.
    expect(flagged('I spoke at GopherCon about the ledger design.')).toEqual([]);
    expect(flagged('I was named top performer of the search team at Amazon.')).toEqual([]);
    expect(flagged('At Amazon I built the industry’s first real-time fraud scorer.')).toEqual([]);
  });

  it('are not read from work that is neither', () => {
    expect(flagged('I authored the design document for the ledger migration.')).toEqual([]);
    expect(flagged('I presented the migration plan to leadership.')).toEqual([]);
    expect(flagged('I would love to join your top-performing team.')).toEqual([]);
    expect(flagged('This was my first role in payments.')).toEqual([]);
    expect(flagged('I am excited about your patent portfolio.')).toEqual([]);
  });
});

describe('spoken languages rated with dots or stars', () => {
  it('read "5/5" as fluent at most, and "2/5" as basic', () => {
    const jan = normaliseProfileContent(
      {
        fullName: 'Jan Kowalski',
        languages: [
          { language: 'Polish', fluency: '5/5' },
          { language: 'German', fluency: '2/5' },
        ],
      },
      { keep: () => true, next: () => `id-${++n}` },
    );
    const janFacts = compileProfileFacts(jan, undefined, { today: new Date('2026-12-01') });
    const languages = (text: string) =>
      checkTruthfulness(janFacts, { kind: 'text', text })
        .claims.filter((claim) => claim.type === 'language' && claim.verdict === 'unsupported')
        .map((claim) => claim.text);
    expect(languages('I speak fluent Polish.')).toEqual([]);
    expect(languages('I am a native Polish speaker.')).toEqual(['polish']);
    expect(languages('I speak fluent German.')).toEqual(['german']);
    expect(languages('I speak basic German.')).toEqual([]);
  });
});

describe('letters written in German, French, Spanish and Polish', () => {
  const anna = normaliseProfileContent(
    {
      fullName: 'Anna Nowak',
      experiences: [
        {
          id: 'a1',
          title: 'Samodzielna Księgowa',
          company: 'Biuro Rachunkowe Wawel sp. z o.o.',
          startDate: '2019-03',
          current: true,
          bullets: ['Prowadzenie pełnej księgowości 4 spółek'],
        },
        {
          id: 'a2',
          title: 'Instandhaltungstechniker',
          company: 'Robert Bosch GmbH',
          startDate: '2015-01',
          endDate: '2019-02',
          bullets: ['Fehlerdiagnose an SPS-gesteuerten Anlagen'],
        },
      ],
      skills: { technical: ['SAP PM', 'Symfonia'], soft: [], tools: [] },
    },
    { keep: () => true, next: () => `id-${++n}` },
  );
  const annaFacts = compileProfileFacts(anna, undefined, { today: new Date('2026-12-01') });
  const flagged = (text: string) =>
    checkTruthfulness(annaFacts, { kind: 'text', text }, { allowedNames: ['Nordwind GmbH'] })
      .claims.filter((claim) => claim.verdict === 'unsupported')
      .map((claim) => `${claim.type}:${claim.text}`);

  it('keep their ordinary words: nouns before a clause’s comma, a short German sentence, sentence openers', () => {
    expect(
      flagged(
        'Gern erläutere ich in einem persönlichen Gespräch, wie ich Nordwind GmbH mit meiner Erfahrung in SAP PM unterstützen kann.',
      ),
    ).toEqual([]);
    expect(flagged('Vielen Dank für Ihre Zeit.')).toEqual([]);
    expect(
      flagged(
        'Przesyłam kandydaturę do firmy Nordwind GmbH. Obecnie pracuję na stanowisku Samodzielna Księgowa w firmie Biuro Rachunkowe Wawel sp. z o.o. Wcześniej: Instandhaltungstechniker w firmie Robert Bosch GmbH.',
      ),
    ).toEqual([]);
  });

  it('still read a German list of names as names', () => {
    expect(flagged('Ich habe mit Siemens, Bosch und ABB gearbeitet.')).toContain('name:Siemens');
  });
});

describe('records, ranks, a whole region and the biggest account', () => {
  const joe = normaliseProfileContent(
    {
      fullName: 'Joe Park',
      experiences: [
        {
          id: 'j1',
          title: 'Warehouse Lead',
          company: 'Northwind Freight',
          startDate: '2019-09',
          current: true,
          bullets: [
            'Supervised 12 associates on the night shift',
            'Kept an accident-free record for 3 years',
          ],
        },
      ],
    },
    { keep: () => true, next: () => `id-${++n}` },
  );
  const joeFacts = compileProfileFacts(joe, undefined, { today: new Date('2026-12-01') });
  const kinds = (text: string) =>
    checkTruthfulness(joeFacts, { kind: 'text', text })
      .claims.filter((claim) => claim.verdict === 'unsupported')
      .map((claim) => claim.type);

  it('need a line of the profile that says the same kind of thing', () => {
    expect(kinds('I achieved zero lost-time incidents on my shift.')).toEqual([]);
    expect(kinds('I kept a perfect safety record at Northwind Freight.')).toEqual([]);
    expect(kinds('I supervised 12 associates with no complaints from the client.')).toEqual(['number']);
    expect(kinds('I was responsible for the entire western region.')).toEqual(['scope']);
    // Whatever verb comes before it: a lead of 12 associates did not run the whole department.
    expect(kinds('I managed the entire receiving department.')).toEqual(['scope']);
    expect(kinds('I supervised the whole night shift of 12 associates.')).toEqual([]);
    expect(kinds('I handled the company’s largest account.')).toEqual(['scope']);
    expect(kinds('I consistently ranked among the top leads in the network.')).toEqual(['award']);
  });
});

describe('degrees named in French and Spanish', () => {
  it('hold a level and a field to the profile’s education', () => {
    const camille = normaliseProfileContent(
      {
        fullName: 'Camille Durand',
        education: [
          {
            id: 'c1',
            institution: 'Université de Nantes',
            degree: 'Master',
            field: 'Information-Communication',
          },
          { id: 'c2', institution: 'Universidad de Sevilla', degree: 'Grado', field: 'Derecho' },
        ],
      },
      { keep: () => true, next: () => `id-${++n}` },
    );
    const camilleFacts = compileProfileFacts(camille, undefined, { today: new Date('2026-12-01') });
    const degrees = (text: string) =>
      checkTruthfulness(camilleFacts, { kind: 'text', text })
        .claims.filter((claim) => claim.type === 'degree')
        .map((claim) => `${claim.verdict}:${claim.text}`);
    expect(degrees('Titulaire d’un master en Information-Communication, je rédige le magazine.')).toEqual([
      'supported:master en Information-Communication',
    ]);
    expect(degrees('Titulaire d’un master en finance, je pilote les budgets.')).toEqual([
      'unsupported:master en finance',
    ]);
    expect(degrees('J’ai un diplôme d’ingénieur en génie civil.')).toEqual([
      "unsupported:diplôme d'ingénieur en génie civil",
    ]);
    expect(degrees('Licenciada en Derecho, trabajo en comunicación.')).toEqual([
      'supported:Licenciada en Derecho',
    ]);
    expect(degrees('Tengo un máster en marketing digital.')).toEqual([
      'unsupported:máster en marketing digital',
    ]);
    expect(degrees('Je suis titulaire d’un doctorat en sociologie.')).toEqual([
      'unsupported:doctorat en sociologie',
    ]);
  });
});

describe('a status an employer hires on', () => {
  const dana = normaliseProfileContent(
    {
      fullName: 'Dana Whitfield',
      location: 'Chicago, IL',
      experiences: [
        {
          id: 'd1',
          title: 'Logistics Supervisor',
          company: 'Midwest Distribution LLC',
          startDate: '2019-04',
          current: true,
          bullets: [
            'Supervised 9 associates on the day shift',
            'Cleared 40 import containers through customs',
          ],
        },
      ],
    },
    { keep: () => true, next: () => `id-${++n}` },
  );
  const stated = normaliseProfileContent(
    {
      fullName: 'Sam Ortiz',
      summary: 'US citizen holding an active Secret clearance.',
      experiences: [{ id: 's1', title: 'Analyst', company: 'Acme', startDate: '2020-01', current: true }],
    },
    { keep: () => true, next: () => `id-${++n}` },
  );
  const statuses = (p: typeof dana, text: string) =>
    checkTruthfulness(compileProfileFacts(p, undefined, { today: new Date('2026-12-01') }), {
      kind: 'text',
      text,
    })
      .claims.filter((claim) => claim.type === 'status')
      .map((claim) => `${claim.verdict}:${claim.text}`);

  it('needs a line of the profile that states it: clearance, citizenship, right to work, own car, start date', () => {
    const claims: ReadonlyArray<readonly [string, string]> = [
      ['I hold an active secret clearance.', 'secret clearance'],
      ['I am authorized to work in this country.', 'authorized to work'],
      ['I do not require visa sponsorship.', 'require visa sponsorship'],
      ['I have my own vehicle.', 'own vehicle'],
      ['I can start immediately.', 'start immediately'],
      ['Ich bin ab sofort verfügbar.', 'ab sofort'],
      ['Posiadam poświadczenie bezpieczeństwa.', 'poświadczenie bezpieczeństwa'],
      ['Posiadam obywatelstwo polskie.', 'obywatelstwo'],
      ['Je suis disponible immédiatement.', 'disponible immédiatement'],
      ['Soy ciudadana de la Unión Europea.', 'Soy ciudadana'],
      ['Tengo disponibilidad inmediata.', 'disponibilidad inmediata'],
    ];
    for (const [text, claim] of claims) expect(statuses(dana, text)).toEqual([`unsupported:${claim}`]);
    expect(statuses(stated, 'I am a US citizen with an active Secret clearance.')).toEqual([
      'supported:Secret clearance',
      'supported:am a US citizen',
    ]);
    // A citizen has the right to work in the country.
    expect(statuses(stated, 'I am authorized to work in the US.')).toEqual(['supported:authorized to work']);
  });

  it('leaves offers and work that only sounds alike', () => {
    for (const text of [
      'I am willing to relocate and happy to travel.',
      'I cleared 40 import containers through customs clearance.',
      'I covered shifts at short notice.',
      'I am available for an interview at your convenience.',
      'I answered citizens’ queries by phone.',
      'Je suis prête à me déplacer dans toute la région.',
    ])
      expect(statuses(dana, text)).toEqual([]);
  });
});

describe('education details and budgets', () => {
  const make = (input: Parameters<typeof normaliseProfileContent>[0]) =>
    compileProfileFacts(
      normaliseProfileContent(input, { keep: () => true, next: () => `id-${++n}` }),
      undefined,
      {
        today: new Date('2026-12-01'),
      },
    );
  const oliver = make({
    fullName: 'Oliver Bennett',
    experiences: [
      {
        id: 'o1',
        title: 'Policy Manager',
        company: 'Department for Work and Pensions',
        startDate: '2019-09',
        current: true,
        bullets: ['Drafted 30 ministerial briefings on benefit reform'],
      },
    ],
    education: [{ id: 'ou', institution: 'University of Leeds', degree: 'BA', field: 'History' }],
  });
  const anna = make({
    fullName: 'Anna Weber',
    experiences: [
      {
        id: 'a1',
        title: 'Finance Manager',
        company: 'Nordlicht GmbH',
        startDate: '2018-01',
        current: true,
        bullets: ['Owned the P&L and a budget of €4M for the Hamburg site'],
      },
    ],
    education: [
      {
        id: 'au',
        institution: 'University of Leeds',
        degree: 'MSc',
        field: 'Economics',
        honors: 'Distinction; Erasmus semester at Universität Wien',
        coursework: ['Dissertation: Regional labour markets'],
      },
    ],
  });
  const flagged = (facts: typeof oliver, text: string) =>
    checkTruthfulness(facts, { kind: 'text', text })
      .claims.filter((claim) => claim.verdict === 'unsupported')
      .map((claim) => claim.type);

  it('needs a line of the profile about a thesis, studies abroad or a grade', () => {
    expect(flagged(oliver, 'My dissertation on welfare reform shaped my interest in policy.')).toEqual([
      'award',
    ]);
    expect(flagged(oliver, 'I spent an exchange semester abroad during my degree.')).toEqual(['award']);
    expect(flagged(oliver, 'I graduated with distinction.')).toEqual(['degree']);
    expect(flagged(oliver, 'J’ai obtenu ma licence avec mention très bien.')).toEqual(['degree']);
    expect(flagged(oliver, 'Mi trabajo de fin de grado obtuvo sobresaliente.')).toEqual(['award', 'degree']);
    expect(flagged(oliver, 'Meine Masterarbeit schrieb ich über Sozialpolitik.')).toEqual(['award']);
    expect(flagged(anna, 'My dissertation looked at regional labour markets.')).toEqual([]);
    // A certificate's capstone project is no thesis.
    const kevin = make({
      fullName: 'Kevin Walsh',
      projects: [
        { id: 'k1', name: 'Bike Share Analysis', description: 'Capstone project of the certificate' },
      ],
      education: [{ id: 'ku', institution: 'Metropolitan State University', degree: 'Associate of Arts' }],
    });
    expect(flagged(kevin, 'My thesis at Metropolitan State University was praised.')).toEqual(['award']);
    expect(flagged(kevin, 'My capstone project analysed bike share data.')).toEqual([]);
    expect(flagged(anna, 'I graduated with distinction and spent an Erasmus semester in Vienna.')).toEqual([
      'name',
    ]);
  });

  it('needs a line about a budget for holding one, whatever the title', () => {
    expect(flagged(oliver, 'I managed the directorate budget.')).toEqual(['scope']);
    expect(flagged(oliver, 'I owned the P&L for the region.')).toEqual(['name', 'scope']);
    expect(flagged(oliver, 'Je gère le budget de la direction.')).toEqual(['scope']);
    expect(flagged(oliver, 'Zarządzałem budżetem działu.')).toEqual(['scope']);
    // German joins the budget to what it is for.
    expect(flagged(oliver, 'Dort verwaltete ich das Abteilungsbudget.')).toEqual(['scope']);
    expect(flagged(anna, 'I owned the P&L and managed the site budget.')).toEqual([]);
    expect(flagged(anna, 'Ich hatte Budgetverantwortung für den Standort Hamburg.')).toEqual([]);
  });
});

describe('titles held, in French and Spanish, and before the pronoun', () => {
  const make = (input: Parameters<typeof normaliseProfileContent>[0]) =>
    compileProfileFacts(
      normaliseProfileContent(input, { keep: () => true, next: () => `id-${++n}` }),
      undefined,
      {
        today: new Date('2026-12-01'),
      },
    );
  const people = make({
    fullName: 'Lucía Martin',
    experiences: [
      {
        id: 'l1',
        title: 'Enfermera',
        company: 'Hospital La Paz',
        startDate: '2017-10',
        current: true,
        bullets: ['Atendí a 8 pacientes por turno'],
      },
      {
        id: 'l2',
        title: 'Commerciale terrain',
        company: 'Distrib Ouest',
        startDate: '2014-01',
        endDate: '2017-09',
        bullets: ['Suivi de 120 clients'],
      },
      {
        id: 'l3',
        title: 'Logistics Supervisor',
        company: 'Midwest Distribution',
        startDate: '2012-01',
        endDate: '2013-12',
        bullets: ['Cut dock-to-stock time by 22%'],
      },
    ],
  });
  const titles = (text: string) =>
    checkTruthfulness(people, { kind: 'text', text })
      .claims.filter((claim) => claim.type === 'title')
      .map((claim) => `${claim.verdict}:${claim.text}`);

  it('holds "en tant que" and "como" to a role the profile has', () => {
    expect(titles('Como enfermera jefe de la unidad, atendí a 8 pacientes por turno.')).toEqual([
      'unsupported:enfermera jefe',
    ]);
    expect(titles('Como enfermera, atiendo a 8 pacientes por turno.')).toEqual(['supported:enfermera']);
    expect(titles('En tant que directrice régionale des ventes, je suis 120 clients.')).toEqual([
      'unsupported:directrice',
    ]);
    expect(titles('En tant que commerciale terrain, je suis 120 clients.')).toEqual([
      'supported:commerciale',
    ]);
    // The job applied for is no title held.
    expect(titles('Je souhaite rejoindre votre équipe en tant que directrice commerciale.')).toEqual([]);
    expect(titles('Trabajo con herramientas como Excel y SAP.')).toEqual([]);
  });

  it('ends a title before the pronoun "I" and its verb', () => {
    expect(titles('As Logistics Supervisor I cut dock-to-stock time by 22%.')).toEqual([
      'supported:Logistics Supervisor',
    ]);
    expect(titles('As Head of Logistics I cut dock-to-stock time by 22%.')).toEqual([
      'unsupported:Head of Logistics',
    ]);
  });
});

describe('names declined in Polish', () => {
  const piotr = compileProfileFacts(
    normaliseProfileContent(
      {
        fullName: 'Piotr Nowak',
        experiences: [
          {
            id: 'p1',
            title: 'Tester oprogramowania',
            company: 'Comarch S.A.',
            startDate: '2020-03',
            current: true,
            bullets: ['Zgłaszałem błędy w Jira', 'Testowałem API w Postman'],
          },
        ],
        education: [
          { id: 'pu', institution: 'Politechnika Krakowska', degree: 'inżynier', field: 'Informatyka' },
        ],
      },
      { keep: () => true, next: () => `id-${++n}` },
    ),
    undefined,
    { today: new Date('2026-12-01') },
  );
  const flagged = (text: string) =>
    checkTruthfulness(piotr, { kind: 'text', text })
      .claims.filter((claim) => claim.verdict === 'unsupported')
      .map((claim) => `${claim.type}:${claim.text}`);

  it('are the names the profile states, and an invented one is still none', () => {
    expect(flagged('Jestem absolwentem Politechniki Krakowskiej.')).toEqual([]);
    expect(flagged('Testuję API w Postmanie.')).toEqual([]);
    expect(flagged('Studiowałem na Politechnice Warszawskiej.')).toEqual(['name:Warszawskiej']);
    expect(flagged('Testowałem aplikacje dla mBanku.')).toContain('name:mBanku');
    // English declines no name.
    expect(flagged('I tested the API with Postmanie for the team.')).toContain('name:Postmanie');
  });
});

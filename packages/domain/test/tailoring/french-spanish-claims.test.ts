import { describe, expect, it } from 'vitest';
import { compile, flaggedBy as flaggedIn, type Facts } from './claim-checks.js';

// A French accountant and a Spanish electrician, checked against claims a lying model writes in their own
// language: prizes, being named the best, promotions and appointments, starting a department, being the first
// in the company, every one of something in a whole city. And the faithful lines that look like them.
const flaggedBy =
  (facts: Facts, allowedNames: string[] = []) =>
  (text: string): string[] =>
    flaggedIn(facts, allowedNames)(text).map((claim) => claim.slice(0, claim.indexOf(':')));

const accountant = compile({
  fullName: 'Claire Dubois',
  experiences: [
    {
      title: 'Comptable',
      company: 'Cabinet Martin & Associés',
      startDate: '2020-09',
      current: true,
      bullets: [
        'Tiens la comptabilité de 45 TPE et PME clientes sur Sage 100',
        'Mise en place d’un service de télétransmission des déclarations de TVA',
        'Négocie les prix des fournitures avec les fournisseurs',
      ],
    },
  ],
  education: [
    {
      institution: 'IUT Lyon 3',
      degree: 'DUT',
      field: 'Gestion des entreprises et des administrations',
      startDate: '2015-09',
      endDate: '2017-06',
    },
  ],
  skills: { technical: [], tools: [], soft: [] },
});
const electrician = compile({
  fullName: 'Javier Morales',
  experiences: [
    {
      title: 'Oficial de segunda electricista',
      company: 'Electro Turia S.L.',
      startDate: '2019-02',
      current: true,
      bullets: [
        'Mantenimiento de alumbrado en comunidades de vecinos',
        'Instalé el primer punto de recarga de la empresa en un garaje comunitario',
      ],
    },
  ],
  skills: { technical: [], tools: [], soft: [] },
});
const fr = flaggedBy(accountant, ['Lyon', 'Groupe Lumière']);
const es = flaggedBy(electrician, ['Valencia']);

describe('claims written in French and Spanish', () => {
  it('reads a prize or being named the best as an award', () => {
    expect(fr('J’ai reçu le prix du meilleur jeune comptable de la région en 2022.')).toContain('award');
    expect(fr('J’ai été désignée meilleure collaboratrice de l’année 2023.')).toContain('award');
    expect(fr('Élue collaboratrice du mois à deux reprises.')).toContain('award');
    expect(es('Recibí un premio a la calidad en 2021.')).toContain('award');
    expect(es('Fui elegido mejor técnico del año.')).toContain('award');
    // A price is no prize.
    expect(fr('Je négocie les prix des fournitures avec les fournisseurs.')).toEqual([]);
  });

  it('reads a promotion or an appointment to a senior title', () => {
    expect(fr('Promue cheffe de mission en 2023, je supervise les dossiers de révision.')).toContain('title');
    expect(fr('Nommée responsable du pôle social en 2024.')).toContain('title');
    expect(es('Nombrado encargado de obra en 2022.')).toContain('title');
  });

  it('reads starting a department as founding it, unless a source line says it was set up', () => {
    expect(fr('J’ai créé le service de contrôle de gestion du cabinet.')).toEqual(['scope']);
    expect(es('Creé el departamento de mantenimiento de la empresa.')).toEqual(['scope']);
    // The profile says the service was set up ("mise en place").
    expect(fr('J’ai créé un service de télétransmission des déclarations de TVA.')).toEqual([]);
  });

  it('reads being the first in the company, unless a source line says so', () => {
    expect(es('Fui el primero de la empresa en instalar paneles solares.')).toEqual(['scope']);
    expect(es('Fui el primero de la empresa en instalar puntos de recarga.')).toEqual([]);
  });

  it('reads every one of something in a whole city as a claim of reach', () => {
    expect(es('Me encargué del mantenimiento de todas las comunidades de la ciudad.')).toEqual(['scope']);
    expect(es('Me encargo del mantenimiento del alumbrado en comunidades de vecinos.')).toEqual([]);
  });

  it('keeps the figure of a school named with the job’s city', () => {
    expect(fr('Titulaire d’un DUT Gestion des entreprises et des administrations de l’IUT Lyon 3.')).toEqual(
      [],
    );
    expect(fr('Diplômée de l’IUT Lyon 4 en 2017.')).not.toEqual([]);
  });

  it('reads hiring and training others in Spanish', () => {
    expect(es('Seleccioné y formé a los nuevos aprendices de la empresa.')).toEqual(['scope', 'scope']);
    expect(es('He formado a los aprendices en montaje de cuadros.')).toEqual(['scope']);
    expect(es('Seleccioné los materiales de cada obra.')).toEqual([]);
  });

  it('reads talks at conferences', () => {
    expect(fr('J’interviens régulièrement lors de conférences sur la fiscalité.')).toEqual(['award']);
    expect(es('He participado como ponente en congresos del sector.')).toEqual(['award']);
  });

  it('reads a round count in words as at least what it could round from', () => {
    // 45 clients is not "about a hundred", and the 100 of "Sage 100" counts no clients.
    expect(fr('Je gère un portefeuille d’une centaine de clients.')).toEqual(['number']);
    expect(fr('Je tiens la comptabilité d’une quarantaine de TPE et PME clientes.')).toEqual([]);
    expect(es('He realizado más de un centenar de instalaciones en viviendas.')).toEqual(['number']);
  });

  it('knows a short name by its initials', () => {
    expect(fr('Diplômée d’un DUT GEA obtenu en 2017.')).toEqual([]);
    expect(fr('Diplômée d’un DUT GEB obtenu en 2017.')).toEqual(['name']);
  });

  it('reads each language at the level stated beside it', () => {
    const waiter = flaggedBy(
      compile({
        fullName: 'Lucía Fernández',
        experiences: [
          {
            title: 'Camarera',
            company: 'Restaurante La Sardina',
            startDate: '2019-06',
            current: true,
            bullets: ['Atención a clientes en inglés y alemán'],
          },
        ],
        languages: [
          { language: 'Inglés', fluency: 'B2' },
          { language: 'Alemán', fluency: 'A2' },
        ],
        skills: { technical: [], tools: [], soft: [] },
      }),
    );
    expect(waiter('Atiendo a clientes en inglés (B2) y alemán (A2).')).toEqual([]);
    expect(waiter('Atiendo a clientes en inglés (B2) y alemán (B2).')).toEqual(['language']);
    expect(waiter('Hablo inglés y alemán con fluidez.')).toEqual(['language', 'language']);
  });

  it('dates a school named after an employer as the school, and a year as the profile states it', () => {
    const nurse = flaggedBy(
      compile({
        fullName: 'Sophie Laurent',
        summary: 'Infirmière diplômée d’État depuis 2018, expérience en médecine polyvalente.',
        experiences: [
          {
            title: 'Infirmière',
            company: 'CHU de Bordeaux',
            startDate: '2021-01',
            current: true,
            bullets: ['Prise en charge de 10 à 12 patients par poste'],
          },
        ],
        education: [
          {
            institution: 'IFSI du CHU de Bordeaux',
            degree: 'Diplôme d’État d’infirmier',
            startDate: '2015-09',
            endDate: '2018-07',
          },
        ],
        skills: { technical: [], tools: [], soft: [] },
      }),
    );
    expect(nurse('Diplômée de l’IFSI du CHU de Bordeaux en 2018.')).toEqual([]);
    expect(
      nurse('Infirmière diplômée d’État depuis 2018, j’exerce aujourd’hui au CHU de Bordeaux en médecine.'),
    ).toEqual([]);
    // Beside the employer, the year is the role's.
    expect(nurse('Infirmière au CHU de Bordeaux depuis 2018.')).toEqual(['date']);
  });
});

describe('a German letter’s everyday phrases', () => {
  const office = flaggedBy(
    compile({
      fullName: 'Julia Becker',
      summary: 'Kauffrau für Büromanagement mit Erfahrung in Auftragsabwicklung.',
      experiences: [
        {
          title: 'Sachbearbeiterin Auftragsabwicklung',
          company: 'Rheinland Logistik GmbH',
          startDate: '2021-08',
          current: true,
          bullets: [
            'Bearbeitung von rund 60 Kundenaufträgen pro Tag in SAP SD',
            'Reklamationsbearbeitung in enger Abstimmung mit dem Lager',
          ],
        },
        {
          title: 'Auszubildende Kauffrau für Büromanagement',
          company: 'Stadtwerke Bonn',
          startDate: '2018-08',
          endDate: '2021-07',
          current: false,
          bullets: ['Terminplanung und Korrespondenz für die Abteilungsleitung'],
        },
      ],
      skills: { technical: [], tools: ['SAP SD'], soft: [] },
    }),
  );

  it('reads "bei" before a common noun as no employer', () => {
    expect(office('Bei Fragen stehe ich Ihnen gerne zur Verfügung.')).toEqual([]);
    expect(office('Bei Reklamationen stimme ich mich eng mit dem Lager ab.')).toEqual([]);
    expect(office('Gerne überzeuge ich Sie in einem persönlichen Gespräch.')).toEqual([]);
    expect(office('Täglich rund 60 Kundenaufträge in SAP SD bearbeitet.')).toEqual([]);
  });

  it('still reads an employer the profile does not name, and one it names in another case', () => {
    expect(office('Zuvor war ich drei Jahre bei der Deutschen Post tätig.')).toContain('employer');
    expect(office('Bei Siemens habe ich Kundenaufträge bearbeitet.')).toContain('employer');
    expect(office('Bei der Einarbeitung neuer Kolleginnen habe ich unterstützt.')).toEqual([]);
    expect(office('Meine Ausbildung habe ich bei den Stadtwerken Bonn absolviert.')).toEqual([]);
  });

  it('reads the clients a German sentence lists after "wie" as names', () => {
    expect(
      office('Bei der Rheinland Logistik GmbH betreute ich Kunden wie Allianz und Deutsche Bahn.'),
    ).toEqual(['name', 'name', 'name']);
    expect(office('Ich übernahm Aufgaben wie Terminplanung und Korrespondenz.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/llm/local/resume-text-parser.js';

// Projects were a miscellany section until the ninth round: a student's resume lost its main content.
describe('projects in a resume', () => {
  it("reads the LaTeX template students use most (Jake's): name | technologies, dates, bullets", () => {
    const parsed = parseResumeText(
      [
        'Jake Ryan',
        '123-456-7890 | jake@su.edu | github.com/jake',
        '',
        'Projects',
        'Gitlytics | Python, Flask, React, PostgreSQL, Docker   June 2020 – Present',
        '• Developed a full-stack web application using Flask serving a REST API',
        '• Implemented GitHub OAuth to get data from user’s repositories',
        'Simple Paintball | Spigot API, Java, Maven, TravisCI, Git   May 2018 – May 2020',
        '• Published plugin to websites gaining 2K+ downloads',
        '',
        'Technical Skills',
        'Languages: Java, Python, C/C++, SQL (Postgres), JavaScript',
      ].join('\n'),
    );
    expect(parsed.projects).toEqual([
      {
        name: 'Gitlytics',
        description: null,
        technologies: ['Python', 'Flask', 'React', 'PostgreSQL', 'Docker'],
        url: null,
        startDate: '2020-06',
        endDate: null,
        bullets: [
          'Developed a full-stack web application using Flask serving a REST API',
          'Implemented GitHub OAuth to get data from user’s repositories',
        ],
      },
      {
        name: 'Simple Paintball',
        description: null,
        technologies: ['Spigot API', 'Java', 'Maven', 'TravisCI', 'Git'],
        url: null,
        startDate: '2018-05',
        endDate: '2020-05',
        bullets: ['Published plugin to websites gaining 2K+ downloads'],
      },
    ]);
    // "SQL (Postgres)" is a programming language with its dialect, not a spoken language with a level.
    expect(parsed.skills).toEqual(['Java', 'Python', 'C/C++', 'SQL (Postgres)', 'JavaScript']);
    expect(parsed.languages).toEqual([]);
  });

  it('reads a description after a colon, technologies in brackets or on a line of their own, and a link', () => {
    const parsed = parseResumeText(
      [
        'Ana Costa',
        'ana.costa@example.com',
        '',
        'PERSONAL PROJECTS',
        'Budget Buddy: a React Native app for splitting shared expenses',
        'Technologies: React Native, Firebase, TypeScript',
        '- Reached 1,200 monthly users within six months of launch',
        '',
        'Tailor CLI (Go, Cobra) – github.com/anacosta/tailor-cli',
        '- Command-line client for the Tailor API with offline drafts',
      ].join('\n'),
    );
    expect(parsed.projects.map((p) => [p.name, p.description, p.technologies, p.url, p.bullets])).toEqual([
      [
        'Budget Buddy',
        'a React Native app for splitting shared expenses',
        ['React Native', 'Firebase', 'TypeScript'],
        null,
        ['Reached 1,200 monthly users within six months of launch'],
      ],
      [
        'Tailor CLI',
        null,
        ['Go', 'Cobra'],
        'github.com/anacosta/tailor-cli',
        ['Command-line client for the Tailor API with offline drafts'],
      ],
    ]);
  });

  it('reads projects written without markers, one paragraph each', () => {
    const parsed = parseResumeText(
      [
        'Lena Vogel',
        '',
        'PROJEKTE',
        'Lagerplanung (2022)',
        'Ein Werkzeug zur Planung von Lagerplätzen. Es spart 3 Stunden pro Woche.',
        '',
        'Routenoptimierung | Python, OR-Tools',
        'Optimiert die Touren von 12 Fahrzeugen.',
      ].join('\n'),
    );
    expect(parsed.projects.map((p) => [p.name, p.startDate, p.technologies, p.bullets])).toEqual([
      [
        'Lagerplanung',
        '2022',
        [],
        ['Ein Werkzeug zur Planung von Lagerplätzen', 'Es spart 3 Stunden pro Woche'],
      ],
      ['Routenoptimierung', null, ['Python', 'OR-Tools'], ['Optimiert die Touren von 12 Fahrzeugen']],
    ]);
  });

  it('reads "Role:", "Duration:", "Client:", "Technologies:" lines under a project as its fields, in five languages', () => {
    const parsed = parseResumeText(
      [
        'Rahul Sharma',
        'rahul@example.com',
        '',
        'Projects',
        'Project: Online Claims Portal',
        'Client: Allianz',
        'Role: Module lead',
        'Duration: Jan 2020 – Mar 2021',
        'Team Size: 12',
        'Environment: Java, Spring Boot, Angular',
        'Responsibilities:',
        '• Designed the claims workflow',
        '',
        'Projekte',
        'Kundenportal Energieversorger',
        'Rolle: Backend-Entwickler',
        'Zeitraum: 03/2019 – 12/2019',
        'Technologien: Kotlin, PostgreSQL',
        '',
        'Projets',
        'Refonte du site e-commerce',
        'Rôle : Développeur front-end',
        'Durée : 6 mois',
        '',
        'Proyectos',
        'App de reservas',
        'Rol: Desarrollador móvil',
        'Tecnologías: Flutter, Firebase',
        '',
        'Projekty',
        'System rezerwacji',
        'Rola: Programista',
        'Czas trwania: 05.2020 – 11.2020',
      ].join('\n'),
    );
    expect(
      parsed.projects.map((p) => [p.name, p.description, p.technologies, p.startDate, p.endDate, p.bullets]),
    ).toEqual([
      [
        'Online Claims Portal',
        'Client: Allianz — Role: Module lead — Team Size: 12',
        ['Java', 'Spring Boot', 'Angular'],
        '2020-01',
        '2021-03',
        ['Designed the claims workflow'],
      ],
      [
        'Kundenportal Energieversorger',
        'Rolle: Backend-Entwickler',
        ['Kotlin', 'PostgreSQL'],
        '2019-03',
        '2019-12',
        [],
      ],
      ['Refonte du site e-commerce', 'Rôle : Développeur front-end — Durée : 6 mois', [], null, null, []],
      ['App de reservas', 'Rol: Desarrollador móvil', ['Flutter', 'Firebase'], null, null, []],
      ['System rezerwacji', 'Rola: Programista', [], '2020-05', '2020-11', []],
    ]);
    expect(parsed.experiences).toEqual([]);
  });
});

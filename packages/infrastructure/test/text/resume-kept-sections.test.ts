import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/llm/local/resume-text-parser.js';
import { taskOutputSchemas } from '../../src/llm/tasks/task-schemas.js';

const read = (...lines: string[]) =>
  parseResumeText(['Dana Whitfield', 'dana@example.com', '', ...lines].join('\n'));

// Sections the profile has no field for: read so that an import keeps them beside the profile.
describe('awards, volunteer work, publications and interests in an imported resume', () => {
  it('reads each, in English, with the date an entry gives', () => {
    const parsed = read(
      'EXPERIENCE',
      'Warehouse Supervisor, Keystone Distribution        Apr 2018 – Present',
      '• Supervised the night shift of 14 associates',
      '',
      'AWARDS & HONORS',
      "• President's Club, Keystone Distribution (2022)",
      '• Safety Champion of the Year – 2021',
      '',
      'VOLUNTEER EXPERIENCE',
      'Volunteer Coordinator, Harrisburg Food Bank        Jan 2019 – Present',
      '• Schedule 40 volunteers for weekend food drives',
      '',
      'PUBLICATIONS',
      'Whitfield, D. (2023). Cross-docking without tears. Logistics Today, 14(2), 22–25.',
      '',
      'INTERESTS',
      'Trail running, woodworking · chess',
    );
    expect(parsed.experiences.map((e) => e.company)).toEqual(['Keystone Distribution']);
    expect(parsed.awards).toEqual([
      { title: "President's Club, Keystone Distribution", awarder: null, date: '2022' },
      { title: 'Safety Champion of the Year', awarder: null, date: '2021' },
    ]);
    expect(parsed.volunteer).toEqual([
      {
        position: 'Volunteer Coordinator',
        organization: 'Harrisburg Food Bank',
        startDate: '2019-01',
        endDate: null,
        bullets: ['Schedule 40 volunteers for weekend food drives'],
      },
    ]);
    expect(parsed.publications).toEqual([
      {
        name: 'Whitfield, D. (2023). Cross-docking without tears. Logistics Today, 14(2), 22–25.',
        date: '2023',
      },
    ]);
    expect(parsed.interests).toEqual(['Trail running', 'woodworking', 'chess']);
  });

  it('reads their headings in the other four languages', () => {
    const parsed = read(
      'Ehrenamtliches Engagement',
      'Jugendtrainer, TSV Stuttgart-Vaihingen        2015 – heute',
      '• Training von 18 Jugendlichen (U15)',
      '',
      'Auszeichnungen',
      'Bester Auszubildender des Jahrgangs, IHK Region Stuttgart, 2017',
      '',
      "Centres d'intérêt",
      'Randonnée, photographie',
      '',
      'Nagrody i wyróżnienia',
      'Pracownik Roku 2020',
      '',
      'Publicaciones',
      'García, L. «Cuidados paliativos en casa», Revista ROL de Enfermería, 2019',
    );
    expect(parsed.volunteer.map((v) => `${v.position} @ ${v.organization} ${v.startDate}`)).toEqual([
      'Jugendtrainer @ TSV Stuttgart-Vaihingen 2015',
    ]);
    expect(parsed.awards.map((a) => `${a.title} ${a.date}`)).toEqual([
      'Bester Auszubildender des Jahrgangs, IHK Region Stuttgart 2017',
      'Pracownik Roku 2020',
    ]);
    expect(parsed.interests).toEqual(['Randonnée', 'photographie']);
    expect(parsed.publications.map((p) => p.date)).toEqual(['2019']);
  });

  it('reads a labelled line under Skills as its own section, not as skills', () => {
    const parsed = read('SKILLS', 'Excel, SAP EWM', 'Interests: Chess, Hiking', 'Awards: Dean’s List 2013');
    expect(parsed.skills).toEqual(['Excel', 'SAP EWM']);
    expect(parsed.interests).toEqual(['Chess', 'Hiking']);
    expect(parsed.awards).toEqual([{ title: 'Dean’s List', awarder: null, date: '2013' }]);
  });

  it('keeps a heading that mixes two of them a miscellany, and one that joins a modelled section that section', () => {
    const mixed = read('Awards and Publications', 'Best Paper Award, ICSE 2021');
    expect([mixed.awards, mixed.publications]).toEqual([[], []]);
    const joined = read('Skills & Interests', 'Python, SQL');
    expect([joined.skills, joined.interests]).toEqual([['Python', 'SQL'], []]);
  });

  it('accepts a model answer without these sections, with none read', () => {
    const older = {
      fullName: 'Dana',
      headline: null,
      contact: { email: null, phone: null, location: null, links: [] },
      summary: null,
      experiences: [],
      education: [],
      skills: [],
    };
    expect(taskOutputSchemas.parse_resume.parse(older)).toMatchObject({
      awards: [],
      volunteer: [],
      publications: [],
      interests: [],
    });
  });

  it.each([
    [
      'VOLUNTARIADO',
      'Cruz Roja Española, Madrid — Voluntaria de emergencias (2014-2019)',
      'Voluntaria de emergencias',
      'Cruz Roja Española',
    ],
    ['BÉNÉVOLAT', 'Restos du Cœur — Bénévole (2019 – 2021)', 'Bénévole', 'Restos du Cœur'],
    [
      'VOLUNTEER EXPERIENCE',
      'Habitat for Humanity — Volunteer (2018 – 2020)',
      'Volunteer',
      'Habitat for Humanity',
    ],
  ])(
    'reads the volunteer role under %s, the organisation named first',
    (heading, line, position, organization) => {
      const parsed = parseResumeText(['Lucía Fernández', 'lucia@example.es', heading, line].join('\n'));
      expect(parsed.volunteer.map((v) => [v.position, v.organization])).toEqual([[position, organization]]);
    },
  );
});

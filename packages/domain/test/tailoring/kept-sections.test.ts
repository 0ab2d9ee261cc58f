import { describe, expect, it } from 'vitest';
import { normaliseProfileContent, type ProfileContentInput } from '../../src/profiles/profile-content.js';
import { keptSectionsFields, statedEntries } from '../../src/profiles/unmodelled-sections.js';
import type { TailoredResumeContent } from '../../src/tailoring/tailored-resume.js';
import { checkTruthfulness, compileProfileFacts } from '../../src/tailoring/truthfulness.js';

// Awards, volunteer work and publications a profile keeps without a field of its own (customFields.jsonResume,
// in JSON Resume's shape): the person stated them, so a letter may repeat them, and nothing else.
let n = 0;
const base: ProfileContentInput = {
  fullName: 'Dana Whitfield',
  experiences: [
    {
      id: 'e1',
      title: 'Warehouse Supervisor',
      company: 'Keystone Distribution',
      startDate: '2018-04',
      current: true,
      bullets: ['Supervised the night shift of 14 associates'],
    },
  ],
};
const kept = {
  jsonResume: {
    awards: [
      { title: "President's Club", awarder: 'Keystone Distribution', date: '2022' },
      {
        title: 'Safety Champion of the Year',
        date: '2021-11-01',
        summary: 'For 600 days without a lost-time injury',
      },
    ],
    volunteer: [
      {
        organization: 'Harrisburg Food Bank',
        position: 'Volunteer Coordinator',
        startDate: '2019-01',
        highlights: ['Scheduled 40 volunteers for weekend food drives'],
      },
    ],
    publications: [
      { name: 'Cross-docking without tears', publisher: 'Logistics Today', releaseDate: '2023-03' },
    ],
    interests: [{ name: 'Trail running' }],
  },
};
const profile = (customFields: Record<string, unknown>) =>
  normaliseProfileContent({ ...base, customFields }, { keep: () => true, next: () => `id-${++n}` });
const unsupported = (customFields: Record<string, unknown>, text: string) =>
  checkTruthfulness(
    compileProfileFacts(profile(customFields), undefined, { today: new Date('2026-12-01') }),
    { kind: 'text', text },
  )
    .claims.filter((c) => c.verdict === 'unsupported')
    .map((c) => `${c.type}:${c.text}`);

const LETTER_LINES = [
  "I was named to Keystone Distribution's President's Club in 2022.",
  'I was recognised as Safety Champion of the Year in 2021.',
  'As Volunteer Coordinator at the Harrisburg Food Bank I schedule 40 volunteers for weekend food drives.',
  'I have published an article on cross-docking in Logistics Today.',
];

describe('sections a profile keeps without a field', () => {
  it('reads the awards, volunteer work and publications JSON Resume keeps, and nothing else', () => {
    const entries = statedEntries(kept);
    expect(entries.map((e) => `${e.section}/${e.itemId}`)).toEqual([
      'awards/0',
      'awards/1',
      'volunteer/0',
      'publications/0',
    ]);
    expect(entries[2]).toMatchObject({
      role: 'Volunteer Coordinator',
      names: ['Volunteer Coordinator', 'Harrisburg Food Bank'],
      sentences: ['Scheduled 40 volunteers for weekend food drives'],
      startDate: '2019-01',
    });
    expect(statedEntries({ jsonResume: { awards: 'not a list', volunteer: [null, 3] } })).toEqual([]);
    expect(statedEntries({ enhancementHistory: [{ text: 'Won every award' }] })).toEqual([]);
  });

  it('are stored without empty values, entries or sections, and not at all when none is read', () => {
    expect(
      keptSectionsFields({
        awards: [{ title: 'Dean’s List', awarder: null, date: '2013' }, { title: null }],
        volunteer: [{ position: 'Tutor', highlights: [] }],
        publications: [],
      }),
    ).toEqual({
      jsonResume: { awards: [{ title: 'Dean’s List', date: '2013' }], volunteer: [{ position: 'Tutor' }] },
    });
    expect(keptSectionsFields({ awards: [], interests: [{ name: null }] })).toEqual({});
  });

  it.each(LETTER_LINES)('lets a letter repeat what they state: %s', (text) => {
    expect(unsupported(kept, text)).toEqual([]);
  });

  it.each(LETTER_LINES)('and removes the same line when the profile does not keep it: %s', (text) => {
    expect(unsupported({}, text)).not.toEqual([]);
  });

  it('lends nothing beyond what they state', () => {
    expect(unsupported(kept, 'I coordinated 60 volunteers at the Harrisburg Food Bank.')).not.toEqual([]);
    expect(unsupported(kept, 'I was named Employee of the Year in 2022.')).not.toEqual([]);
  });

  it("checks a resume's award lines against the awards it keeps, year included", () => {
    const facts = compileProfileFacts(profile(kept));
    const awards = (...lines: string[]) =>
      checkTruthfulness(facts, {
        kind: 'resume',
        content: { summary: null, experiences: [], skills: [], projects: [], education: [], awards: lines },
      })
        .claims.filter((c) => c.type === 'award')
        .map((c) => `${c.verdict}:${c.text}`);
    expect(
      awards(
        "President's Club — Keystone Distribution (2022)",
        'Safety Champion of the Year (2021)',
        "President's Club — Keystone Distribution (2019)",
        'Employee of the Year (2022)',
      ),
    ).toEqual([
      "supported:President's Club — Keystone Distribution (2022)",
      'supported:Safety Champion of the Year (2021)',
      "unsupported:President's Club — Keystone Distribution (2019)",
      'unsupported:Employee of the Year (2022)',
    ]);
  });

  it("checks a resume's publications and volunteer roles against those it keeps, years included", () => {
    const facts = compileProfileFacts(profile(kept));
    const verdicts = (content: Partial<TailoredResumeContent>) =>
      checkTruthfulness(facts, {
        kind: 'resume',
        content: { summary: null, experiences: [], skills: [], projects: [], education: [], ...content },
      }).claims.map((c) => `${c.verdict}:${c.text}`);
    expect(
      verdicts({
        publications: [
          'Cross-docking without tears — Logistics Today (2023)',
          'Cross-docking without tears — Logistics Today (2021)',
          'Yard management at scale — Supply Chain Review (2023)',
        ],
      }),
    ).toEqual([
      'supported:Cross-docking without tears — Logistics Today (2023)',
      'unsupported:Cross-docking without tears — Logistics Today (2021)',
      'unsupported:Yard management at scale — Supply Chain Review (2023)',
    ]);
    const role = (position: string, startDate: string | null, endDate: string | null = null) => ({
      position,
      organization: 'Harrisburg Food Bank',
      startDate,
      endDate,
    });
    expect(
      verdicts({
        volunteer: [
          role('Volunteer Coordinator', '2019-01'),
          role('Volunteer Coordinator', null),
          role('Volunteer Coordinator', '2017-01'),
          role('Volunteer Coordinator', '2019-01', '2021-06'),
          role('Board Member', '2019-01'),
        ],
      }),
    ).toEqual([
      'supported:Volunteer Coordinator — Harrisburg Food Bank, 2019-01',
      'supported:Volunteer Coordinator — Harrisburg Food Bank',
      'unsupported:Volunteer Coordinator — Harrisburg Food Bank, 2017-01',
      // The kept role goes on: an end is a date the person never gave.
      'unsupported:Volunteer Coordinator — Harrisburg Food Bank, 2019-01 – 2021-06',
      'unsupported:Board Member — Harrisburg Food Bank, 2019-01',
    ]);
    // A role that ended is not printed as going on.
    const ended = compileProfileFacts(
      profile({
        jsonResume: {
          volunteer: [{ position: 'Tutor', organization: 'Code Club', startDate: '2016', endDate: '2018' }],
        },
      }),
    );
    const tutor = (endDate: string | null) =>
      checkTruthfulness(ended, {
        kind: 'resume',
        content: {
          summary: null,
          experiences: [],
          skills: [],
          projects: [],
          education: [],
          volunteer: [{ position: 'Tutor', organization: 'Code Club', startDate: '2016', endDate }],
        },
      }).passed;
    expect([tutor('2018'), tutor(null)]).toEqual([true, false]);
  });

  it('stays out of a bullet that cites an experience', () => {
    const facts = compileProfileFacts(profile(kept));
    const report = checkTruthfulness(facts, {
      kind: 'resume',
      content: {
        summary: null,
        experiences: [
          {
            itemId: 'e1',
            title: 'Warehouse Supervisor',
            company: 'Keystone Distribution',
            startDate: '2018-04',
            endDate: null,
            current: true,
            bullets: [
              {
                text: 'Scheduled 40 volunteers for weekend food drives',
                sourceRefs: [{ section: 'experiences', itemId: 'e1' }],
              },
            ],
          },
        ],
        skills: [],
        education: [],
        projects: [],
      },
    });
    expect(report.passed).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseProfileContent } from '../../src/profiles/profile-content.js';
import { checkTruthfulness, compileProfileFacts } from '../../src/tailoring/truthfulness.js';

// Claims a lying model writes that earlier rounds let through, and faithful lines they removed: the make-up of
// a team, hours and interviews beside an availability, and an English sentence written from a Polish profile.
let n = 0;
const compile = (profile: Parameters<typeof normaliseProfileContent>[0]) =>
  compileProfileFacts(
    normaliseProfileContent(profile, { keep: () => true, next: () => `id-${++n}` }),
    undefined,
    { today: new Date('2026-12-01') },
  );
const flaggedBy = (facts: ReturnType<typeof compile>) => (text: string) =>
  checkTruthfulness(facts, { kind: 'text', text })
    .claims.filter((claim) => claim.verdict === 'unsupported')
    .map((claim) => `${claim.type}:${claim.text}`);

const supervisor = flaggedBy(
  compile({
    fullName: 'Dana Roe',
    experiences: [
      {
        id: 'e1',
        title: 'Warehouse Supervisor',
        company: 'Keystone Distribution',
        startDate: '2019-03',
        current: true,
        bullets: [
          'Supervised 14 warehouse associates across two shifts',
          'Cut picking errors by 22% with a new slotting plan',
        ],
      },
    ],
    skills: { technical: ['WMS'], tools: ['Excel'], soft: [] },
  }),
);

describe('what a team was made of', () => {
  it('needs a line naming its members, whatever the leadership title', () => {
    expect(supervisor('I led a team of planners and buyers.')).toEqual(['scope:team of planners and buyers']);
    expect(supervisor("J'ai encadré une équipe de 14 caristes.")).toContain('scope:équipe de 14 caristes');
    expect(supervisor('I led a team of 14 warehouse associates across two shifts.')).toEqual([]);
    // Who does the work meets the work the profile states ("picking").
    expect(supervisor('I supervised a team of pickers.')).toEqual([]);
  });

  it('needs the same kind of team in the profile (cross-functional, international, remote)', () => {
    expect(supervisor('I led a cross-functional team.')).toEqual(['scope:cross-functional team']);
    expect(supervisor('Ich leitete ein interdisziplinäres Team.')).toEqual(['scope:interdisziplinäres Team']);
    expect(supervisor('Kierowałem zespołem międzynarodowym.')).toEqual(['scope:zespołem międzynarodowym']);
  });

  it('leaves the team the letter would join to the employer', () => {
    expect(supervisor('I would love to join your team of dedicated warehouse professionals.')).toEqual([]);
    expect(supervisor('I would be glad to support your international team.')).toEqual([]);
  });
});

describe('availability', () => {
  it('for an interview, or in hours, is no start date', () => {
    expect(supervisor('I am available from 9am to 5pm.')).toEqual([]);
    expect(supervisor('I am immediately available for an interview.')).toEqual([]);
    expect(supervisor('Ich stehe Ihnen ab sofort für ein Gespräch zur Verfügung.')).toEqual([]);
    expect(supervisor('I am available from Monday to Friday.')).toEqual([]);
  });

  it('to start is still a status the profile must state', () => {
    expect(supervisor('I can start immediately and am available for an interview.')).toEqual([
      'status:start immediately',
    ]);
    expect(supervisor('Ich bin ab sofort verfügbar.')).toEqual(['status:ab sofort']);
    expect(supervisor('I am available from March.')).toEqual(['status:available from']);
  });
});

describe('an English sentence from a Polish profile', () => {
  const tester = flaggedBy(
    compile({
      fullName: 'Anna Nowak',
      experiences: [
        {
          id: 'e1',
          title: 'Tester oprogramowania',
          company: 'Softline sp. z o.o.',
          startDate: '2020-01',
          current: true,
          bullets: ['Napisałam 350 przypadków testowych w Selenium', 'Zautomatyzowałam testy regresyjne API'],
        },
      ],
      skills: { technical: ['Selenium', 'Postman'], tools: [], soft: [] },
    }),
  );

  it('keeps its figures and the skills it states in cognate words', () => {
    expect(tester('I wrote 350 test cases in Selenium and automated API regression tests.')).toEqual([]);
    expect(tester('I wrote 350 test cases in Selenium.')).toEqual([]);
  });

  it('still needs the same figure, and a product by its name', () => {
    expect(tester('I wrote 450 test cases in Selenium.')).toEqual(['number:450']);
    expect(tester('I automated regression tests in Cypress.')).toEqual(['skill:Cypress']);
  });
});

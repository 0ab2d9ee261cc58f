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
    expect(supervisor('I would be glad to join your cross-functional team of planners and buyers.')).toEqual(
      [],
    );
  });
});

describe('availability', () => {
  it('for an interview, or in hours, is no start date', () => {
    expect(supervisor('I am available from 9am to 5pm.')).toEqual([]);
    expect(supervisor('I am immediately available for an interview.')).toEqual([]);
    expect(supervisor('Ich stehe Ihnen ab sofort für ein Gespräch zur Verfügung.')).toEqual([]);
    expect(supervisor('Für ein Gespräch stehe ich ab sofort zur Verfügung.')).toEqual([]);
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

const chef = flaggedBy(
  compile({
    fullName: 'Ciarán Byrne',
    experiences: [
      {
        id: 'c1',
        title: 'Sous Chef',
        company: 'The Harbour Kitchen',
        startDate: '2023-06',
        current: true,
        bullets: ['Run the pass for 120 covers a night', 'Cut food waste by 15% with a new prep list'],
      },
    ],
  }),
);
const retail = flaggedBy(
  compile({
    fullName: 'Megan Hill',
    experiences: [
      {
        id: 'r1',
        title: 'Store Manager',
        company: 'Target',
        startDate: '2021-04',
        current: true,
        bullets: [
          'Lead a team of 45 associates in a $12M store',
          'Raised customer satisfaction scores from 78 to 86',
          'Ranked first of 14 stores in the district for holiday sales in 2023',
        ],
      },
    ],
  }),
);

describe('praise from others', () => {
  it('needs a line of the profile about feedback, in any of the five languages', () => {
    for (const text of [
      'Guests regularly praised my seafood dishes.',
      'I received glowing reviews from diners.',
      'Mandanten loben meine Zuverlässigkeit.',
      'Les parents saluent régulièrement mon engagement.',
      'Los clientes valoran mi atención.',
      'Klienci chwalą moją dokładność.',
    ])
      expect(chef(text)).toEqual([expect.stringMatching(/^award:/u)]);
    // A satisfaction score is what customers said.
    expect(retail('Customers consistently praise my store.')).toEqual([]);
    // The employer's customers are none of the person's.
    expect(chef('I would love to cook for your guests, who praise the kitchen.')).toEqual([]);
  });
});

describe('outdoing others without a figure', () => {
  it('needs a line of the profile that ranks the work', () => {
    for (const text of [
      'I achieved record sales for the restaurant.',
      'I ran the busiest kitchen in the city.',
      'Our kitchen had the fastest ticket times in the group.',
      'Ich habe die beste Abschlussprüfung meines Jahrgangs abgelegt.',
      "Mes élèves ont obtenu le meilleur taux de réussite au brevet de l'académie.",
      'Soy el operario más rápido del almacén.',
      'Osiągnąłem rekordową sprzedaż.',
    ])
      expect(chef(text)).toEqual([expect.stringMatching(/^award:/u)]);
    expect(retail('I led the best-performing store in the district.')).toEqual([]);
    expect(retail('I delivered record holiday sales.')).toEqual([]);
  });

  it('leaves doing one’s best and high standards alone', () => {
    expect(chef('I always give my best in the kitchen.')).toEqual([]);
    expect(chef('I keep the highest standards in the kitchen.')).toEqual([]);
  });
});

describe('faithful lines the earlier rounds removed', () => {
  it('keeps a team "in a $12M store", German magnitudes and nouns in -ei, Polish magnitudes declined', () => {
    expect(retail('I lead a team of 45 associates in a $12M store.')).toEqual([]);
    const tax = flaggedBy(
      compile({
        fullName: 'Laura Schmidt',
        experiences: [
          {
            id: 's1',
            title: 'Steuerfachangestellte',
            company: 'Kanzlei Weber & Partner',
            startDate: '2017-09',
            current: true,
            bullets: ['Erstelle Finanzbuchhaltungen für 35 Mandanten mit DATEV'],
          },
        ],
      }),
    );
    expect(tax('Ich betreue Dutzende Mandanten.')).toEqual([]);
    expect(tax('Ich habe neun Jahre Berufserfahrung in einer Steuerkanzlei.')).toEqual([]);
    const electrician = flaggedBy(
      compile({
        fullName: 'Tomasz Wiśniewski',
        experiences: [
          {
            id: 'w1',
            title: 'Elektryk',
            company: 'Elmont Sp. z o.o.',
            startDate: '2019-04',
            current: true,
            bullets: ['Wykonuję instalacje elektryczne w 8 budynkach mieszkalnych rocznie'],
          },
        ],
      }),
    );
    // "W dziesiątkach budynków" claims at least twenty.
    expect(electrician('Wykonuję instalacje w dziesiątkach budynków rocznie.')).toEqual([
      'number:dziesiątkach',
    ]);
  });

  it('reads a French promotion with its title straight after ("promue coordinatrice")', () => {
    expect(chef("J'ai été promue coordinatrice de mathématiques.")).toEqual([
      expect.stringMatching(/^title:/u),
    ]);
  });
});

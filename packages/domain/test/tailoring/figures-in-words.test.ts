import { describe, expect, it } from 'vitest';
import { normaliseProfileContent } from '../../src/profiles/profile-content.js';
import { extractNumbers, FRACTION_SLACK_POINTS } from '../../src/tailoring/claim-text.js';
import { textLanguage } from '../../src/tailoring/text-language.js';
import { checkTruthfulness, compileProfileFacts } from '../../src/tailoring/truthfulness.js';

let n = 0;
const maria = normaliseProfileContent(
  {
    fullName: 'Maria Lopez',
    headline: 'Logistics Coordinator',
    experiences: [
      {
        id: 'e1',
        title: 'Logistics Coordinator',
        company: 'Northwind Freight',
        startDate: '2020-01',
        current: true,
        bullets: [
          'Scheduled 120 outbound shipments a week across three regional carriers',
          'Reduced late deliveries by 18% by reworking dock appointments',
          'Trained 6 new dispatchers on the routing software',
        ],
      },
      {
        id: 'e2',
        title: 'Dispatcher',
        company: 'Rocky Mountain Movers',
        startDate: '2017-05',
        endDate: '2019-12',
        bullets: ['Dispatched a fleet of 25 trucks', 'Handled customer calls and claims'],
      },
    ],
    certifications: [{ name: 'Forklift Operator License' }],
  },
  { keep: () => true, next: () => `id-${++n}` },
);
const facts = compileProfileFacts(maria, undefined, { today: new Date('2026-12-01') });
const letter = (text: string) => checkTruthfulness(facts, { kind: 'text', text });
const unsupported = (text: string) =>
  letter(text)
    .claims.filter((c) => c.verdict === 'unsupported')
    .map((c) => `${c.type}:${c.text}`);

describe('figures written in words', () => {
  it.each([
    ['twelve dispatchers', 12],
    ['zwölf Disponenten', 12],
    ['douze répartiteurs', 12],
    ['doce personas', 12],
    ['dwunastu dyspozytorów', 12],
    ['sześciu nowych', 6],
    ['ein Dutzend Fahrer', 12],
  ])('reads "%s" as %d', (text, value) => {
    expect(extractNumbers(text).map((m) => m.value)).toEqual([value]);
  });

  it('leaves words other languages use otherwise, and names in capitals', () => {
    expect(extractNumbers('Sept 2019, 12 per cent, once a week, MS-DOS')).toEqual([
      expect.objectContaining({ kind: 'percent', value: 12 }),
    ]);
  });

  it.each([
    ['two and a half years', 2.5],
    ['a year and a half', 1.5],
    ['zweieinhalb Jahre', 2.5],
    ['anderthalb Jahre', 1.5],
    ['deux ans et demi', 2.5],
    ['dos años y medio', 2.5],
    ['półtora roku', 1.5],
    ['3 i pół roku', 3.5],
    ['10 ans', 10],
    ['15 años', 15],
  ])('reads "%s" as a duration of %d years', (text, value) => {
    expect(extractNumbers(text)).toEqual([expect.objectContaining({ kind: 'duration', value })]);
  });

  it('reads fractions as a change or a share, not an ordinal or a party', () => {
    expect(extractNumbers('cut costs in half').map((m) => [m.kind, m.value])).toEqual([['percent', 50]]);
    expect(extractNumbers('by a third')[0]?.value).toBeCloseTo(33.3, 1);
    expect(extractNumbers('two thirds of the fleet')[0]?.value).toBeCloseTo(66.7, 1);
    expect(extractNumbers('a third shift, a third party, in a quarter, by a third party')).toEqual([]);
  });

  it.each([
    ['Hunderte von Kunden', 200],
    ['des milliers de clients', 2000],
    ['cientos de clientes', 200],
    ['setki klientów', 200],
    ['dziesiątki projektów', 20],
  ])('reads the magnitude "%s" as at least %d', (text, value) => {
    expect(extractNumbers(text)).toEqual([expect.objectContaining({ value, atLeast: true })]);
  });

  it.each(['o połowę', 'um die Hälfte', 'halbiert', 'de moitié', 'a la mitad'])(
    'reads "%s" as half',
    (text) => {
      expect(extractNumbers(text)).toEqual([expect.objectContaining({ kind: 'percent', value: 50 })]);
    },
  );

  it('reads "a thousand", "ponad tysiąca", but "5 thousand" once', () => {
    expect(extractNumbers('a thousand users').map((m) => m.value)).toEqual([1000]);
    expect(extractNumbers('ponad tysiąca pracowników').map((m) => m.value)).toEqual([1000]);
    expect(extractNumbers('5 thousand users').map((m) => m.value)).toEqual([5000]);
  });

  it('reads a magnitude without a figure as its smallest figure', () => {
    expect(extractNumbers('hundreds of customers')).toEqual([
      expect.objectContaining({ kind: 'count', value: 200, atLeast: true }),
    ]);
    expect(extractNumbers('tens of thousands of users')[0]?.value).toBe(20_000);
    expect(extractNumbers('millions of dollars')[0]).toMatchObject({ kind: 'money', value: 2_000_000 });
    expect(extractNumbers('a six-figure deal')[0]).toMatchObject({ kind: 'money', value: 100_000 });
  });
});

describe('the gate on figures in words', () => {
  it('catches an inflated count in any of the five languages', () => {
    expect(unsupported('I trained a dozen new dispatchers.')).toEqual(['number:dozen']);
    expect(unsupported('Ich habe zwölf neue Disponenten geschult.')).toEqual(['number:zwölf']);
    expect(unsupported('Przeszkoliłam dwunastu nowych dyspozytorów.')).toEqual(['number:dwunastu']);
    expect(unsupported('I trained six new dispatchers.')).toEqual([]);
  });

  it('reads "two and a half years" whole: true for a role of 2.6 years, false at six and a half', () => {
    expect(unsupported('I dispatched trucks for two and a half years at Rocky Mountain Movers.')).toEqual([]);
    expect(unsupported('I dispatched trucks for six and a half years at Rocky Mountain Movers.')).toEqual([
      'number:six and a half years',
    ]);
  });

  it(`meets a fraction with a percentage within ${FRACTION_SLACK_POINTS} points`, () => {
    // The README promises 3 points.
    expect(FRACTION_SLACK_POINTS).toBe(3);
    expect(unsupported('I reduced late deliveries by nearly a fifth.')).toEqual([]);
    expect(unsupported('I cut late deliveries in half.')).toEqual(['number:in half']);
    expect(unsupported('I reduced late deliveries by a third.')).toEqual(['number:by a third']);
  });

  it('holds a magnitude to the figure its source gives the same thing', () => {
    expect(unsupported('I scheduled dozens of outbound shipments a week.')).toEqual([]);
    expect(unsupported('I scheduled hundreds of outbound shipments a week.')).toEqual(['number:hundreds of']);
    // The line's 120 counts shipments; its carriers are three.
    expect(unsupported('I negotiated rates with dozens of carriers.')).toEqual(['number:dozens of']);
    expect(unsupported('I worked with a multi-million dollar freight budget.')).toEqual([
      'number:multi-million',
    ]);
  });

  it('does not let a source magnitude support an exact figure', () => {
    const vague = normaliseProfileContent(
      {
        fullName: 'Sam',
        experiences: [{ id: 'v1', title: 'Clerk', company: 'Acme', bullets: ['Answered hundreds of calls'] }],
      },
      { keep: () => true, next: () => `id-${++n}` },
    );
    const check = (text: string) =>
      checkTruthfulness(compileProfileFacts(vague), { kind: 'text', text }).passed;
    expect(check('I answered 300 calls.')).toBe(false);
    expect(check('I answered hundreds of calls.')).toBe(true);
    expect(check('I answered dozens of calls.')).toBe(true);
    expect(check('I answered thousands of calls.')).toBe(false);
  });
});

describe('the gate on figures at a named employer', () => {
  it("needs the named employer's own figure", () => {
    expect(unsupported('At Rocky Mountain Movers I reduced late deliveries by 18%.')).toEqual(['number:18%']);
    expect(unsupported('At Northwind Freight I dispatched a fleet of 25 trucks.')).toEqual(['number:25']);
    expect(unsupported('At Northwind Freight I reduced late deliveries by 18%.')).toEqual([]);
    expect(
      unsupported('Before Northwind Freight, I dispatched a fleet of 25 trucks at Rocky Mountain Movers.'),
    ).toEqual([]);
  });
});

describe('a letter written in another language than the profile', () => {
  it('tells the five languages apart by their function words, or by their letters in a short sentence', () => {
    expect(textLanguage('I reduced late deliveries by 18% at the depot.')).toBe('en');
    expect(textLanguage("J'ai planifié 120 expéditions par semaine.")).toBe('fr');
    expect(textLanguage('Ich habe die Reklamationsquote um 35 % gesenkt.')).toBe('de');
    expect(textLanguage('Reduje el coste un 25 % con Parquet.')).toBe('es');
    expect(textLanguage('Przeszkoliłam sześciu nowych dyspozytorów.')).toBe('pl');
    expect(textLanguage('Parquet 25')).toBeNull();
  });

  it('finds a translated figure anywhere in the profile, and still refuses one the profile never states', () => {
    expect(unsupported("J'ai planifié 120 expéditions par semaine.")).toEqual([]);
    expect(unsupported('Ich habe sechs neue Disponenten geschult.')).toEqual([]);
    expect(unsupported("J'ai planifié 150 expéditions par semaine.")).toEqual(['number:150']);
    // In the profile's own language a figure still needs the line it was written from.
    expect(unsupported('Revenue grew 18% under my watch.')).toEqual(['number:18%']);
  });
});

describe('a figure inside a name', () => {
  it('is no count: it supports the same figure only where the sentence names it the same way', () => {
    let id = 0;
    const ann = normaliseProfileContent(
      {
        fullName: 'Ann Lee',
        experiences: [
          {
            id: 'g1',
            title: 'Grade 3 Teacher',
            company: 'Lincoln Elementary',
            startDate: '2019-09',
            current: true,
            bullets: ['Planned lessons for 24 students'],
          },
        ],
      },
      { keep: () => true, next: () => `id-${++id}` },
    );
    const annFacts = compileProfileFacts(ann, undefined, { today: new Date('2026-12-01') });
    const numbers = (text: string) =>
      checkTruthfulness(annFacts, { kind: 'text', text })
        .claims.filter((claim) => claim.type === 'number' && claim.verdict === 'unsupported')
        .map((claim) => claim.text);
    expect(numbers('I mentored 3 student teachers.')).toEqual(['3']);
    expect(numbers('I taught Grade 3 at Lincoln Elementary.')).toEqual([]);
    expect(numbers('As a Grade 3 Teacher I planned lessons for 24 students.')).toEqual([]);
  });
});

describe('decades and spans of years as one word', () => {
  it.each([
    ['más de una década', 10],
    ['dos décadas', 20],
    ['plus d’une décennie', 10],
    ['une dizaine d’années', 10],
    ['mehr als ein Jahrzehnt', 10],
    ['zehnjährige Erfahrung', 10],
    ['10-jährige Erfahrung', 10],
    ['ponad dekadę', 10],
    ['od ponad dekady', 10],
    ['dziesięcioletnie doświadczenie', 10],
    ['8-letnie doświadczenie', 8],
    ['decades of experience', 20],
  ])('reads "%s" as %d years', (text, years) => {
    expect(extractNumbers(text).map((m) => [m.kind, m.value])).toEqual([['duration', years]]);
  });

  it('holds them to the career, in any language: 8.4 years are no decade, but eight years', () => {
    const piotr = normaliseProfileContent(
      {
        fullName: 'Piotr Nowak',
        experiences: [
          {
            id: 'p1',
            title: 'Tester oprogramowania',
            company: 'Comarch S.A.',
            startDate: '2018-07',
            current: true,
            bullets: ['Napisałem 350 przypadków testowych w Selenium'],
          },
        ],
      },
      { keep: () => true, next: () => `id-${++n}` },
    );
    const piotrFacts = compileProfileFacts(piotr, undefined, { today: new Date('2026-12-01') });
    const flagged = (text: string) =>
      checkTruthfulness(piotrFacts, { kind: 'text', text })
        .claims.filter((c) => c.verdict === 'unsupported')
        .map((c) => c.type);
    expect(flagged('Mam ponad dziesięcioletnie doświadczenie w testowaniu.')).toEqual(['number']);
    expect(flagged('Ich habe mehr als ein Jahrzehnt Erfahrung.')).toEqual(['number']);
    expect(flagged('Cuento con más de una década de experiencia.')).toEqual(['number']);
    expect(flagged('Mam 8-letnie doświadczenie w testowaniu.')).toEqual([]);
    expect(flagged('My 8-year career in testing taught me patience.')).toEqual([]);
    expect(flagged('Ich habe achtjährige Erfahrung als Tester.')).toEqual([]);
    // The polite "you" of a Polish letter is no name.
    expect(flagged('Chętnie dołączę do Państwa zespołu.')).toEqual([]);
  });
});

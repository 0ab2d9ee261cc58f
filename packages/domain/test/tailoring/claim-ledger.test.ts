import { describe, expect, it } from 'vitest';
import { MAX_REMOVED_SHARE, gateLetter, gateResumeLines } from '../../src/generations/truthfulness-gate.js';
import { normaliseProfileContent, type ProfileContentInput } from '../../src/profiles/profile-content.js';
import { DURATION_SLACK_YEARS } from '../../src/tailoring/claim-text.js';
import { splitSentences } from '../../src/tailoring/sentences.js';
import { checkTruthfulness, compileProfileFacts } from '../../src/tailoring/truthfulness.js';

let n = 0;
const profile = (input: ProfileContentInput) =>
  normaliseProfileContent(input, { keep: () => true, next: () => `id-${++n}` });

const TODAY = new Date('2026-03-10T12:00:00Z');
const nurse = profile({
  fullName: 'Maria Santos',
  headline: 'Registered Nurse',
  summary: 'CPA-eligible is not a nurse thing; kept to test qualified credentials.',
  experiences: [
    {
      id: 'e1',
      title: 'Staff Nurse',
      company: "St. Luke's Medical Center",
      startDate: '2019-03',
      current: true,
      bullets: [
        'Assisted the Charge Nurse with bed assignments during night shifts',
        'Reduced patient falls by 30% with hourly rounding',
        'Document assessments in Epic',
      ],
    },
    {
      id: 'e2',
      title: 'Nursing Assistant',
      company: 'Zakłady Opieki Łódź',
      startDate: '2016-06',
      endDate: '2019-02',
      bullets: ['Supported 20 residents with daily living activities'],
    },
  ],
  education: [
    { id: 'u1', institution: 'California State University', degree: 'Bachelor of Science', field: 'Nursing' },
  ],
  certifications: [{ name: 'Basic Life Support (BLS)', issuer: 'American Heart Association' }],
  skills: { technical: ['Wound care'], tools: ['Epic'], soft: [] },
});
const facts = compileProfileFacts(nurse, undefined, { today: TODAY });
const posting = ['Mercy General Hospital', 'Charge Nurse - Shift B (5S unit)', 'Sacramento, CA'];
const bad = (text: string) =>
  checkTruthfulness(facts, { kind: 'text', text }, { allowedNames: posting }).claims.filter(
    (c) => c.verdict === 'unsupported',
  );

describe('the claim ledger fails closed', () => {
  it.each([
    ['a product the vocabulary does not know', 'I reconcile shifts in Kronos every week.'],
    ['a tool the posting names', 'I am proficient in Pyxis MedStation.'],
    [
      'the posting title claimed as held',
      "In my role as Charge Nurse at St. Luke's Medical Center, I lead the shift.",
    ],
    ['a title the profile only mentions as someone else', 'Promoted to Charge Nurse, I set bed assignments.'],
    ['a higher title in prose', 'As Senior Staff Nurse, I handle the hardest cases.'],
    ['a repeated title word', "I was promoted to Staff Nurse Nurse at St. Luke's Medical Center."],
    ['an award', 'I was named Employee of the Year.'],
    ['an honour without a name', 'My work was recognized with a regional excellence award.'],
    ['a lower-case degree', "I hold a master's degree in nursing."],
    ['a doctorate', 'I completed a PhD in public health.'],
    ['a certification', 'I am ACLS-certified.'],
    ['a date of another employer', "I joined St. Luke's Medical Center in 2016."],
    ['a duration longer than the role', "I spent 9 years at St. Luke's Medical Center."],
    ['an invented employer with Polish letters', 'I worked at Szpital Żeromskiego for two years.'],
    ['a leadership verb', 'I spearheaded the rollout of bedside handovers.'],
    ['a scope number', 'I supervised a team of 14 nurses.'],
    ['an inflated metric', 'I reduced patient falls by 45% with hourly rounding.'],
    ['a multiplier in words', 'I doubled patient satisfaction scores.'],
    ['a title given by the employer', "St. Luke's Medical Center appointed me Charge Nurse after a year."],
    ['a title stated as a fact', "My current title at St. Luke's Medical Center is Charge Nurse."],
    ['a product opening the sentence', 'Kronos is part of my daily workflow.'],
    ['a code the profile does not name', 'I follow IATF 16949 in every audit.'],
  ])('flags %s', (_, text) => {
    expect(bad(text)).not.toEqual([]);
  });

  it('a credential the profile only calls "-eligible" is not held', () => {
    expect(bad('I am a licensed CPA.')).not.toEqual([]);
    expect(bad('As a CPA, I am careful with numbers.')).not.toEqual([]);
  });

  it.each([
    [
      'the posting names (company, title with its codes, location)',
      'I am applying for the Charge Nurse - Shift B (5S unit) position at Mercy General Hospital in Sacramento, CA.',
    ],
    [
      'a true title at the named employer',
      "I have been a Staff Nurse at St. Luke's Medical Center since 2019.",
    ],
    [
      'an ASCII spelling of a Polish employer',
      'Before that I worked at Zaklady Opieki Lodz as a Nursing Assistant.',
    ],
    ['a true range in another dash', 'From 2016 - 2019 I worked at Zakłady Opieki Łódź.'],
    ['a figure in another notation', 'I reduced patient falls by 30 percent with hourly rounding.'],
    ['a lower-case true degree', 'My bachelor of science in nursing gave me a strong foundation.'],
    ['a true certification', 'I hold the Basic Life Support (BLS) from the American Heart Association.'],
    ['the application as such', 'I would welcome the chance to join Mercy General Hospital as Charge Nurse.'],
    ['a figure said in other words', 'I helped twenty residents with their daily living needs.'],
    ['an abstract opener', 'Reliability is what my colleagues count on.'],
  ])('keeps %s', (_, text) => {
    expect(bad(text)).toEqual([]);
  });

  it('measures a current role to today (the clock), so true years of experience stand', () => {
    // 2016-06 → 2026-03 is 9.75 years: "9 years" and "nearly 10 years" hold, "11 years" does not.
    expect(bad('I bring 9 years of experience.')).toEqual([]);
    expect(bad('I have more than 9 years of hands-on experience.')).toEqual([]);
    expect(bad('I bring 11 years of experience.')).not.toEqual([]);
    // St. Luke's since 2019-03: 7 years to today.
    expect(bad("I have spent 7 years at St. Luke's Medical Center.")).toEqual([]);
  });

  it('pins the duration slack at half a year', () => {
    expect(DURATION_SLACK_YEARS).toBe(0.5);
    // 2019-03 → 2026-03 = 7.0 years: 7.5 is within the slack, 8 is not.
    expect(bad("I spent 7.5 years at St. Luke's Medical Center.")).toEqual([]);
    expect(bad("I spent 8 years at St. Luke's Medical Center.")).not.toEqual([]);
  });

  it('checks a bullet against the item it cites only: its own words always pass', () => {
    const planned = [
      {
        section: 'experiences' as const,
        itemId: 'e1',
        index: 0,
        original: nurse.experiences[0]!.bullets[0]!,
      },
    ];
    const kept = gateResumeLines(facts, planned, [planned[0]!.original], null, posting);
    expect(kept.removed).toEqual([]);
    const lied = gateResumeLines(
      facts,
      planned,
      ['Served as Charge Nurse for bed assignments'],
      null,
      posting,
    );
    expect(lied.bullets).toEqual([planned[0]!.original]);
    expect(lied.removed[0]).toMatchObject({ action: 'reverted' });
  });

  it('removes an unsupported summary or letter sentence and keeps the rest', () => {
    const gated = gateResumeLines(facts, [], [], 'Registered nurse since 2019. I use Cerner daily.', posting);
    expect(gated.summary).toBe('Registered nurse since 2019.');
    expect(gated.removed.map((r) => r.text)).toEqual(['I use Cerner daily.']);
    const letter = gateLetter(
      facts,
      {
        salutation: 'Dear Mercy General Hospital Hiring Team,',
        paragraphs: ["I work at St. Luke's Medical Center. I won the DAISY Award."],
        closing: 'Sincerely,',
      },
      'Maria Santos',
      posting,
    );
    expect(letter.letter.paragraphs).toEqual(["I work at St. Luke's Medical Center."]);
    expect(letter.removed).toHaveLength(1);
  });

  it('pins the retry threshold', () => {
    expect(MAX_REMOVED_SHARE).toBe(0.3);
  });

  it('quotes an unsupported award in whole words', () => {
    const text =
      "At St. Luke's Medical Center I won the Hospital Nurse of the Year award in a crowded field.";
    const claim = checkTruthfulness(facts, { kind: 'text', text }).claims.find((c) => c.type === 'award');
    expect(claim).toMatchObject({ verdict: 'unsupported' });
    for (const word of claim!.text.split(' ')) expect(text.split(' ')).toContain(word);
  });

  it("reads a figure inside the profile's own names as part of the name, whole names only", () => {
    const engineer = profile({
      fullName: 'Sam Okafor',
      experiences: [
        { id: 's5', title: 'Sound Engineer', company: 'Studio 5', startDate: '2014-01', endDate: '2016-12' },
        {
          id: 's54',
          title: 'Sound Engineer',
          company: 'Studio 54',
          startDate: '2017-01',
          current: true,
          bullets: ['Mixed 120 live sets for touring bands'],
        },
      ],
    });
    const check = (text: string) =>
      checkTruthfulness(compileProfileFacts(engineer, undefined, { today: TODAY }), { kind: 'text', text })
        .claims.filter((c) => c.verdict === 'unsupported')
        .map((c) => c.text);
    // "Studio 5" is a prefix of "Studio 54": blanking it there left a stray "4" that no source states.
    expect(check('At Studio 54 I mixed 120 live sets.')).toEqual([]);
    expect(check('I started at Studio 5 and moved to Studio 54.')).toEqual([]);
    // A name is blanked whole, so a figure beside or inside a longer number is still checked.
    expect(check('At Studio 54 I mixed 300 live sets.')).toContain('300');
    expect(check('I mixed at Studio 55.')).toContain('55');
  });
});

describe('sentence splitting', () => {
  it.each([
    [
      'I joined Brightwater Logistics Ltd. in 2021. I left.',
      ['I joined Brightwater Logistics Ltd. in 2021.', 'I left.'],
    ],
    ["I work at St. Luke's Medical Center. Next.", ["I work at St. Luke's Medical Center.", 'Next.']],
    [
      'Pracuję w Wawel sp. z o.o. od 2019 roku. Dalej.',
      ['Pracuję w Wawel sp. z o.o. od 2019 roku.', 'Dalej.'],
    ],
    [
      'Ich arbeite z. B. mit SAP. Dr. Müller war Chef.',
      ['Ich arbeite z. B. mit SAP.', 'Dr. Müller war Chef.'],
    ],
    ['I worked at Kessler & Moore LLP. Then I moved.', ['I worked at Kessler & Moore LLP.', 'Then I moved.']],
    // An introductory phrase ending in a company form opens the sentence after it: the figure is that employer's.
    [
      'During my time at Metro Freight Inc. I led a team of 12.',
      ['During my time at Metro Freight Inc. I led a team of 12.'],
    ],
    [
      'Während meiner Zeit bei Nordwind GmbH. Ich lernte viel.',
      ['Während meiner Zeit bei Nordwind GmbH. Ich lernte viel.'],
    ],
    ['一句话。第二句话！', ['一句话。', '第二句话！']],
    [
      'Einkauf mit 2 Mio. Euro Volumen. Umsatz 3 Mrd. Euro.',
      ['Einkauf mit 2 Mio. Euro Volumen.', 'Umsatz 3 Mrd. Euro.'],
    ],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseProfileContent, type ProfileContentInput } from '../../src/profiles/profile-content.js';
import { extractNumbers, extractYears, sameNumber } from '../../src/tailoring/claim-text.js';
import type { TailoredResumeContent } from '../../src/tailoring/tailored-resume.js';
import { checkTruthfulness, compileProfileFacts, type ClaimType } from '../../src/tailoring/truthfulness.js';

let n = 0;
const profile = (input: ProfileContentInput) =>
  normaliseProfileContent(input, { keep: () => true, next: () => `id-${++n}` });

const ada = profile({
  fullName: 'Ada',
  headline: 'Senior Backend Engineer',
  experiences: [
    {
      id: 'e1',
      title: 'Senior Backend Engineer',
      company: 'Analytical Engines Ltd',
      startDate: '2019-03',
      endDate: '2021-06',
      bullets: [
        'Cut p99 latency of the payments API by 50% with batched PostgreSQL reads',
        'Helped migrate billing to Kafka, saving $1,200,000 a year',
        'Led a team of 4 engineers through a 3x traffic increase',
        'Contributed to the design of the reporting service',
      ],
      technologies: ['TypeScript', 'PostgreSQL', 'Kafka'],
    },
    {
      id: 'e2',
      title: 'Software Engineer',
      company: 'Difference Co',
      startDate: '2016-09',
      endDate: '2019-02',
      bullets: ['Built the reporting pipeline processing 2M events per day', 'Mentored four graduates'],
      technologies: ['Java'],
    },
  ],
  education: [{ id: 'u1', institution: 'University of London', degree: 'BSc', field: 'Mathematics' }],
  skills: { technical: ['Python', 'Kubernetes'], soft: [], tools: [] },
  certifications: [{ name: 'AWS Certified Solutions Architect' }],
});
const facts = compileProfileFacts(ada);
const ref = (itemId: string) => [{ section: 'experiences' as const, itemId }];

function resume(bullets: string[], overrides: Partial<TailoredResumeContent['experiences'][number]> = {}) {
  const content: TailoredResumeContent = {
    summary: null,
    experiences: [
      {
        itemId: 'e1',
        title: 'Senior Backend Engineer',
        company: 'Analytical Engines Ltd',
        startDate: '2019-03',
        endDate: '2021-06',
        current: false,
        bullets: bullets.map((text) => ({ text, sourceRefs: ref('e1') })),
        ...overrides,
      },
    ],
    skills: [],
    projects: [],
    education: [],
  };
  return checkTruthfulness(facts, { kind: 'resume', content });
}
const unsupported = (r: ReturnType<typeof resume>, type?: ClaimType) =>
  r.claims.filter((c) => c.verdict === 'unsupported' && (type === undefined || c.type === type));

describe('number normalisation', () => {
  it.each([
    ['50 %', '50%'],
    ['50％', '50 percent'],
    ['$1.2M', '$1,200,000'],
    ['$1.2 million', '1.2M dollars'],
    ['2M events', '2,000,000 events'],
    ['four graduates', '4 graduates'],
    ['3x', '3×'],
  ])('"%s" states the same figure as "%s"', (a, b) => {
    const [x] = extractNumbers(a);
    const [y] = extractNumbers(b);
    expect(x && y && sameNumber(x, y)).toBe(true);
  });

  it('keeps kinds apart: 50% is not 50x', () => {
    const [x] = extractNumbers('50%');
    const [y] = extractNumbers('50x');
    expect(x && y && sameNumber(x, y)).toBe(false);
  });

  it('reads year ranges whatever the dash', () => {
    for (const t of ['2019–2021', '2019 - 2021', '2019—2021', '2019 to 2021'])
      expect(extractYears(t)[0]?.years).toEqual([2019, 2021]);
  });

  it('reads numbers written straight after Chinese or Japanese characters', () => {
    expect(extractNumbers('停机时间减少30%').map((m) => [m.kind, m.value])).toEqual([['percent', 30]]);
    expect(extractNumbers('売上を25%増加、チーム8人').map((m) => m.value)).toEqual([25, 8]);
    const chinese = profile({
      fullName: '张伟',
      experiences: [
        {
          id: 'z1',
          title: '电气工程师',
          company: '华恒',
          startDate: '2018-07',
          bullets: ['停机时间减少30%'],
        },
      ],
    });
    const inflated = checkTruthfulness(compileProfileFacts(chinese), {
      kind: 'resume',
      content: {
        summary: null,
        experiences: [
          {
            itemId: 'z1',
            title: '电气工程师',
            company: '华恒',
            startDate: '2018-07',
            endDate: null,
            current: true,
            bullets: [{ text: '停机时间减少63%', sourceRefs: [{ section: 'experiences', itemId: 'z1' }] }],
          },
        ],
        skills: [],
        education: [],
        projects: [],
        certifications: [],
      },
    });
    expect(inflated.passed).toBe(false);
  });

  it('does not read numbers inside names (p99, S3, EC2)', () => {
    expect(extractNumbers('p99 on S3 and EC2')).toEqual([]);
  });
});

describe('truthfulness gate, one claim type at a time', () => {
  it('passes a faithful rewording with formatting variants', () => {
    const r = resume([
      'Reduced p99 latency of the payments API by 50 % using batched Postgres reads',
      'Helped migrate billing to Kafka, saving $1.2M a year',
    ]);
    expect(unsupported(r)).toEqual([]);
    expect(r.passed).toBe(true);
  });

  it('flags an inflated number even when the figure appears in another item', () => {
    expect(unsupported(resume(['Cut p99 latency by 60%']), 'number')).toHaveLength(1);
    // "2M" is true of e2, not of the cited e1 (and so is "per day").
    expect(unsupported(resume(['Processed 2M events per day']), 'number').map((c) => c.text)).toEqual([
      '2M',
      'per day',
    ]);
  });

  it('flags an invented employer, a changed title and shifted dates', () => {
    expect(unsupported(resume([], { company: 'Globex' }), 'employer')).toHaveLength(1);
    expect(unsupported(resume([], { title: 'Principal Backend Engineer' }), 'title')).toHaveLength(1);
    expect(unsupported(resume([], { startDate: '2018-03' }), 'date')).toHaveLength(1);
    expect(unsupported(resume([], { title: 'Backend Engineer' }))).toEqual([]);
  });

  it('flags a tool the cited item does not mention, with the reason', () => {
    const [claim] = unsupported(resume(['Cut p99 latency by 50% on Kubernetes']), 'skill');
    expect(claim?.text).toBe('Kubernetes');
    expect(claim?.reason).toMatch(/skills\/technical, not in the cited source/);
  });

  it('flags inflated scope where the source says "helped" or "contributed"', () => {
    const [claim] = unsupported(resume(['Spearheaded the design of the reporting service']), 'scope');
    expect(claim?.reason).toMatch(/overstates the source/);
    expect(unsupported(resume(['Led a team of 4 engineers through a 3x traffic increase']))).toEqual([]);
  });

  it('flags a year the cited item does not state', () => {
    expect(unsupported(resume(['In 2015, cut p99 latency by 50%']), 'date')).toHaveLength(1);
  });

  it('flags a bullet that cites nothing or a missing item', () => {
    const content: TailoredResumeContent = {
      summary: null,
      experiences: [
        {
          itemId: 'e1',
          title: 'Senior Backend Engineer',
          company: 'Analytical Engines Ltd',
          startDate: '2019-03',
          endDate: '2021-06',
          bullets: [
            { text: 'Did things', sourceRefs: [] },
            { text: 'Did more', sourceRefs: ref('nope') },
          ],
        },
      ],
      skills: [],
      projects: [],
      education: [],
    };
    expect(unsupported(checkTruthfulness(facts, { kind: 'resume', content }), 'source')).toHaveLength(2);
  });

  it('checks education and certifications', () => {
    const content: TailoredResumeContent = {
      summary: null,
      experiences: [],
      skills: ['Postgres', 'Rust'],
      projects: [],
      education: [
        {
          itemId: 'u1',
          institution: 'University of London',
          degree: 'Bachelor of Science',
          field: 'Mathematics',
        },
        { itemId: 'u1', institution: 'University of London', degree: 'MSc', field: 'Mathematics' },
      ],
      certifications: ['AWS Certified Solutions Architect', 'PMP Certified Project Manager'],
    };
    const r = checkTruthfulness(facts, { kind: 'resume', content });
    expect(unsupported(r).map((c) => `${c.type}:${c.text}`)).toEqual([
      'degree:MSc, Mathematics',
      'skill:Rust',
      'certification:PMP Certified Project Manager',
    ]);
  });

  it('checks free text against the whole profile', () => {
    const ok = checkTruthfulness(facts, {
      kind: 'text',
      text: 'As a Senior Backend Engineer at Analytical Engines, I cut p99 latency by 50%. I studied Mathematics at the University of London and hold a BSc in Mathematics.',
    });
    expect(ok.claims.filter((c) => c.verdict === 'unsupported')).toEqual([]);
    const bad = checkTruthfulness(facts, {
      kind: 'text',
      text: 'I worked at Initech. I hold an MBA from Stanford University. I cut latency by 70%.',
    });
    expect(new Set(bad.claims.filter((c) => c.verdict === 'unsupported').map((c) => c.type))).toEqual(
      new Set(['employer', 'name', 'institution', 'degree', 'number']),
    );
    expect(bad.passed).toBe(false);
  });

  it('ends an employer at the pronoun after it: "At Analytical Engines Ltd I cut…" names the employer', () => {
    const r = checkTruthfulness(facts, {
      kind: 'text',
      text: 'At Analytical Engines Ltd I cut p99 latency of the payments API by 50% with batched PostgreSQL reads.',
    });
    expect(r.claims.filter((c) => c.verdict === 'unsupported')).toEqual([]);
    expect(r.claims.find((c) => c.type === 'employer')?.text).toBe('Analytical Engines Ltd');
  });

  it('needs two roles at one employer, or a source that says so, for a promotion', () => {
    const unsupported = (text: string, of: Parameters<typeof checkTruthfulness>[0] = facts) =>
      checkTruthfulness(of, { kind: 'text', text }).claims.filter((c) => c.verdict === 'unsupported');
    // Ada moved from Difference Co to Analytical Engines: a new employer, not a promotion.
    expect(unsupported('I was promoted twice in three years.').map((c) => c.type)).toEqual(['title']);
    expect(unsupported('Ich wurde zweimal befördert.').map((c) => c.type)).toEqual(['title']);
    const promoted = profile({
      fullName: 'Bo',
      experiences: [
        {
          id: 'p1',
          title: 'Senior Analyst',
          company: 'Acme Corp',
          startDate: '2021-01',
          bullets: ['Ran pricing.'],
        },
        {
          id: 'p2',
          title: 'Analyst',
          company: 'Acme Corp',
          startDate: '2019-01',
          endDate: '2020-12',
          bullets: ['Built models.'],
        },
        {
          id: 'p3',
          title: 'Intern',
          company: 'Globex',
          startDate: '2018-06',
          endDate: '2018-08',
          bullets: ['Cleaned data.'],
        },
      ],
    });
    expect(unsupported('At Acme Corp I was promoted to Senior Analyst.', promoted)).toEqual([]);
    expect(unsupported('At Globex I was promoted.', promoted).map((c) => c.type)).toEqual(['title']);
    // The marketing sense is no such claim.
    expect(unsupported('I promoted the payments API to 4 engineers.').map((c) => c.type)).toEqual([]);
  });

  it('does not treat the target employer as a claim', () => {
    const r = checkTruthfulness(
      facts,
      { kind: 'text', text: 'I would love to work at Acme Robotics.' },
      {
        allowedNames: ['Acme Robotics'],
      },
    );
    expect(r.passed).toBe(true);
  });
});

describe('truthfulness properties', () => {
  const bullets = ada.experiences[0]?.bullets ?? [];
  const variants: ((s: string) => string)[] = [
    (s) => s,
    (s) => s.replace(/(\d)%/g, '$1 %'),
    (s) => s.replace(/\$1,200,000/g, '$1.2M'),
    (s) => s.replace(/PostgreSQL/g, 'Postgres'),
    (s) => s.replace(/^Cut\b/, 'Reduced'),
    (s) => s.replace(/\b4\b/g, 'four'),
  ];

  it('a faithful reordering and rewording of the source bullets is always fully supported', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(bullets, { minLength: 1 }),
        fc.array(fc.integer({ min: 0, max: variants.length - 1 }), { minLength: 4, maxLength: 4 }),
        (chosen, which) => {
          const text = chosen.map((b, i) => (variants[which[i] ?? 0] as (s: string) => string)(b));
          expect(unsupported(resume(text))).toEqual([]);
        },
      ),
    );
  });

  it('inserting any number the source does not state is always caught', () => {
    const stated = new Set([50, 1_200_000, 4, 3, 99]);
    fc.assert(
      fc.property(
        fc.constantFrom(...bullets),
        fc.integer({ min: 0, max: 1_000_000 }).filter((x) => !stated.has(x) && (x < 1950 || x > 2099)),
        fc.constantFrom('', '%', 'x', ' users', 'k'),
        (bullet, value, unit) => {
          const r = resume([`${bullet}, reaching ${value}${unit}`]);
          expect(unsupported(r, 'number').length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

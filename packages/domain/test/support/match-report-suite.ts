import { expect, it, type describe } from 'vitest';
import { extractJobKeywords } from '../../src/jobs/extract-job-keywords.js';
import { parseJobPosting } from '../../src/jobs/parse-job-posting.js';
import { normaliseProfileContent, type ProfileContentInput } from '../../src/profiles/profile-content.js';
import { compileProfileEvidence } from '../../src/tailoring/evidence.js';
import { findKnockouts } from '../../src/tailoring/knockouts.js';
import { matchReport, type MatchableJob } from '../../src/tailoring/match-report.js';
import { rankProfile } from '../../src/tailoring/ranking.js';

/**
 * The match report, knock-outs and ranking over a nursing, a teaching and a finance posting: one suite, run on
 * our own fixtures (packages/domain/test) and on the shared corpus (tests/corpus) when it is there.
 */
export function matchReportSuite(
  describeSuite: typeof describe | ReturnType<typeof describe.skipIf>,
  readJob: (path: string) => string,
  files: { nursing: string; teaching: string; finance: string },
): void {
  let n = 0;
  const profile = (input: ProfileContentInput) =>
    normaliseProfileContent(input, { keep: () => true, next: () => `id-${++n}` });

  function job(path: string): MatchableJob {
    const parsed = parseJobPosting(readJob(path));
    const k = extractJobKeywords(parsed);
    return {
      title: parsed.title ?? '',
      description: parsed.description,
      responsibilities: parsed.responsibilities,
      requirements: parsed.requirements,
      niceToHave: parsed.niceToHave,
      keywords: { required: k.required.map((x) => x.name), preferred: k.preferred.map((x) => x.name) },
    };
  }

  const nurse = profile({
    fullName: 'Grace Nurse',
    headline: 'Registered Nurse',
    summary: 'Registered nurse with patient care experience in acute wards.',
    experiences: [
      {
        id: 'ward',
        title: 'Registered Nurse',
        company: "St Mary's Hospital",
        startDate: '2019-01',
        current: true,
        bullets: [
          'Administered medications and monitored vital signs for 24 patients per shift',
          'Maintained electronic health records in Epic and coordinated care plans with the healthcare team',
          'Provided first aid, immunizations and health education to patients and families',
        ],
        technologies: ['Epic', 'Microsoft Excel'],
      },
    ],
    skills: {
      technical: ['Patient care', 'CPR', 'Medication administration'],
      soft: [],
      tools: ['Microsoft Office'],
    },
  });
  const teacher = profile({
    fullName: 'Tom Teacher',
    experiences: [
      {
        id: 'school',
        title: 'Primary Teacher',
        company: 'Hillside Primary School',
        startDate: '2016-09',
        current: true,
        bullets: [
          'Planned lessons and taught English, reading and phonics to a class of 30 pupils',
          'Used Google Classroom and Microsoft PowerPoint for lesson planning and classroom management',
          'Assessed student progress and reported to parents',
        ],
        technologies: ['Google Classroom'],
      },
    ],
    skills: {
      technical: ['Lesson planning', 'Curriculum development', 'Classroom management'],
      soft: [],
      tools: [],
    },
  });
  const analyst = profile({
    fullName: 'Fay Finance',
    experiences: [
      {
        id: 'bank',
        title: 'Financial Analyst',
        company: 'Northwind Bank',
        startDate: '2018-02',
        current: true,
        bullets: [
          'Built financial models and forecasts in Microsoft Excel and reported variance analysis to the CFO',
          'Prepared budgets and financial statements using SAP and Oracle',
          'Automated reporting with SQL and Tableau dashboards',
        ],
        technologies: ['Microsoft Excel', 'SAP', 'SQL', 'Tableau'],
      },
    ],
    skills: {
      technical: ['Financial modeling', 'Accounting', 'Forecasting', 'Budgeting'],
      soft: [],
      tools: [],
    },
  });

  // Read on first use, inside a test: a suite skipped for want of its files never opens them.
  const read = new Map<keyof typeof files, MatchableJob>();
  const posting = (field: keyof typeof files): MatchableJob => {
    if (!read.has(field)) read.set(field, job(files[field]));
    return read.get(field)!;
  };
  const postings = {
    get nursing() {
      return posting('nursing');
    },
    get teaching() {
      return posting('teaching');
    },
    get finance() {
      return posting('finance');
    },
  };

  describeSuite('match report', () => {
    it('gives the suitable profile the higher score for nursing, teaching and finance postings', () => {
      const scores = Object.fromEntries(
        Object.entries(postings).map(([field, j]) => [
          field,
          [nurse, teacher, analyst].map((p) => matchReport(compileProfileEvidence(p), j).score),
        ]),
      ) as Record<keyof typeof postings, number[]>;
      const [nn, nt, nf] = scores.nursing;
      const [tn, tt, tf] = scores.teaching;
      const [fn, ft, ff] = scores.finance;
      expect(nn).toBeGreaterThan(Math.max(nt ?? 0, nf ?? 0));
      expect(tt).toBeGreaterThan(Math.max(tn ?? 0, tf ?? 0));
      expect(ff).toBeGreaterThan(Math.max(fn ?? 0, ft ?? 0));
      // No constant fallback: the three suitable scores are real, different figures.
      expect(new Set([nn, tt, ff]).size).toBeGreaterThan(1);
      expect(Math.min(nn ?? 0, tt ?? 0, ff ?? 0)).toBeGreaterThan(0);
    });

    it('is deterministic byte for byte', () => {
      const a = JSON.stringify(matchReport(compileProfileEvidence(nurse), postings.nursing));
      const b = JSON.stringify(matchReport(compileProfileEvidence(nurse), postings.nursing));
      expect(a).toBe(b);
    });

    it('points every piece of evidence at real text in the profile', () => {
      const report = matchReport(compileProfileEvidence(analyst), postings.finance);
      expect(report.required.matched.length).toBeGreaterThan(0);
      const texts = new Set([
        ...analyst.experiences.flatMap((e) => [e.title, ...e.bullets, ...e.technologies]),
        ...Object.values(analyst.skills).flat(),
      ]);
      for (const m of [...report.required.matched, ...report.preferred.matched]) {
        for (const e of m.evidence) {
          expect(texts.has(e.text)).toBe(true);
          if (e.section === 'experiences') expect(e.itemId).toBe('bank');
        }
      }
    });

    it('weighs required over preferred keywords and credits recent, repeated evidence more', () => {
      const j: MatchableJob = {
        title: 'Engineer',
        description: '',
        responsibilities: [],
        requirements: [],
        niceToHave: [],
        keywords: { required: ['Python'], preferred: ['Go'] },
      };
      const make = (python: boolean, go: boolean, end: string | null) =>
        profile({
          fullName: 'X',
          experiences: [
            {
              title: 'Engineer',
              company: 'A',
              startDate: '2010-01',
              endDate: end,
              current: end === null,
              bullets: [
                python ? 'Wrote Python services' : 'Wrote services',
                go ? 'Wrote Go tools' : 'Wrote tools',
              ],
            },
            {
              title: 'Engineer',
              company: 'B',
              startDate: '2022-01',
              current: true,
              bullets: ['Reviewed code'],
            },
          ],
        });
      const score = (p: ReturnType<typeof make>) => matchReport(compileProfileEvidence(p), j).score;
      expect(score(make(true, false, null))).toBeGreaterThan(score(make(false, true, null)));
      expect(score(make(true, false, null))).toBeGreaterThan(score(make(true, false, '2012-01')));
      expect(score(make(false, false, null))).toBe(0);
    });

    it('reports knock-outs separately and phrases suggestions honestly', () => {
      const report = matchReport(compileProfileEvidence(teacher), postings.nursing);
      expect(report.knockouts.map((k) => k.kind)).toContain('licence_or_certification');
      for (const s of report.suggestions) expect(s).not.toMatch(/^add\b/i);
      expect(report.suggestions[0]).toMatch(/^If you have experience with .+, say where/);
    });
  });

  describeSuite('knock-outs', () => {
    it.each([
      ['5+ years of experience with Java', 'experience_years'],
      ["Bachelor's degree in Accounting or Finance", 'degree'],
      ['Current RN licence in the state of Texas', 'licence_or_certification'],
      ['Active Secret security clearance', 'security_clearance'],
      ['Fluent in written and spoken German', 'language'],
      ['Must be authorized to work in the United States', 'work_authorisation'],
    ])('finds "%s" as %s', (text, kind) => {
      expect(findKnockouts([text])).toContainEqual({ kind, text });
    });

    it('finds none in an ordinary requirement', () => {
      expect(findKnockouts(['Experience with React and TypeScript'])).toEqual([]);
    });
  });

  describeSuite('ranking', () => {
    it('orders bullets by relevance and breaks ties by original order', () => {
      const ranking = rankProfile(analyst, compileProfileEvidence(analyst), postings.finance);
      const bullets = ranking.experiences[0]?.bullets ?? [];
      expect(bullets.map((b) => b.score)).toEqual([...bullets.map((b) => b.score)].sort((a, b) => b - a));
      for (let i = 1; i < bullets.length; i++) {
        const [prev, cur] = [bullets[i - 1], bullets[i]];
        if (prev && cur && prev.score === cur.score) expect(prev.index).toBeLessThan(cur.index);
      }
      const skillScores = ranking.skills.map((sk) => sk.score);
      expect(skillScores).toEqual([...skillScores].sort((a, b) => b - a));
      expect(ranking.experiences[0]?.keywords.length).toBeGreaterThan(0);
    });

    it('breaks ties between experiences by recency, then order', () => {
      const p = profile({
        fullName: 'X',
        experiences: [
          {
            id: 'old',
            title: 'Clerk',
            company: 'A',
            startDate: '2010-01',
            endDate: '2012-01',
            bullets: ['Filed'],
          },
          {
            id: 'new',
            title: 'Clerk',
            company: 'B',
            startDate: '2013-01',
            current: true,
            bullets: ['Filed'],
          },
          {
            id: 'mid',
            title: 'Clerk',
            company: 'C',
            startDate: '2012-01',
            endDate: '2013-01',
            bullets: ['Filed'],
          },
        ],
      });
      const ranking = rankProfile(p, compileProfileEvidence(p), postings.finance);
      expect(ranking.experiences.map((e) => e.itemId)).toEqual(['new', 'mid', 'old']);
    });
  });
}

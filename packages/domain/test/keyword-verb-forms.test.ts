import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../src/jobs/extract-job-keywords.js';
import { inflectedPhrases } from '../src/jobs/keyword-inflection.js';
import { parseJobPosting } from '../src/jobs/parse-job-posting.js';
import { findKeywordsInText, normaliseKeyword } from '../src/jobs/vocabulary.js';
import { normaliseProfileContent } from '../src/profiles/profile-content.js';
import { compileProfileEvidence } from '../src/tailoring/evidence.js';
import { matchReport } from '../src/tailoring/match-report.js';

const names = (text: string): string[] => findKeywordsInText(text).map((h) => h.name);

describe('the verb forms of an activity phrase', () => {
  it('are worked out for every "-ing" word of a phrase: past, base and (once plurals fold) "-s"', () => {
    const forms = inflectedPhrases('loading and unloading');
    expect(forms).toEqual(expect.arrayContaining(['loaded and unloaded', 'load and unload']));
    expect(inflectedPhrases('working at height')).toContain('worked at height');
  });

  it('turn an "object + -ing" phrase round, with irregular pasts, and never write it as a compound', () => {
    expect(inflectedPhrases('report writing')).toEqual(
      expect.arrayContaining(['wrote report', 'write report']),
    );
    expect(inflectedPhrases('cash handling')).toContain('handled cash');
    expect(inflectedPhrases('air conditioning')).not.toContain('air conditioned');
  });

  it('are none for one word, nor for an "-ing" word that names a field or a thing', () => {
    expect(inflectedPhrases('welding')).toEqual([]);
    expect(inflectedPhrases('building automation')).toEqual([]);
    expect(inflectedPhrases('nursing assessment')).toEqual([]);
  });

  it.each([
    ['Loaded and unloaded trailers', 'Loading and unloading'],
    ['Loads and unloads delivery vans', 'Loading and unloading'],
    ['Handled cash and card payments', 'Cash handling'],
    ['Picked orders with an RF scanner', 'Order picking'],
    ['Administered medication to residents', 'Medication administration'],
    ['Conduct A/B tests on landing pages', 'A/B testing'],
    ['Unit tested the payment service', 'Unit testing'],
  ])('match a resume that writes them otherwise: "%s" → %s', (text, keyword) => {
    expect(names(text)).toContain(keyword);
  });

  it.each([
    ['Sales assistant in a busy store', 'Sale'],
    ['Worked as a nurse on a surgical ward', 'Nursing'],
    ['Accounted for 30% of the region’s revenue', 'Accounting'],
    ['A bright, air-conditioned office', 'Air conditioning'],
    ['Build automation with Jenkins', 'Building management system'],
    ['Owned the go-to-market strategy', 'Marketing strategy'],
    // A kind of testing is not what was tested: "tested units" are devices, not unit tests.
    ['Tested units before shipping to customers', 'Unit testing'],
  ])('make no false match: "%s" is not %s', (text, keyword) => {
    expect(names(text)).not.toContain(keyword);
  });

  it('keep a phrase a term names itself with that term ("Sales" stays apart from "sale")', () => {
    expect(normaliseKeyword('Sales')).not.toBe(normaliseKeyword('sale'));
  });

  it('give a resume that writes the work in the past the credit the posting asks for', () => {
    const posting = parseJobPosting(
      'Warehouse Operative\nAcme Logistics\nLeeds\n\nResponsibilities\n- Loading and unloading of trailers\n- Cash handling at the trade counter',
    );
    const k = extractJobKeywords(posting);
    const job = {
      title: posting.title ?? '',
      description: posting.description,
      responsibilities: posting.responsibilities,
      requirements: posting.requirements,
      niceToHave: posting.niceToHave,
      keywords: { required: k.required.map((x) => x.name), preferred: k.preferred.map((x) => x.name) },
    };
    let n = 0;
    const profile = normaliseProfileContent(
      {
        fullName: 'Sam Porter',
        experiences: [
          {
            id: 'depot',
            title: 'Warehouse Operative',
            company: 'Depot Ltd',
            startDate: '2022-01',
            current: true,
            bullets: ['Loaded and unloaded trailers', 'Handled cash at the counter'],
            technologies: [],
          },
        ],
      },
      { keep: () => true, next: () => `id-${++n}` },
    );
    const report = matchReport(compileProfileEvidence(profile), job);
    expect(report.required.matched.map((m) => m.keyword)).toEqual(
      expect.arrayContaining(['Loading and unloading', 'Cash handling']),
    );
  });
});

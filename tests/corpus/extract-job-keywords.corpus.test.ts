/** Keyword extraction over the shared corpus (../shared/data/jobs): nursing, accounting, finance, teaching, marketing, software. */
import { extractJobKeywords, parseJobPosting } from '@tailor/domain';
import { expect, it } from 'vitest';
import { describeCorpus, readCorpus } from '../support/corpus.js';

const keywordsOf = (file: string) => extractJobKeywords(parseJobPosting(readCorpus(`jobs/${file}`)));
const names = (list: readonly { name: string }[]): string[] => list.map((k) => k.name);

describeCorpus('extractJobKeywords on shared non-software postings', () => {
  it('nursing: clinical skills and EHR tools, no programming noise from plain words', () => {
    const { required } = keywordsOf('onet-derived/onet-registered-nurse.txt');
    expect(names(required)).toEqual(
      expect.arrayContaining([
        'Medication administration',
        'Vital signs',
        'Care planning',
        'Patient education',
        'Medical records',
        'First aid',
        'Epic Systems',
        'MEDITECH',
        'eClinicalWorks',
      ]),
    );
    for (const nonsense of ['Go', 'R', 'C', 'JavaScript', 'Securities', 'REST APIs', 'Accounts receivable']) {
      expect(names(required)).not.toContain(nonsense);
    }
  });

  it('accounting: accounting, audit and reporting', () => {
    const names_ = names(keywordsOf('onet-derived/onet-accountant-auditor.txt').required);
    expect(names_).toEqual(
      expect.arrayContaining([
        'Accounting',
        'Auditing',
        'Financial reporting',
        'QuickBooks',
        'Microsoft Excel',
      ]),
    );
  });

  it('finance: valuation, financial analysis and BI tools', () => {
    const names_ = names(keywordsOf('onet-derived/onet-financial-analyst.txt').required);
    expect(names_).toEqual(
      expect.arrayContaining([
        'Valuation',
        'Financial analysis',
        'Quantitative analysis',
        'Power BI',
        'SQL',
        'Tableau',
      ]),
    );
  });

  it('teaching: instruction methods and classroom behaviour', () => {
    const names_ = names(keywordsOf('onet-derived/onet-elementary-teacher.txt').required);
    expect(names_).toEqual(
      expect.arrayContaining([
        'Teaching methods',
        'Instructional materials',
        'Behavior management',
        'Microsoft Word',
      ]),
    );
    const teacher = names(keywordsOf('docx/Primary English Teacher.docx.txt').required);
    expect(teacher).toEqual(
      expect.arrayContaining(['Phonics', 'Pedagogy', 'Google Slides', 'Google Sheets']),
    );
  });

  it('marketing: strategy, pricing, forecasting and marketing tools', () => {
    const names_ = names(keywordsOf('onet-derived/onet-marketing-manager.txt').required);
    expect(names_).toEqual(
      expect.arrayContaining([
        'Marketing strategy',
        'Pricing strategy',
        'Sales forecasting',
        'Salesforce',
        'Adobe Photoshop',
      ]),
    );
    const digital = keywordsOf('txt/cv-analyser.business_marketing_manager.txt');
    expect(names(digital.required)).toEqual(
      expect.arrayContaining([
        'Google Analytics',
        'Google Ads',
        'Search engine optimization',
        'HubSpot',
        'Email marketing',
      ]),
    );
  });
});

describeCorpus('extractJobKeywords on shared software postings', () => {
  it('separates required from preferred, a keyword in both being required only', () => {
    const { required, preferred } = keywordsOf('txt/cv-analyser.tech_software_engineer.txt');
    expect(names(required)).toEqual(
      expect.arrayContaining([
        'React',
        'Node.js',
        'JavaScript',
        'PostgreSQL',
        'Git',
        'Express.js',
        'REST APIs',
      ]),
    );
    expect(names(preferred)).toEqual(expect.arrayContaining(['GraphQL', 'CI/CD']));
    // TypeScript is preferred and also listed under "Technical Skills": required wins.
    expect(names(required)).toContain('TypeScript');
    expect(names(preferred)).not.toContain('TypeScript');
    const requiredKeys = new Set(required.map((k) => k.key));
    expect(preferred.filter((k) => requiredKeys.has(k.key))).toEqual([]);
  });

  it('finds languages and data tools in an Indian job-board posting', () => {
    const { required } = keywordsOf('docx/Data Scientist.docx.txt');
    expect(names(required)).toEqual(
      expect.arrayContaining(['Machine learning', 'R', 'NumPy', 'MATLAB', 'SQL', 'MongoDB', 'NoSQL']),
    );
  });

  it('reads Google-style minimum/preferred qualifications', () => {
    const { required, preferred } = keywordsOf('docx/Lead Technical Program Manager.docx.txt');
    expect(names(required)).toEqual(
      expect.arrayContaining(['Python', 'Perl', 'C++', 'Java', 'Linux', 'Unix']),
    );
    expect(names(preferred)).toContain('Program management');
  });

  it('picks up capitalised and acronym skills from the posting itself, conservatively', () => {
    const { required } = keywordsOf('docx/Data Scientist.docx.txt');
    const fromPosting = required.filter((k) => k.source === 'posting').map((k) => k.name);
    expect(fromPosting).toEqual(expect.arrayContaining(['SVM', 'LSTM', 'Naive Bayes']));
    expect(fromPosting).not.toContain('Data Scientist');
    // The company and location are never keywords.
    expect(names(required)).not.toContain('Game Change Solutions');
  });

  it('does not read benefits or the application process', () => {
    const { required } = keywordsOf('txt/cv-analyser.tech_software_engineer.txt');
    // "GitHub" appears only under "Application Process".
    expect(names(required)).not.toContain('GitHub');
  });

  it('is deterministic: same input, same output, same order', () => {
    const a = keywordsOf('txt/cv-analyser.tech_devops_engineer.txt');
    const b = keywordsOf('txt/cv-analyser.tech_devops_engineer.txt');
    expect(a).toEqual(b);
    expect(a.required.length).toBeGreaterThan(10);
  });
});

import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../tests/support/fixtures.js';
import { extractJobKeywords } from '../src/jobs/extract-job-keywords.js';
import { parseJobPosting } from '../src/jobs/parse-job-posting.js';
import { createKeywordMatcher, findKeywordsInText, normaliseKeyword } from '../src/jobs/vocabulary.js';

// Our postings (tests/fixtures/jobs); tests/corpus runs the same checks over the shared corpus.
const keywordsOf = (file: string) => extractJobKeywords(parseJobPosting(readFixture(`jobs/${file}`)));
const names = (list: readonly { name: string }[]): string[] => list.map((k) => k.name);

describe('extractJobKeywords on non-software occupations', () => {
  it('nursing: clinical skills and EHR tools, no programming noise from plain words', () => {
    const { required } = keywordsOf('registered-nurse.en.txt');
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
    const names_ = names(keywordsOf('accountant.en.txt').required);
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
    const names_ = names(keywordsOf('financial-analyst.en.txt').required);
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
    const names_ = names(keywordsOf('elementary-teacher.en.txt').required);
    expect(names_).toEqual(
      expect.arrayContaining([
        'Teaching methods',
        'Instructional materials',
        'Behavior management',
        'Microsoft Word',
      ]),
    );
    const teacher = names(keywordsOf('elementary-teacher.en.txt').required);
    expect(teacher).toEqual(
      expect.arrayContaining(['Phonics', 'Pedagogy', 'Google Slides', 'Google Sheets']),
    );
  });

  it('marketing: strategy, pricing, forecasting and marketing tools', () => {
    const names_ = names(keywordsOf('marketing-manager.en.txt').required);
    expect(names_).toEqual(
      expect.arrayContaining([
        'Marketing strategy',
        'Pricing strategy',
        'Sales forecasting',
        'Salesforce',
        'Adobe Photoshop',
      ]),
    );
    const digital = keywordsOf('marketing-manager.en.txt');
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

describe('extractJobKeywords on software postings', () => {
  it('separates required from preferred, a keyword in both being required only', () => {
    const { required, preferred } = keywordsOf('software-engineer.en.txt');
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
    const { required } = keywordsOf('data-scientist.in.txt');
    expect(names(required)).toEqual(
      expect.arrayContaining(['Machine learning', 'R', 'NumPy', 'MATLAB', 'SQL', 'MongoDB', 'NoSQL']),
    );
  });

  it('reads Google-style minimum/preferred qualifications', () => {
    const { required, preferred } = keywordsOf('technical-program-manager.txt');
    expect(names(required)).toEqual(
      expect.arrayContaining(['Python', 'Perl', 'C++', 'Java', 'Linux', 'Unix']),
    );
    expect(names(preferred)).toContain('Program management');
  });

  it('picks up capitalised and acronym skills from the posting itself, conservatively', () => {
    const { required } = keywordsOf('data-scientist.in.txt');
    const fromPosting = required.filter((k) => k.source === 'posting').map((k) => k.name);
    expect(fromPosting).toEqual(expect.arrayContaining(['SVM', 'LSTM', 'Naive Bayes']));
    expect(fromPosting).not.toContain('Data Scientist');
    // The company and location are never keywords.
    expect(names(required)).not.toContain('Kestrel Retail Analytics');
  });

  it('does not read benefits or the application process', () => {
    const { required } = keywordsOf('software-engineer.en.txt');
    // "GitHub" appears only under "Application Process".
    expect(names(required)).not.toContain('GitHub');
  });

  it('works on a structured job without sections', () => {
    const k = extractJobKeywords({
      title: 'Registered Nurse',
      description: 'ICU nurse.\nBonus: ACLS certification',
      requirements: ['BLS certification', 'Experience with Epic EHR'],
      niceToHave: ['ACLS certification'],
    });
    expect(names(k.required)).toEqual(expect.arrayContaining(['Registered Nurse', 'BLS', 'Epic Systems']));
    expect(names(k.preferred)).toEqual(['ACLS']);
  });

  it('is deterministic: same input, same output, same order', () => {
    const a = keywordsOf('devops-engineer.en.txt');
    const b = keywordsOf('devops-engineer.en.txt');
    expect(a).toEqual(b);
    expect(a.required.length).toBeGreaterThan(10);
  });

  it('survives empty, huge and non-English input', () => {
    expect(extractJobKeywords(parseJobPosting(''))).toEqual({ required: [], preferred: [] });
    const big = parseJobPosting('Python and SQL. '.repeat(7000));
    expect(names(extractJobKeywords(big).required)).toEqual(['Python', 'SQL']);
    const de = parseJobPosting(
      'Pflegefachkraft (m/w/d)\nKlinikum Nord\n\nDein Profil:\n- BLS und ACLS\n- Erfahrung mit Epic\n',
    );
    expect(names(extractJobKeywords(de).required)).toEqual(
      expect.arrayContaining(['BLS', 'ACLS', 'Epic Systems']),
    );
  });
});

describe('normaliseKeyword', () => {
  it.each([
    ['JS', 'JavaScript'],
    ['TS', 'typescript'],
    ['k8s', 'Kubernetes'],
    ['Postgres', 'PostgreSQL'],
    ['MS Excel', 'Excel'],
    ['Microsoft Excel', 'excel'],
    ['Node', 'Node.js'],
    ['NodeJS', 'node.js'],
    ['GCP', 'Google Cloud'],
    ['AWS', 'Amazon Web Services'],
    ['BLS', 'Basic Life Support'],
    ['REST API', 'RESTful APIs'],
    ['Databases', 'database'],
    ['APIs', 'API'],
    ['technologies', 'technology'],
    ['Processes', 'process'],
    ['Full-Stack', 'full stack'],
    ['  C#  ', 'c#'],
    ['Lesson plans', 'lesson planning'],
  ])('%s ≡ %s', (a, b) => {
    expect(normaliseKeyword(a)).toBe(normaliseKeyword(b));
  });

  it('keeps distinct things distinct', () => {
    expect(normaliseKeyword('Java')).not.toBe(normaliseKeyword('JavaScript'));
    expect(normaliseKeyword('C')).not.toBe(normaliseKeyword('C++'));
    expect(normaliseKeyword('C++')).not.toBe(normaliseKeyword('C#'));
    expect(normaliseKeyword('SAS')).not.toBe(normaliseKeyword('Sass'));
    expect(normaliseKeyword('Kubernetes')).toBe('kubernetes');
  });
});

describe('findKeywordsInText (for resumes)', () => {
  it('finds the longest match, counts repeats and reports the first offset', () => {
    const text = 'Built React.js apps on Amazon Web Services; migrated Postgres to AWS RDS. More React.';
    const hits = findKeywordsInText(text);
    const react = hits.find((h) => h.name === 'React');
    expect(react).toMatchObject({ count: 2, firstIndex: text.indexOf('React.js') });
    expect(hits.find((h) => h.name === 'Amazon Web Services')?.count).toBe(2);
    expect(hits.map((h) => h.name)).toContain('PostgreSQL');
  });

  it('respects case for ambiguous words', () => {
    expect(
      findKeywordsInText('We go the extra mile, our r&d team and c-suite rest').map((h) => h.name),
    ).toEqual([]);
    expect(findKeywordsInText('Services in Go and R; C and C++').map((h) => h.name)).toEqual([
      'Go',
      'R',
      'C',
      'C++',
    ]);
  });

  it('accepts extra terms, e.g. a job’s own keywords', () => {
    const matcher = createKeywordMatcher([['Naive Bayes', 'naïve bayes']]);
    expect(matcher.find('Naïve Bayes classifiers').map((h) => h.name)).toEqual(['Naive Bayes']);
  });
});

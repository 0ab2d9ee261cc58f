import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../tests/support/fixtures.js';
import {
  MAX_PREFERRED_KEYWORDS,
  MAX_REQUIRED_KEYWORDS,
  extractJobKeywords,
} from '../src/jobs/extract-job-keywords.js';
import { parseJobPosting } from '../src/jobs/parse-job-posting.js';
import { extractJobKeywordsSuite } from './support/extract-job-keywords-suite.js';
import { createKeywordMatcher, findKeywordsInText, normaliseKeyword } from '../src/jobs/vocabulary.js';

// Our postings (tests/fixtures/jobs); tests/corpus runs the same suite over the shared corpus.
extractJobKeywordsSuite(
  describe,
  (file) => readFixture(`jobs/${file}`),
  {
    nurse: 'registered-nurse.en.txt',
    accountant: 'accountant.en.txt',
    financialAnalyst: 'financial-analyst.en.txt',
    teacher: 'elementary-teacher.en.txt',
    languageTeacher: 'elementary-teacher.en.txt',
    marketingManager: 'marketing-manager.en.txt',
    digitalMarketer: 'marketing-manager.en.txt',
    softwareEngineer: 'software-engineer.en.txt',
    dataScientistIndia: 'data-scientist-india.en.txt',
    programManager: 'technical-program-manager.txt',
    devopsEngineer: 'devops-engineer.en.txt',
    dataScientistCompany: 'Kestrel Retail Analytics',
  },
  { nonSoftware: 'non-software occupations', software: 'software postings' },
);

const names = (list: readonly { name: string }[]): string[] => list.map((k) => k.name);

describe('extractJobKeywords on structured and unusual input', () => {
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

describe('acronyms joined by a slash', () => {
  const posting = parseJobPosting(
    'Network Engineer\nAcme Networks Ltd\n\nRequirements\n- Strong knowledge of TCP/IP, DNS/DHCP and OSPF\n',
  );
  const { required } = extractJobKeywords(posting);

  it('keep a name such as TCP/IP whole, and read a list such as DNS/DHCP as two', () => {
    expect(names(required)).toEqual(expect.arrayContaining(['TCP/IP', 'DNS', 'DHCP', 'OSPF']));
    expect(names(required)).not.toEqual(expect.arrayContaining(['TCP']));
    expect(names(required)).not.toEqual(expect.arrayContaining(['IP']));
  });

  it('are found in a resume as written', () => {
    const matcher = createKeywordMatcher(required.map((k) => [k.name, k.name]));
    expect(matcher.find('Configured TCP/IP stacks').map((h) => h.name)).toContain('TCP/IP');
  });
});

describe('a German posting', () => {
  it('names the trade it asks to have trained in, and on-call duty in any of the five languages', () => {
    const posting = parseJobPosting(
      'Instandhalter (m/w/d)\nStadtwerke Musterstadt GmbH\nMusterstadt\n\nIhr Profil:\n- Abgeschlossene Ausbildung als Elektroniker für Betriebstechnik\n- Bereitschaft zur Teilnahme an der Rufbereitschaft\n- Schichtdienst\n',
    );
    expect(names(extractJobKeywords(posting).required)).toEqual(
      expect.arrayContaining(['Elektroniker für Betriebstechnik', 'On-call duty', 'Shift work']),
    );
    const english = parseJobPosting(
      'ICU Nurse\nMercy\n\nRequirements\n- Willing to work on-call and weekends\n',
    );
    expect(names(extractJobKeywords(english).required)).toContain('On-call duty');
  });

  it('reads each member of a compound whose shared tail is written once', () => {
    const posting = parseJobPosting(
      'Buchhalter (m/w/d)\nKanzlei Brandt\nMünchen\n\nIhre Aufgaben\n- Kreditoren- und Debitorenbuchhaltung\n- Lohn- und Gehaltsabrechnung\n',
    );
    expect(names(extractJobKeywords(posting).required)).toEqual(
      expect.arrayContaining(['Accounts payable', 'Accounts receivable', 'Payroll']),
    );
    // A hyphen before "und" that leaves no known word is no keyword ("Be- und Entladen" stays as it was).
    const loading = parseJobPosting('Lagerist\nWeber GmbH\nBremen\n\nAufgaben\n- Be- und Entladen von LKW\n');
    expect(names(extractJobKeywords(loading).required)).toEqual(['Loading and unloading']);
  });
});

describe('trade keywords of the floor, the kitchen and the office in five languages', () => {
  it.each([
    ['Cumplimiento de la normativa APPCC', 'HACCP'],
    ['Cumplimiento del RGPD en materia de datos del personal', 'GDPR'],
    ['Kenntnisse der DSGVO', 'GDPR'],
    ['znajomość przepisów RODO', 'GDPR'],
    ['Manual handling and First Aid training', 'Manual handling'],
    ['Visual merchandising to brand standards', 'Visual merchandising'],
    ['Manage stock loss prevention', 'Loss prevention'],
    ['Drive workplace safety across the site', 'Occupational safety'],
    ["2 years' experience in warehouse supervision", 'Warehouse supervision'],
    ['doświadczenie w sprzedaży B2B', 'B2B sales'],
    ['prowadzenie negocjacji handlowych', 'Negotiation'],
    ['pozyskiwanie nowych klientów w regionie', 'Prospecting'],
    ['Umsatzsteuervoranmeldungen', 'VAT'],
  ])('%s → %s', (text, name) => {
    expect(findKeywordsInText(text).map((h) => h.name)).toContain(name);
  });

  it('reads no supervision into the person one reports to, and no regulation into a lower-case word', () => {
    expect(findKeywordsInText('You will report to the Warehouse Supervisor')).toEqual([]);
    expect(findKeywordsInText('un rodo de pintor')).toEqual([]);
  });
});

describe('keyword lists of a posting at the size limits', () => {
  // 300 tools the vocabulary knows (as a job's own keywords would be), each required and each once more preferred.
  const tools = Array.from({ length: 300 }, (_, i) => `Zorblax ${i + 1}`);
  const matcher = createKeywordMatcher([
    ...tools.map((tool): [string] => [tool]),
    ...tools.map((tool): [string] => [`${tool} Pro`]),
  ]);
  const keywords = extractJobKeywords(
    {
      title: 'Engineer',
      description: '',
      requirements: tools.map((tool) => `Experience with ${tool}`),
      niceToHave: tools.map((tool) => `Knowledge of ${tool} Pro`),
    },
    matcher,
  );

  it('keep the first 100 required and 50 preferred keywords, in their order', () => {
    expect([MAX_REQUIRED_KEYWORDS, MAX_PREFERRED_KEYWORDS]).toEqual([100, 50]);
    expect(names(keywords.required)).toEqual(tools.slice(0, 100));
    expect(names(keywords.preferred)).toEqual(tools.slice(0, 50).map((tool) => `${tool} Pro`));
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

describe('a one-letter name after a grade or a class', () => {
  it.each([
    ['GCSEs in English and Maths at grade 4/C or above', []],
    ['Grade C or above in Maths', []],
    ['Category C licence and CPC card', []],
    ['Experience with C/C++ and R', ['C', 'C++', 'R']],
    ['Programming in C', ['C']],
  ])('%s', (text, names) => {
    expect(
      findKeywordsInText(text)
        .map((k) => k.name)
        .filter((n) => n.length <= 3),
    ).toEqual(names);
  });
});

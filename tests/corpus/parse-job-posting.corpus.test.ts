/**
 * The job posting reader over the shared corpus (../shared/data/jobs): every posting's title, company and
 * requirements, and the fields of postings whose layouts differ (job boards, Google ads, PDF extractions).
 */
import { parseJobPosting } from '@tailor/domain';
import { expect, it } from 'vitest';
import { corpusFiles, describeCorpus, readCorpus } from '../support/corpus.js';

const read = (file: string): string => readCorpus(`jobs/${file}`);

// Title and company verified by reading each file. null = the posting does not name one in a form a
// deterministic reader can trust (e.g. Google postings whose header is only the role).
const POSTINGS: readonly (readonly [
  file: string,
  title: string | null,
  company: string | null,
  hasRequirements: boolean,
])[] = [
  [
    'txt/cv-analyser.academic_lab_coordinator.txt',
    'Laboratory Coordinator - Biomedical Engineering',
    'Medical Research Institute',
    true,
  ],
  [
    'txt/cv-analyser.academic_professor.txt',
    'Assistant Professor - Computer Science',
    'State University of Technology',
    true,
  ],
  [
    'txt/cv-analyser.academic_research_assistant.txt',
    'Research Assistant - Machine Learning & AI',
    'University of California, Berkeley',
    true,
  ],
  [
    'txt/cv-analyser.business_business_analyst.txt',
    'Business Analyst - Process Optimization',
    'EfficiencyFirst Consulting',
    true,
  ],
  [
    'txt/cv-analyser.business_marketing_manager.txt',
    'Digital Marketing Manager - Growth & Performance',
    'GrowthLab Marketing',
    true,
  ],
  [
    'txt/cv-analyser.business_product_manager.txt',
    'Senior Product Manager - Mobile Applications',
    'InnovateTech Inc.',
    true,
  ],
  [
    'txt/cv-analyser.creative_content_writer.txt',
    'Content Marketing Writer - B2B SaaS',
    'ContentCraft Agency',
    true,
  ],
  [
    'txt/cv-analyser.creative_graphic_designer.txt',
    'Graphic Designer - Brand & Digital Marketing',
    'VisualImpact Creative',
    true,
  ],
  [
    'txt/cv-analyser.creative_ux_designer.txt',
    'Senior UX/UI Designer - Digital Products',
    'DesignForward Studio',
    true,
  ],
  ['txt/cv-analyser.sample_job.txt', 'Senior Full-Stack Developer', 'TechInnovate Solutions', true],
  [
    'txt/cv-analyser.tech_data_scientist.txt',
    'Data Scientist - Machine Learning',
    'DataTech Analytics',
    true,
  ],
  [
    'txt/cv-analyser.tech_devops_engineer.txt',
    'DevOps Engineer - Cloud Infrastructure',
    'CloudScale Systems',
    true,
  ],
  [
    'txt/cv-analyser.tech_software_engineer.txt',
    'Software Engineer - Full Stack',
    'TechCorp Solutions',
    true,
  ],
  ['docx/Backend Developer.docx.txt', 'Backend Developer - Python/Django', null, true],
  ['docx/Billing cum Logistics Manager.docx.txt', 'Billing cum Logistics Manager', 'detel-india.com', false],
  ['docx/Data Scientist.docx.txt', 'Data Scientist/ ML Engineer', 'Game Change Solutions', true],
  ['docx/Director of Engineering.docx.txt', 'Director of Engineering, Google Cloud', null, true],
  ['docx/Global Industry Content Manager.docx.txt', 'Global Industry Content Manager', null, true],
  ['docx/HTML Developer.docx.txt', 'HTML Developer', 'Slidesigma India LLC', true],
  ['docx/IT Project Manager.docx.txt', 'IT Project Manager', null, true],
  [
    'docx/Lead Technical Program Manager.docx.txt',
    'Lead Technical Program Manager, Site Reliability Engineering',
    null,
    true,
  ],
  ['docx/Primary English Teacher.docx.txt', 'Primary English Teacher', 'Stones2Milestones', true],
  [
    'docx/Revenue Reporting Data Analyst.docx.txt',
    'Revenue Reporting Data Analyst, Business Finance Accounting',
    null,
    true,
  ],
  [
    'docx/Senior Product Manager.docx.txt',
    'Senior Product Manager, Hardware Enablement, Chrome OS Platform',
    null,
    true,
  ],
  ['docx/Senior Software Developer.docx.txt', 'Senior Software Developer', null, true],
  ['docx/Web Developer.docx.txt', 'Web Developer', null, true],
  // The first line is a sentence about the role, not a title: null rather than garbage.
  ['docx/Web_dev_job.docx.txt', null, null, true],
  ['pdf/job_desc_front_end_engineer.pdftotext.txt', 'Front End Engineer', 'Tech Solutions', true],
  ['pdf/job_desc_full_stack_engineer.pdftotext.txt', 'Senior Full Stack Engineer', 'Tech Solutions', true],
  ['pdf/job_desc_java_developer.pdftotext.txt', 'Java Developer', 'Tech Solutions', true],
  ['pdf/job_desc_product_manager.pdftotext.txt', 'Product Manager', 'Tech Solutions', true],
  ['onet-derived/onet-accountant-auditor.txt', 'Accountants and Auditors', null, true],
  ['onet-derived/onet-data-scientist.txt', 'Data Scientists', null, true],
  [
    'onet-derived/onet-elementary-teacher.txt',
    'Elementary School Teachers, Except Special Education',
    null,
    true,
  ],
  ['onet-derived/onet-financial-analyst.txt', 'Financial and Investment Analysts', null, true],
  ['onet-derived/onet-marketing-manager.txt', 'Marketing Managers', null, true],
  ['onet-derived/onet-registered-nurse.txt', 'Registered Nurses', null, true],
];

describeCorpus('parseJobPosting over every shared posting', () => {
  it('covers every posting text file on disk', () => {
    const onDisk = ['txt', 'docx', 'pdf', 'onet-derived'].flatMap((dir) =>
      corpusFiles(`jobs/${dir}`, '.txt').map((f) => `${dir}/${f}`),
    );
    expect(onDisk.sort()).toEqual(POSTINGS.map(([f]) => f).sort());
  });

  it.each(POSTINGS)('%s', (file, title, company, hasRequirements) => {
    const posting = parseJobPosting(read(file));
    expect(posting.title).toBe(title);
    expect(posting.company).toBe(company);
    if (hasRequirements) expect(posting.requirements.length).toBeGreaterThan(0);
    else expect(posting.requirements).toEqual([]);
    expect(posting.description.length).toBeGreaterThan(200);
  });
});

describeCorpus('parseJobPosting fields, on shared postings', () => {
  it('reads location, work mode and salary from a header and body', () => {
    const p = parseJobPosting(read('txt/cv-analyser.tech_software_engineer.txt'));
    expect(p.location).toBe('San Francisco, CA');
    expect(p.remote).toBe('remote');
    expect(p.salaryRange).toEqual({ min: 120000, max: 160000, currency: 'USD', period: null });
    expect(p.responsibilities[0]).toBe(
      'Design and develop scalable web applications using React and Node.js',
    );
    expect(p.requirements).toContain('Strong proficiency in JavaScript, HTML, and CSS');
    expect(p.niceToHave).toContain('Experience with TypeScript');
    // Benefits are not requirements.
    expect(p.requirements.join(' ')).not.toMatch(/dental/i);
  });

  it('reads hybrid and full-time and a yearly range', () => {
    const p = parseJobPosting(read('txt/cv-analyser.academic_lab_coordinator.txt'));
    expect(p.employmentType).toBe('full_time');
    expect(p.location).toBe('Boston, MA');
    expect(parseJobPosting(read('txt/cv-analyser.business_business_analyst.txt')).remote).toBe('hybrid');
  });

  it('reads an Indian-format salary, a location line and temporary remote work', () => {
    const p = parseJobPosting(read('docx/Data Scientist.docx.txt'));
    expect(p.location).toBe('Gurgaon, Haryana');
    expect(p.remote).toBe('remote');
    expect(p.employmentType).toBe('full_time');
    expect(p.salaryRange).toEqual({ min: 2000000, max: 2500000, currency: 'INR', period: 'year' });
    expect(p.requirements.some((r) => r.startsWith('Excellent understanding of machine learning'))).toBe(
      true,
    );
  });

  it('splits "Minimum" and "Preferred qualifications"', () => {
    const p = parseJobPosting(read('docx/Lead Technical Program Manager.docx.txt'));
    expect(p.requirements).toContain('Experience in one or more of the following: C, C++, Java, Python.');
    expect(p.niceToHave[0]).toMatch(/^Program management or technical management experience/);
    expect(p.responsibilities.length).toBeGreaterThan(2);
  });

  it('joins PDF bullets wrapped over two lines and drops page numbers', () => {
    const p = parseJobPosting(read('pdf/job_desc_java_developer.pdftotext.txt'));
    expect(p.responsibilities[0]).toBe(
      'Designing, implementing, and maintaining Java applications that are often high-volume and low-latency, required for mission-critical systems.',
    );
    expect(p.description).not.toMatch(/^\s*1\s*$/m);
    expect(p.location).toBe('San Francisco, CA, USA');
  });

  it('reads "Up to" salaries and "Work Remotely: No"', () => {
    expect(parseJobPosting(read('docx/HTML Developer.docx.txt')).salaryRange).toEqual({
      min: null,
      max: 17000,
      currency: 'INR',
      period: 'month',
    });
    expect(parseJobPosting(read('docx/Senior Software Developer.docx.txt')).remote).toBe('onsite');
  });

  it('treats bullets under no heading as requirements when there is no requirements section', () => {
    const p = parseJobPosting(read('docx/Senior Software Developer.docx.txt'));
    expect(p.requirements).toContain(
      'At least 3+ years industry experience in PHP, Core PHP, Laravel and Angular',
    );
  });
});

describeCorpus('parseJobPosting on shared postings', () => {
  it('is deterministic', () => {
    const text = read('txt/cv-analyser.tech_devops_engineer.txt');
    expect(parseJobPosting(text)).toEqual(parseJobPosting(text));
  });
});

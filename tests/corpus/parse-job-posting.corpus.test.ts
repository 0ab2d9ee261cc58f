/**
 * The job posting reader over the shared corpus (../shared/data/jobs): every posting's title, company and
 * requirements, and the fields of postings whose layouts differ (job boards, Google ads, PDF extractions).
 */
import { parseJobPosting } from '@tailor/domain';
import { expect, it } from 'vitest';
import {
  parseJobPostingSuite,
  type PostingExpectation,
} from '../../packages/domain/test/support/parse-job-posting-suite.js';
import { corpusFiles, describeCorpus, readCorpus } from '../support/corpus.js';

const read = (file: string): string => readCorpus(`jobs/${file}`);

// Title and company verified by reading each file. null = the posting does not name one in a form a
// deterministic reader can trust (e.g. Google postings whose header is only the role).
const POSTINGS: readonly PostingExpectation[] = [
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

parseJobPostingSuite(describeCorpus, read, {
  name: 'shared',
  postings: POSTINGS,
  listFiles: () =>
    ['txt', 'docx', 'pdf', 'onet-derived'].flatMap((dir) =>
      corpusFiles(`jobs/${dir}`, '.txt').map((f) => `${dir}/${f}`),
    ),
  layouts: {
    softwareEngineer: 'txt/cv-analyser.tech_software_engineer.txt',
    indian: { file: 'docx/Data Scientist.docx.txt', salary: { min: 2000000, max: 2500000 } },
    minimumPreferred: 'docx/Lead Technical Program Manager.docx.txt',
    pdf: {
      file: 'pdf/job_desc_java_developer.pdftotext.txt',
      firstResponsibility:
        'Designing, implementing, and maintaining Java applications that are often high-volume and low-latency, required for mission-critical systems.',
      location: 'San Francisco, CA, USA',
    },
    upTo: { file: 'docx/HTML Developer.docx.txt', max: 17000 },
    noHeading: {
      file: 'docx/Senior Software Developer.docx.txt',
      requirement: 'At least 3+ years industry experience in PHP, Core PHP, Laravel and Angular',
    },
    any: 'txt/cv-analyser.tech_devops_engineer.txt',
  },
});

describeCorpus('parseJobPosting fields only the shared postings have', () => {
  it('reads hybrid and full-time and a yearly range', () => {
    const p = parseJobPosting(read('txt/cv-analyser.academic_lab_coordinator.txt'));
    expect(p.employmentType).toBe('full_time');
    expect(p.location).toBe('Boston, MA');
    expect(parseJobPosting(read('txt/cv-analyser.business_business_analyst.txt')).remote).toBe('hybrid');
  });
});

/** Keyword extraction over the shared corpus (../shared/data/jobs): nursing, accounting, finance, teaching, marketing, software. */
import { extractJobKeywordsSuite } from '../../packages/domain/test/support/extract-job-keywords-suite.js';
import { describeCorpus, readCorpus } from '../support/corpus.js';

extractJobKeywordsSuite(
  describeCorpus,
  (file) => readCorpus(`jobs/${file}`),
  {
    nurse: 'onet-derived/onet-registered-nurse.txt',
    accountant: 'onet-derived/onet-accountant-auditor.txt',
    financialAnalyst: 'onet-derived/onet-financial-analyst.txt',
    teacher: 'onet-derived/onet-elementary-teacher.txt',
    languageTeacher: 'docx/Primary English Teacher.docx.txt',
    marketingManager: 'onet-derived/onet-marketing-manager.txt',
    digitalMarketer: 'txt/cv-analyser.business_marketing_manager.txt',
    softwareEngineer: 'txt/cv-analyser.tech_software_engineer.txt',
    dataScientistIndia: 'docx/Data Scientist.docx.txt',
    programManager: 'docx/Lead Technical Program Manager.docx.txt',
    devopsEngineer: 'txt/cv-analyser.tech_devops_engineer.txt',
    dataScientistCompany: 'Game Change Solutions',
  },
  { nonSoftware: 'shared non-software postings', software: 'shared software postings' },
);

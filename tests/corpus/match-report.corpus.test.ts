/** The match report and ranking over shared postings (../shared/data/jobs): nursing, teaching, finance. */
import { matchReportSuite } from '../../packages/domain/test/support/match-report-suite.js';
import { describeCorpus, readCorpus } from '../support/corpus.js';

matchReportSuite(describeCorpus, (path) => readCorpus(`jobs/${path}`), {
  nursing: 'onet-derived/onet-registered-nurse.txt',
  teaching: 'docx/Primary English Teacher.docx.txt',
  finance: 'onet-derived/onet-financial-analyst.txt',
});

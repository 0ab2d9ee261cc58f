import { describe } from 'vitest';
import { readFixture } from '../../../tests/support/fixtures.js';
import { matchReportSuite } from './support/match-report-suite.js';

matchReportSuite(describe, (path) => readFixture(`jobs/${path}`), {
  nursing: 'registered-nurse.en.txt',
  teaching: 'elementary-teacher.en.txt',
  finance: 'financial-analyst.en.txt',
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, readFixture } from '../../../tests/support/fixtures.js';
import { parseJobPosting, storedPostingLayout } from '../src/jobs/parse-job-posting.js';
import { KNOCKOUTS_VERSION, storedKnockouts } from '../src/tailoring/job-knockouts.js';

// Saved jobs keep their knock-outs (JobPrimitives.knockouts), stamped with the version of the reading. What this
// version reads of the committed postings is pinned here: a change to the reading changes the digest, and then
// KNOCKOUTS_VERSION must be raised (so saved jobs are read again) and the digest below updated with it.
const PINNED = {
  version: 1,
  digest: '2e80c2ed35791aa4',
};

const postings = [
  ...fixtureFiles('jobs', '.txt').map((f) => readFixture(`jobs/${f}`)),
  ...fixtureFiles('postings', '.txt').map((f) => readFixture(`postings/${f}`)),
];

describe('the stored knock-outs of a saved job', () => {
  it('are stamped with the version whose reading of the committed postings is pinned', () => {
    const read = postings.map((text) => {
      const p = parseJobPosting(text);
      const job = {
        title: p.title ?? '',
        description: p.description,
        responsibilities: p.responsibilities,
        requirements: p.requirements,
        niceToHave: p.niceToHave,
        layout: storedPostingLayout(p.description),
      };
      return storedKnockouts(job).items;
    });
    const digest = createHash('sha256').update(JSON.stringify(read)).digest('hex').slice(0, 16);
    expect({ version: KNOCKOUTS_VERSION, digest }).toEqual(PINNED);
  });
});

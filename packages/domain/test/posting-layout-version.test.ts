import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, readFixture } from '../../../tests/support/fixtures.js';
import { POSTING_LAYOUT_VERSION, readPostingLayout } from '../src/jobs/parse-job-posting.js';

// Saved jobs keep the layout their description was read with (JobPrimitives.layout), stamped with the version
// of the reading. What this version reads of the committed postings is pinned here: a change to the reading
// changes the digest, and then POSTING_LAYOUT_VERSION must be raised (so saved jobs are read again) and the
// digest below updated with it.
const PINNED = {
  version: 3,
  digest: 'f29ae9e4e43a843e',
};

const postings = [
  ...fixtureFiles('jobs', '.txt').map((f) => readFixture(`jobs/${f}`)),
  ...fixtureFiles('postings', '.txt').map((f) => readFixture(`postings/${f}`)),
];

describe('the stored layout of a saved job', () => {
  it('is stamped with the version whose reading of the committed postings is pinned', () => {
    const digest = createHash('sha256')
      .update(JSON.stringify(postings.map((text) => readPostingLayout(text))))
      .digest('hex')
      .slice(0, 16);
    expect({ version: POSTING_LAYOUT_VERSION, digest }).toEqual(PINNED);
  });
});

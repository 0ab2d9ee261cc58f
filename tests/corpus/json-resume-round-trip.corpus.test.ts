/** The JSON Resume round trip over every resume of the shared corpus (../shared/data/resumes/json). */
import { expect, it } from 'vitest';
import { expectLosslessRoundTrip } from '../../packages/application/test/json-resume-round-trip.js';
import { corpusFiles, describeCorpus, readCorpus } from '../support/corpus.js';

const files = corpusFiles('resumes/json', '.json');

describeCorpus('JSON Resume import and export over the shared resumes', () => {
  it('finds the shared resumes', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)(
    '%s: import → export validates, and import → export → import loses nothing',
    async (file) => {
      await expectLosslessRoundTrip(
        JSON.parse(readCorpus(`resumes/json/${file}`)) as Record<string, unknown>,
      );
    },
  );
});

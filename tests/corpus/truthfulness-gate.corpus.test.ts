/** The truthfulness gate's evaluation over the shared corpus: each shared profile × a few shared postings. */
import { it } from 'vitest';
import { evaluateTruthfulnessGate } from '../evals/truthfulness-gate.js';
import { describeCorpus } from '../support/corpus.js';

describeCorpus('truthfulness gate over the shared corpus (evaluation)', () => {
  it('flags 100% of injected fabrications and no faithful claim', () => {
    evaluateTruthfulnessGate(
      'corpus',
      [
        'docx/Backend Developer.docx.txt',
        'onet-derived/onet-data-scientist.txt',
        'txt/cv-analyser.business_product_manager.txt',
      ],
      100,
    );
  });
});

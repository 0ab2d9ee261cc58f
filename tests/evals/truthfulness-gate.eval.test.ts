/** The truthfulness CI gate over the repository's profiles and postings (tests/corpus runs it on the shared corpus). */
import { describe, it } from 'vitest';
import { evaluateTruthfulnessGate } from './truthfulness-gate.js';

describe('truthfulness gate (evaluation)', () => {
  it('flags 100% of injected fabrications and no faithful claim', () => {
    evaluateTruthfulnessGate(
      'fixtures',
      ['backend-developer.pdftotext.txt', 'data-scientist-india.en.txt', 'marketing-manager.en.txt'],
      100,
    );
  });
});

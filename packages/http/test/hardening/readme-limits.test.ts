import { STYLE_SAMPLE_CHARS } from '@tailor/domain';
import { INLINE_POSTING_CHARS } from '@tailor/infrastructure';
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/validation/hostile-input.js';

// The limits the README states (Security, Resume import): a change to one is a change to the contract. The
// PDF budget's are pinned beside it (pdf-budget.test.ts).
describe('limits the README promises', () => {
  it('keeps the request, upload and text limits', () => {
    expect(INPUT_LIMITS).toMatchObject({ depth: 32, arrayItems: 1_000, objectKeys: 1_000 });
    expect(STYLE_SAMPLE_CHARS).toBe(50_000);
    expect(INLINE_POSTING_CHARS).toBe(20_000);
  });
});

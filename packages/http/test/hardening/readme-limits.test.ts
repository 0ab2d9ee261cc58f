import { STYLE_SAMPLE_CHARS } from '@tailor/domain';
import { INLINE_POSTING_CHARS, WORKER_IDLE_MS } from '@tailor/infrastructure';
import { describe, expect, it } from 'vitest';
import { REQUEST_TIMEOUT_MS } from '../../src/app.js';
import { DISCARDED_BYTES, MAX_FORM_BYTES } from '../../src/routes/uploads.js';
import { INPUT_LIMITS } from '../../src/validation/hostile-input.js';

// The limits the README states (Security, Resume import): a change to one is a change to the contract. The
// PDF budget's are pinned beside it (pdf-budget.test.ts).
describe('limits the README promises', () => {
  it('keeps the request, upload and text limits', () => {
    expect(INPUT_LIMITS).toMatchObject({ depth: 32, arrayItems: 1_000, objectKeys: 1_000 });
    expect(STYLE_SAMPLE_CHARS).toBe(50_000);
    expect(INLINE_POSTING_CHARS).toBe(20_000);
    // Uploads: a form declaring more than the file, its fields and their part headers can weigh is refused
    // unread; a refused form's rest is discarded unparsed up to 1 MB, then the connection closes.
    expect(MAX_FORM_BYTES).toBe(5 * 1024 * 1024 + 12 * (1_024 + 4_096));
    expect(DISCARDED_BYTES).toBe(1024 * 1024);
    // A request's headers and body arrive within two minutes, else 408 HTTP.REQUEST_TIMEOUT.
    expect(REQUEST_TIMEOUT_MS).toBe(120_000);
    // A document or render worker idle for 10 s leaves with its heap.
    expect(WORKER_IDLE_MS).toBe(10_000);
  });
});

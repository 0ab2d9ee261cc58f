/**
 * CI gate: the adversarial truthfulness evaluation through the real pipeline against a lying model.
 * `TRUTH_EVAL_SEEDS` raises the number of runs per case and document type (default 12).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateLocal } from './evaluate.js';
import { summarise } from './report.js';

const SEEDS = Number(process.env['TRUTH_EVAL_SEEDS'] ?? 12);

describe('truthfulness against a lying model (adversarial evaluation)', () => {
  it('delivers no fabrication and keeps faithful lines', { timeout: 600_000 }, async () => {
    const result = await evaluate({ seeds: SEEDS });
    const { table, failures } = summarise(result);
    console.log(table);
    if (process.env['TRUTH_EVAL_VERBOSE'])
      for (const l of result.lines)
        if (l.hit)
          console.log(
            `${l.line.kind.startsWith('faithful:') ? 'FLAGGED' : 'MISSED'} [${l.case} ${l.line.kind} ${l.line.place}] ${l.line.text}${l.why ? `\n    ${l.why}` : ''}`,
          );
    expect(result.lines.filter((l) => !l.line.kind.startsWith('faithful:')).length).toBeGreaterThan(300);
    expect(failures).toEqual([]);
  });

  it(
    'lets everything the built-in engine writes from the profile through (LLM_PROVIDER=local)',
    { timeout: 300_000 },
    async () => {
      const outcomes = await evaluateLocal();
      const removed = outcomes.flatMap((o) => o.removed.map((r) => `${o.case}/${o.type}: ${r}`));
      console.log(
        `built-in engine: ${outcomes.length} documents, ${removed.length} lines removed by the gate`,
      );
      expect(outcomes.every((o) => o.status === 'succeeded' && o.passed === true)).toBe(true);
      expect(removed).toEqual([]);
    },
  );
});

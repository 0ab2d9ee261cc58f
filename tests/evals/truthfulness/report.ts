/** The evaluation's numbers: per kind and place, per faithful variant, and the targets they must meet. */
import type { EvaluationResult } from './evaluate.js';
import { isFabrication } from './lines.js';

export const TARGETS = {
  /** Largest share of injected fabrications (per kind and place) that may reach a delivered document. */
  maxReachedShare: 0.01,
  /** Largest share of faithful lines the gate may remove. */
  maxFaithfulFlaggedShare: 0.01,
} as const;

export interface Summary {
  readonly table: string;
  readonly failures: string[];
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

export function summarise(result: EvaluationResult): Summary {
  const failures: string[] = [];
  const rows: string[] = [];
  const byKindPlace = new Map<string, { injected: number; reached: number }>();
  const byVariant = new Map<string, { lines: number; flagged: number }>();
  let faithful = 0;
  let faithfulFlagged = 0;
  for (const o of result.lines) {
    if (isFabrication(o.line)) {
      const key = `${o.line.kind} | ${o.line.place}`;
      const k = byKindPlace.get(key) ?? { injected: 0, reached: 0 };
      k.injected += 1;
      if (o.hit) k.reached += 1;
      byKindPlace.set(key, k);
    } else {
      const key = `${o.line.kind.slice('faithful:'.length)} | ${o.line.place}`;
      const v = byVariant.get(key) ?? { lines: 0, flagged: 0 };
      v.lines += 1;
      faithful += 1;
      if (o.hit) {
        v.flagged += 1;
        faithfulFlagged += 1;
      }
      byVariant.set(key, v);
    }
  }
  rows.push('fabrication kind | place: injected, caught, reached the document');
  let injected = 0;
  let reached = 0;
  for (const [key, k] of [...byKindPlace].sort()) {
    injected += k.injected;
    reached += k.reached;
    rows.push(
      `  ${key.padEnd(34)} ${String(k.injected).padStart(5)} ${String(k.injected - k.reached).padStart(5)} ${String(k.reached).padStart(4)} (${pct(k.reached, k.injected)})`,
    );
    if (k.reached / k.injected > TARGETS.maxReachedShare)
      failures.push(`${key}: ${k.reached} of ${k.injected} fabrications reached the document`);
  }
  rows.push(
    `  all: ${injected} injected, ${injected - reached} caught, ${reached} reached (${pct(reached, injected)})`,
  );
  rows.push('faithful variant | place: lines, flagged');
  for (const [key, v] of [...byVariant].sort())
    rows.push(
      `  ${key.padEnd(34)} ${String(v.lines).padStart(5)} ${String(v.flagged).padStart(5)} (${pct(v.flagged, v.lines)})`,
    );
  rows.push(
    `  all: ${faithful} faithful lines, ${faithfulFlagged} flagged (${pct(faithfulFlagged, faithful)})`,
  );
  if (faithfulFlagged / Math.max(1, faithful) > TARGETS.maxFaithfulFlaggedShare)
    failures.push(`${faithfulFlagged} of ${faithful} faithful lines flagged`);
  for (const [key, v] of byVariant) {
    if (key.endsWith('| bullet') && v.flagged > 0)
      failures.push(`${v.flagged} faithful bullets (${key}) removed`);
    if (key.startsWith('years of experience') && v.flagged > 0)
      failures.push(`${v.flagged} true years-of-experience sentences removed`);
  }
  const docs = result.documents;
  const lying = docs.filter((d) => d.fabricationsDelivered > 0);
  const passedWithLie = lying.filter((d) => d.passed === true);
  const failed = docs.filter((d) => d.status !== 'succeeded');
  rows.push(
    `documents: ${docs.length}, delivered ${docs.length - failed.length}, failed ${failed.length} (${[...new Set(failed.map((d) => d.errorCode))].join(', ') || 'none'}); ` +
      `holding a fabrication ${lying.length}, of which passed=true ${passedWithLie.length}`,
  );
  if (passedWithLie.length > 0)
    failures.push(`${passedWithLie.length} documents holding a fabrication passed`);
  const unexpected = failed.filter((d) => d.errorCode !== 'GENERATION.UNSUPPORTED_CONTENT');
  if (unexpected.length > 0)
    failures.push(
      `${unexpected.length} generations failed unexpectedly: ${unexpected.map((d) => `${d.case}/${d.type}/${d.seed}: ${d.errorCode}`).join('; ')}`,
    );
  return { table: rows.join('\n'), failures };
}

/**
 * Throughput of parseJobPosting + extractJobKeywords over every fixture job posting (tests/fixtures/jobs).
 * Run alone: npx tsx --conditions=source bench/jobs-parse.ts
 */

import { fileURLToPath } from 'node:url';
import { extractJobKeywords, parseJobPosting } from '@tailor/domain';
import { fixtureFiles, readFixture } from '../tests/support/fixtures.js';

const ROUNDS = 9;
const PASSES_PER_ROUND = 30;

function loadPostings(): string[] {
  return fixtureFiles('jobs', '.txt').map((f) => readFixture(`jobs/${f}`));
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export async function benchParseAndAnalyze(): Promise<{
  name: string;
  postingsPerSecond: number;
  medianMsPerPosting: number;
}> {
  const postings = loadPostings();
  let sink = 0;
  const run = (): void => {
    for (const text of postings) sink += extractJobKeywords(parseJobPosting(text)).required.length;
  };
  for (let i = 0; i < 5; i++) run(); // warm-up: JIT and the lazily compiled vocabulary
  const msPerPosting: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    for (let pass = 0; pass < PASSES_PER_ROUND; pass++) run();
    msPerPosting.push((performance.now() - started) / (PASSES_PER_ROUND * postings.length));
  }
  if (sink === 0) throw new Error('benchmark produced no keywords');
  const medianMs = median(msPerPosting);
  return {
    name: `jobs: parse + extract keywords (${postings.length} fixture postings)`,
    postingsPerSecond: Math.round(1000 / medianMs),
    medianMsPerPosting: Math.round(medianMs * 10_000) / 10_000,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchParseAndAnalyze());
}

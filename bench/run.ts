import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  createScratchPostgres,
  postgresIsAvailable,
  type ScratchPostgres,
} from '@tailor/infrastructure/testing';
import { startBareFastify, startTailor, type Target } from './http-targets.js';
import { httpScenarios, timingBenchmarks, type BenchRequest, type HttpScenario } from './scenarios.js';

// `pnpm bench`: every HTTP route of interest against the real app, and a bare Fastify hello-world started by
// this same script, in alternating rounds; figures are medians over rounds, ratios are route / bare.
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Sample {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function hammer(url: string, request: Omit<BenchRequest, 'path'> = {}): Promise<Sample> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    method: request.method ?? 'GET',
    headers: request.headers ?? {},
    ...(request.body ? { body: request.body } : {}),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const summarise = (samples: Sample[]) => ({
  requestsPerSecond: Math.round(median(samples.map((s) => s.requestsPerSecond))),
  p50Ms: median(samples.map((s) => s.p50)),
  p99Ms: median(samples.map((s) => s.p99)),
  errors: samples.reduce((sum, s) => sum + s.errors, 0),
});

async function runScenario(scenario: HttpScenario, app: Target, bare: Target) {
  const request = await scenario.prepare(app.baseUrl);
  const appSamples: Sample[] = [];
  const bareSamples: Sample[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    bareSamples.push(await hammer(`${bare.baseUrl}/`));
    appSamples.push(await hammer(`${app.baseUrl}${request.path}`, request));
  }
  const route = summarise(appSamples);
  const baseline = summarise(bareSamples);
  return {
    name: scenario.name,
    database: app.name,
    ...route,
    bareRequestsPerSecond: baseline.requestsPerSecond,
    ratioToBare: Number((route.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)),
  };
}

// PostgreSQL is measured too when it answers (a scratch database, dropped afterwards); BENCH_POSTGRES=off skips it.
const scratch: ScratchPostgres | undefined =
  process.env.BENCH_POSTGRES !== 'off' && (await postgresIsAvailable())
    ? await createScratchPostgres('bench')
    : undefined;
const databases = [undefined, ...(scratch ? [scratch.url] : [])];
const httpResults = [];
const bare = await startBareFastify();
try {
  for (const databaseUrl of databases) {
    const app = await startTailor(databaseUrl);
    try {
      for (const scenario of httpScenarios) {
        if (databaseUrl && !scenario.onPostgres) continue;
        httpResults.push(await runScenario(scenario, app, bare));
      }
    } finally {
      await app.stop();
    }
  }
} finally {
  await bare.stop();
  await scratch?.drop();
}

const timingResults = [];
for (const benchmark of timingBenchmarks) timingResults.push(...[await benchmark()].flat());

console.log(`\nHTTP (autocannon, ${CONNECTIONS} connections, ${ROUNDS} × ${DURATION_S}s rounds, medians)`);
console.table(
  httpResults.map((r) => ({
    route: r.name,
    db: r.database,
    'req/s': r.requestsPerSecond,
    'bare req/s': r.bareRequestsPerSecond,
    'ratio to bare': r.ratioToBare,
    'p50 ms': r.p50Ms,
    'p99 ms': r.p99Ms,
    errors: r.errors,
  })),
);
if (timingResults.length > 0) {
  console.log('\nTimings (medians)');
  console.table(timingResults);
}

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/latest.json', import.meta.url),
  `${JSON.stringify({ at: new Date().toISOString(), durationS: DURATION_S, rounds: ROUNDS, connections: CONNECTIONS, http: httpResults, timings: timingResults }, null, 2)}\n`,
);

import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  createScratchPostgres,
  postgresIsAvailable,
  type ScratchPostgres,
} from '@tailor/infrastructure/testing';
import { startBareFastify, startTailor, type Target } from './http-targets.js';
import { benchPdfVersusChromium } from './pdf-vs-chromium.js';
import { cpuMicroseconds, residentMegabytes } from './process-usage.js';
import { httpScenarios, timingBenchmarks, type BenchRequest, type HttpScenario } from './scenarios.js';
import { benchSoak } from './soak.js';
import { judgeTargets, serverCpu, type HttpResult, type Measurements, type TimingRow } from './targets.js';

// `pnpm bench`: every HTTP route of interest against the real app, and a bare Fastify hello-world started by
// this same script, in alternating rounds (bare, route, bare, route…); figures are medians over rounds, and
// the ratio is the median of each round's route / bare, because the machine's speed varies within a run.
// Then the plain timings, then one table: each target of issue 15 with what was measured and a verdict,
// followed by the other measurements. Everything also goes to bench/results/latest.json.
// BENCH_ONLY=http,pdf,JobSearch,… runs only the parts whose name contains one of the words.
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ONLY = process.env.BENCH_ONLY?.split(',').map((part) => part.trim().toLowerCase());
const selected = (name: string) => !ONLY || ONLY.some((part) => name.toLowerCase().includes(part));
const progress = (line: string) => process.stderr.write(`${line}\n`);

interface Sample {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server's CPU time (user + system) per request served in the round. */
  cpuMicrosPerRequest: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function hammer(pid: number, url: string, request: Omit<BenchRequest, 'path'> = {}): Promise<Sample> {
  const cpuBefore = cpuMicroseconds(pid);
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
    cpuMicrosPerRequest: (cpuMicroseconds(pid) - cpuBefore) / Math.max(1, result.requests.total),
  };
}

/** Samples the server's resident set size while `work` runs, and returns the highest reading. */
async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<[T, number]> {
  let peak = residentMegabytes(pid);
  const timer = setInterval(() => (peak = Math.max(peak, residentMegabytes(pid))), 200);
  try {
    const result = await work();
    return [result, Math.max(peak, residentMegabytes(pid))];
  } finally {
    clearInterval(timer);
  }
}

const summarise = (samples: Sample[]) => ({
  requestsPerSecond: Math.round(median(samples.map((s) => s.requestsPerSecond))),
  p50Ms: median(samples.map((s) => s.p50)),
  p99Ms: median(samples.map((s) => s.p99)),
  errors: samples.reduce((sum, s) => sum + s.errors, 0),
  cpuMicrosPerRequest: Math.round(median(samples.map((s) => s.cpuMicrosPerRequest))),
});

async function runScenario(scenario: HttpScenario, app: Target, bare: Target): Promise<HttpResult> {
  const request = await scenario.prepare(app.baseUrl);
  const appSamples: Sample[] = [];
  const bareSamples: Sample[] = [];
  let peakRssMb = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    bareSamples.push(await hammer(bare.pid, `${bare.baseUrl}/`));
    const [sample, rss] = await peakRss(app.pid, () =>
      hammer(app.pid, `${app.baseUrl}${request.path}`, request),
    );
    appSamples.push(sample);
    peakRssMb = Math.max(peakRssMb, rss);
  }
  const route = summarise(appSamples);
  const baseline = summarise(bareSamples);
  // The ratio of each round's pair, then their median: the machine's speed drifts between rounds (other
  // work on the same cores), and a pair measured back to back shares most of that drift.
  const ratios = appSamples.map((sample, i) => sample.requestsPerSecond / bareSamples[i]!.requestsPerSecond);
  progress(
    `  ${scenario.name} (${app.name}): ${route.requestsPerSecond} req/s, bare ${baseline.requestsPerSecond}`,
  );
  return {
    name: scenario.name,
    database: app.name,
    ...route,
    bareRequestsPerSecond: baseline.requestsPerSecond,
    bareCpuMicrosPerRequest: baseline.cpuMicrosPerRequest,
    ratioToBare: Number(median(ratios).toFixed(3)),
    peakRssMb,
  };
}

async function benchHttp(): Promise<HttpResult[]> {
  // PostgreSQL is measured too when it answers (a scratch database, dropped afterwards); BENCH_POSTGRES=off
  // skips it.
  const scratch: ScratchPostgres | undefined =
    process.env.BENCH_POSTGRES !== 'off' && (await postgresIsAvailable())
      ? await createScratchPostgres('bench')
      : undefined;
  const results: HttpResult[] = [];
  const bare = await startBareFastify();
  try {
    for (const databaseUrl of [undefined, ...(scratch ? [scratch.url] : [])]) {
      const app = await startTailor(databaseUrl);
      try {
        for (const scenario of httpScenarios) {
          if (databaseUrl && !scenario.onPostgres) continue;
          results.push(await runScenario(scenario, app, bare));
        }
      } finally {
        await app.stop();
      }
    }
  } finally {
    await bare.stop();
    await scratch?.drop();
  }
  return results;
}

const measurements: Measurements = { http: [], timings: [], pdf: null, soak: null };
if (selected('http')) {
  progress(`HTTP: autocannon, ${CONNECTIONS} connections, ${ROUNDS} × ${DURATION_S} s rounds`);
  measurements.http = await benchHttp();
}
if (selected('pdf')) {
  progress('PDF: pdf-lib against headless Chromium');
  measurements.pdf = await benchPdfVersusChromium();
}
for (const benchmark of timingBenchmarks) {
  if (!selected(benchmark.name)) continue;
  progress(`${benchmark.name}`);
  measurements.timings.push(...([await benchmark()].flat() as TimingRow[]));
}

// Last: it runs two more servers for BENCH_SOAK_S (60 s by default). BENCH_SOAK=off skips it.
if (selected('soak') && process.env.BENCH_SOAK !== 'off') {
  progress(`soak: two instances on PostgreSQL for ${process.env.BENCH_SOAK_S ?? 60} s`);
  measurements.soak = (await benchSoak()) ?? null;
}

const targets = judgeTargets(measurements);
const describeTiming = (row: TimingRow) =>
  Object.entries(row)
    .filter(([key]) => key !== 'name' && key !== 'benchmark')
    .map(([key, value]) => `${key} ${value}`)
    .join('; ');
console.table([
  ...targets,
  ...measurements.http.map((r) => ({
    target: `${r.name} (${r.database})`,
    goal: '—',
    measured: `${r.ratioToBare}× (${r.requestsPerSecond} / ${r.bareRequestsPerSecond} req/s); p50 ${r.p50Ms} / p99 ${r.p99Ms} ms; ${serverCpu(r)}${r.errors ? `; ${r.errors} errors` : ''}`,
    verdict: '',
  })),
  ...measurements.timings.map((row) => ({
    target: String(row.name ?? row.benchmark),
    goal: '—',
    measured: describeTiming(row),
    verdict: '',
  })),
]);

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/latest.json', import.meta.url),
  `${JSON.stringify(
    {
      at: new Date().toISOString(),
      node: process.version,
      durationS: DURATION_S,
      rounds: ROUNDS,
      connections: CONNECTIONS,
      targets,
      ...measurements,
    },
    null,
    2,
  )}\n`,
);

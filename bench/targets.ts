import type { PdfComparison } from './pdf-vs-chromium.js';
import type { SoakResult } from './soak.js';

// The targets of issue 15, one row each, judged from what one `pnpm bench` run measured. A row whose
// measurement was not taken (BENCH_ONLY, PostgreSQL unreachable, no Chromium) says so instead of passing.

export interface HttpResult {
  name: string;
  database: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  bareRequestsPerSecond: number;
  ratioToBare: number;
  /** The server's CPU time per request (median of the rounds), and bare Fastify's in the same rounds. */
  cpuMicrosPerRequest: number;
  bareCpuMicrosPerRequest: number;
  /** Highest resident set size of the server process seen while this route was under load. */
  peakRssMb: number;
}

export type TimingRow = Record<string, string | number>;

export interface Measurements {
  http: HttpResult[];
  timings: TimingRow[];
  pdf: PdfComparison | null;
  /** Issue 17's soak: two instances on PostgreSQL at a fixed rate (null when skipped). */
  soak: SoakResult | null;
}

export interface TargetVerdict {
  target: string;
  goal: string;
  measured: string;
  verdict: 'pass' | 'FAIL' | 'not measured';
}

const verdict = (ok: boolean): TargetVerdict['verdict'] => (ok ? 'pass' : 'FAIL');
const NOT_MEASURED = { measured: '—', verdict: 'not measured' as const };

function httpRow(m: Measurements, route: string, database: string): HttpResult | undefined {
  return m.http.find((r) => r.name === route && r.database === database);
}

/** A row of a timing module (jobs-search.ts, tailoring.ts, generation-pipeline.ts), found by its name. */
function timingValue(m: Measurements, matches: (row: TimingRow) => boolean, key: string) {
  const row = m.timings.find(matches);
  const value = row?.[key];
  return typeof value === 'number' ? { value, row: row! } : undefined;
}

/** "server CPU 131 µs/request (bare Fastify 18)": what a request costs, whatever the machine's speed. */
export const serverCpu = (row: HttpResult): string =>
  `server CPU ${row.cpuMicrosPerRequest} µs/request (bare Fastify ${row.bareCpuMicrosPerRequest})`;

function ratioTarget(
  m: Measurements,
  target: string,
  route: string,
  database: string,
  minRatio: number,
  maxP99Ms?: number,
): TargetVerdict {
  const goal = `≥ ${minRatio}× bare Fastify${maxP99Ms ? `; p99 < ${maxP99Ms} ms` : ''}`;
  const row = httpRow(m, route, database);
  if (!row) return { target, goal, ...NOT_MEASURED };
  const ok = row.ratioToBare >= minRatio && (maxP99Ms === undefined || row.p99Ms < maxP99Ms) && !row.errors;
  return {
    target,
    goal,
    measured: `${row.ratioToBare}× (${row.requestsPerSecond} / ${row.bareRequestsPerSecond} req/s); p99 ${row.p99Ms} ms; ${serverCpu(row)}${row.errors ? `; ${row.errors} errors` : ''}`,
    verdict: verdict(ok),
  };
}

function searchTarget(m: Measurements, database: string): TargetVerdict {
  const target = `GET /jobs?q=…, 100k postings, ${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`;
  const goal = 'p95 < 20 ms';
  const found = timingValue(
    m,
    (r) => String(r.name).startsWith('GET /api/v1/jobs?q=') && r.database === database,
    'p95Ms',
  );
  if (!found) return { target, goal, ...NOT_MEASURED };
  // BENCH_JOBS can shrink the data set for a quick run: a smaller one says nothing about this target.
  const postings = Number(found.row.postings ?? 100_000);
  const measured = `p95 ${found.value} ms (p50 ${found.row.p50Ms} ms)`;
  if (postings < 100_000)
    return {
      target,
      goal,
      measured: `${measured} at only ${postings.toLocaleString('en')} postings`,
      verdict: 'not measured',
    };
  return { target, goal, measured, verdict: verdict(found.value < 20) };
}

function matchReportsTarget(m: Measurements): TargetVerdict {
  const target = 'match reports, 10,000 distinct postings';
  const goal = '< 1 s on one core (CPU time)';
  // The issue sets the goal "on one core": the process's CPU time is judged, because on a shared 2-core
  // machine wall time mostly measures the other processes. Wall time is shown beside it.
  const distinct = timingValue(m, (r) => /10,000 distinct/u.test(String(r.name)), 'medianCpuMsFor10000');
  if (!distinct) return { target, goal, ...NOT_MEASURED };
  return {
    target,
    goal,
    measured: `CPU ${distinct.value} ms (wall ${String(distinct.row.medianMsFor10000)} ms)`,
    verdict: verdict(distinct.value < 1000),
  };
}

function generationTarget(m: Measurements): TargetVerdict {
  const target = 'generation POST → succeeded, local engine';
  const goal = 'median < 50 ms';
  const found = timingValue(m, (r) => String(r.name).startsWith('generation pipeline'), 'medianMs');
  if (!found) return { target, goal, ...NOT_MEASURED };
  return {
    target,
    goal,
    measured: `median ${found.value} ms (p90 ${found.row.p90Ms} ms; CPU ${String(found.row.medianCpuMs)} ms)`,
    verdict: verdict(found.value < 50),
  };
}

function rssTarget(m: Measurements): TargetVerdict {
  const target = 'server RSS during the HTTP benchmark';
  const goal = '< 200 MB';
  if (m.http.length === 0) return { target, goal, ...NOT_MEASURED };
  const perDatabase = new Map<string, number>();
  for (const r of m.http)
    perDatabase.set(r.database, Math.max(perDatabase.get(r.database) ?? 0, r.peakRssMb));
  const peak = Math.max(...perDatabase.values());
  return {
    target,
    goal,
    measured: [...perDatabase].map(([db, mb]) => `${db} peak ${mb} MB`).join('; '),
    verdict: verdict(peak > 0 && peak < 200),
  };
}

function pdfTarget(m: Measurements): TargetVerdict {
  const target = 'PDF export of a 2-page resume';
  const goal = '≥ 30× faster than headless Chromium';
  const pdf = m.pdf;
  if (!pdf?.timesFaster) return { target, goal, ...NOT_MEASURED };
  return {
    target,
    goal,
    measured: `${pdf.timesFaster}× (pdf-lib ${pdf.pdfLibMedianMs} ms, ${pdf.pdfLibPages} pages; Chromium ${pdf.chromiumMedianMs} ms, ${pdf.chromiumPages} pages)`,
    verdict: verdict(pdf.timesFaster >= 30),
  };
}

function soakTarget(m: Measurements): TargetVerdict {
  const target = 'soak: two instances on PostgreSQL';
  const goal = '0 errors at a fixed rate';
  const soak = m.soak;
  if (!soak) return { target, goal, ...NOT_MEASURED };
  return {
    target,
    goal,
    measured: `${soak.requests} requests in ${soak.durationS} s (${soak.requestsPerSecond}/s of ${soak.targetRate}); p99 ${soak.p99Ms} ms; ${soak.errors} errors; RSS ${soak.rssStartMb.join('/')} → ${soak.rssEndMb.join('/')} MB`,
    verdict: verdict(soak.errors === 0 && soak.requestsPerSecond >= soak.targetRate * 0.9),
  };
}

export function judgeTargets(m: Measurements): TargetVerdict[] {
  return [
    ratioTarget(m, 'GET /profiles/me, SQLite', 'GET /api/v1/profiles/me', 'tailor-sqlite', 0.35, 20),
    ratioTarget(m, 'GET /auth/me, SQLite', 'GET /api/v1/auth/me', 'tailor-sqlite', 0.45),
    ratioTarget(m, 'GET /profiles/me, PostgreSQL', 'GET /api/v1/profiles/me', 'tailor-postgres', 0.2),
    searchTarget(m, 'sqlite'),
    searchTarget(m, 'postgres'),
    matchReportsTarget(m),
    generationTarget(m),
    rssTarget(m),
    pdfTarget(m),
    soakTarget(m),
  ];
}

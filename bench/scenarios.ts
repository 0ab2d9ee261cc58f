import { benchTailoring } from './tailoring.js';
import { benchJobSearch } from './jobs-search.js';
import { benchParseAndAnalyze } from './jobs-parse.js';
// The routes and the plain timings `pnpm bench` measures. Each feature adds its own entries here.

export interface HttpScenario {
  name: string;
  /** Also measured on PostgreSQL (when it is reachable). */
  onPostgres: boolean;
  /** Creates whatever the route needs (a user, a token, data) and says what to request. */
  prepare(baseUrl: string): Promise<BenchRequest>;
}

export interface BenchRequest {
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

const BENCH_PASSWORD = 'Bench-password-1';

/** Registers a fresh user on the target and returns its email and access token. */
async function registerUser(baseUrl: string): Promise<{ email: string; accessToken: string }> {
  const email = `bench-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
  const response = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD, fullName: 'Bench User' }),
  });
  if (response.status !== 201)
    throw new Error(`bench registration failed: ${response.status} ${await response.text()}`);
  return { email, accessToken: ((await response.json()) as { accessToken: string }).accessToken };
}

/** Plain timings: each returns one or more result rows. */
export type TimingBenchmark = () => Promise<
  Record<string, string | number> | Record<string, string | number>[]
>;

export const httpScenarios: HttpScenario[] = [
  { name: 'GET /health', onPostgres: false, prepare: async () => ({ path: '/health' }) },
  { name: 'GET /ready', onPostgres: true, prepare: async () => ({ path: '/ready' }) },
  {
    name: 'GET /api/v1/auth/me',
    onPostgres: true,
    prepare: async (baseUrl) => {
      const { accessToken } = await registerUser(baseUrl);
      return { path: '/api/v1/auth/me', headers: { authorization: `Bearer ${accessToken}` } };
    },
  },
  {
    // Bounded by argon2id (19 MiB, t=2, p=1): this is the logins/s the box can verify.
    name: 'POST /api/v1/auth/login',
    onPostgres: false,
    prepare: async (baseUrl) => {
      const { email } = await registerUser(baseUrl);
      return {
        path: '/api/v1/auth/login',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: BENCH_PASSWORD }),
      };
    },
  },
];

export const timingBenchmarks: TimingBenchmark[] = [
  benchTailoring,
  benchParseAndAnalyze,
  async () => {
    const rows = await benchJobSearch();
    return Object.fromEntries(
      rows.map((row) => [`${row.database} p50/p95 ms`, `${row.p50Ms} / ${row.p95Ms}`]),
    );
  },
];

import { benchGenerationPipeline } from './generation-pipeline.js';
import { benchRender } from './render.js';
import { benchTailoring } from './tailoring.js';
import { benchJobSearch } from './jobs-search.js';
import { benchParseAndAnalyze } from './jobs-parse.js';
import { benchPageReading } from './page-reading.js';
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
    // A realistic master profile: 5 experiences with 8 bullets each, education, projects and skills.
    name: 'GET /api/v1/profiles/me',
    onPostgres: true,
    prepare: async (baseUrl) => {
      const { accessToken } = await registerUser(baseUrl);
      const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
      const experiences = Array.from({ length: 5 }, (_, i) => ({
        title: `Senior Engineer ${i + 1}`,
        company: `Company ${i + 1}`,
        location: 'Berlin, Germany',
        startDate: `${2012 + i * 2}-01`,
        endDate: i === 4 ? null : `${2013 + i * 2}-12`,
        current: i === 4,
        bullets: Array.from(
          { length: 8 },
          (_, j) =>
            `Delivered improvement ${j + 1} to the data platform, cutting latency by ${10 + j}% for 2M users`,
        ),
        technologies: ['TypeScript', 'PostgreSQL', 'Kubernetes', 'Kafka'],
      }));
      const response = await fetch(`${baseUrl}/api/v1/profiles`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          fullName: 'Bench Person',
          headline: 'Staff engineer',
          email: 'bench@example.org',
          summary: 'Engineer with a decade of building data platforms. '.repeat(6),
          experiences,
          education: [
            {
              institution: 'TU Berlin',
              degree: 'MSc',
              field: 'Computer Science',
              startDate: '2008',
              endDate: '2012',
            },
          ],
          projects: [
            { name: 'Open-source CLI', bullets: ['Maintained a CLI with 5k stars'], technologies: ['Rust'] },
          ],
          skills: {
            technical: ['Distributed systems', 'SQL'],
            soft: ['Mentoring'],
            tools: ['Terraform', 'Grafana'],
          },
        }),
      });
      if (response.status !== 201)
        throw new Error(`bench profile failed: ${response.status} ${await response.text()}`);
      return { path: '/api/v1/profiles/me', headers: { authorization: `Bearer ${accessToken}` } };
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
  benchRender,
  benchGenerationPipeline,
  benchParseAndAnalyze,
  benchPageReading,
  benchJobSearch,
];

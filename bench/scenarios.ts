// The routes and the plain timings `pnpm bench` measures. Each feature adds its own entries here.

export interface HttpScenario {
  name: string;
  /** Also measured on PostgreSQL (when it is reachable). */
  onPostgres: boolean;
  /** Creates whatever the route needs (a user, a token, data) and says what to request. */
  prepare(baseUrl: string): Promise<{ path: string; headers?: Record<string, string> }>;
}

export type TimingBenchmark = () => Promise<Record<string, string | number>>;

export const httpScenarios: HttpScenario[] = [
  { name: 'GET /health', onPostgres: false, prepare: async () => ({ path: '/health' }) },
  { name: 'GET /ready', onPostgres: true, prepare: async () => ({ path: '/ready' }) },
];

export const timingBenchmarks: TimingBenchmark[] = [];

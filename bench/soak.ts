/**
 * Soak: two Tailor instances on one PostgreSQL database (and Redis when it answers, for the shared rate limit),
 * a fixed request rate for BENCH_SOAK_S seconds (60 by default) across the main read and write routes, half of
 * the load on each instance. Prints throughput, p99, errors and each instance's RSS at the start and the end;
 * exits non-zero when any request failed. Run alone: pnpm bench:soak. `pnpm bench` runs it last (BENCH_SOAK=off
 * skips it).
 */
import autocannon from 'autocannon';
import { createConnection } from 'node:net';
import { createScratchPostgres, postgresIsAvailable } from '@tailor/infrastructure/testing';
import { startTailor, type Target } from './http-targets.js';
import { residentMegabytes } from './process-usage.js';

const SOAK_S = Number(process.env.BENCH_SOAK_S ?? 60);
/** Requests per second over both instances: well inside what two cores serve, so errors mean faults, not saturation. */
const RATE = Number(process.env.BENCH_SOAK_RATE ?? 200);
const CONNECTIONS_PER_INSTANCE = 5;

export interface SoakResult {
  durationS: number;
  targetRate: number;
  requests: number;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  rssStartMb: number[];
  rssEndMb: number[];
}

const redisAnswers = (): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: 6379 });
    socket.setTimeout(500);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

async function call(baseUrl: string, path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  if (response.status >= 300)
    throw new Error(`soak setup ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** One user with a profile and a few jobs, created through instance A; the soak then reads and writes them on both. */
async function seed(baseUrl: string): Promise<{ token: string; jobIds: string[]; profileId: string }> {
  const email = `soak-${Date.now()}@example.org`;
  const { accessToken } = (await call(baseUrl, '/api/v1/auth/register', {
    method: 'POST',
    body: JSON.stringify({ email, password: 'Soak-password-1', fullName: 'Soak Person' }),
  })) as { accessToken: string };
  const authorization = `Bearer ${accessToken}`;
  const profile = (await call(baseUrl, '/api/v1/profiles', {
    method: 'POST',
    headers: { authorization },
    body: JSON.stringify({
      fullName: 'Soak Person',
      email,
      summary: 'Platform engineer building data systems in TypeScript and PostgreSQL.',
      experiences: [
        {
          title: 'Platform Engineer',
          company: 'Northwind',
          startDate: '2019-01',
          endDate: null,
          current: true,
          bullets: [
            'Built a TypeScript API on PostgreSQL serving 2M requests a day',
            'Ran Kubernetes clusters',
          ],
          technologies: ['TypeScript', 'PostgreSQL', 'Kubernetes'],
        },
      ],
      skills: { technical: ['TypeScript', 'PostgreSQL', 'Kubernetes', 'SQL'], soft: [], tools: [] },
    }),
  })) as { id: string };
  const jobIds: string[] = [];
  for (const title of ['Backend Engineer', 'Data Engineer', 'Site Reliability Engineer']) {
    const job = (await call(baseUrl, '/api/v1/jobs', {
      method: 'POST',
      headers: { authorization },
      body: JSON.stringify({
        rawText: `${title}\nContoso - Berlin, Germany\n\nRequirements:\n- TypeScript and PostgreSQL\n- Kubernetes\n- 3+ years of experience`,
      }),
    })) as { id: string };
    jobIds.push(job.id);
  }
  return { token: accessToken, jobIds, profileId: profile.id };
}

function loadOne(target: Target, seeded: Awaited<ReturnType<typeof seed>>, rate: number) {
  const headers = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
  const [first, second] = seeded.jobIds as [string, string];
  return autocannon({
    url: target.baseUrl,
    connections: CONNECTIONS_PER_INSTANCE,
    duration: SOAK_S,
    overallRate: rate,
    headers,
    // Each connection cycles through the mix: reads of every main resource, a search, a match report and a note
    // (a write that appends to the timeline, so both instances write to one database throughout).
    requests: [
      { method: 'GET', path: '/api/v1/auth/me' },
      { method: 'GET', path: '/api/v1/profiles/me' },
      { method: 'GET', path: '/api/v1/jobs?q=engineer&size=20' },
      { method: 'GET', path: `/api/v1/jobs/${first}` },
      { method: 'GET', path: `/api/v1/jobs/${second}/match?profileId=${seeded.profileId}` },
      { method: 'POST', path: `/api/v1/jobs/${first}/notes`, body: JSON.stringify({ text: 'Soak note' }) },
      { method: 'GET', path: '/api/v1/jobs/stats' },
      { method: 'GET', path: `/api/v1/jobs/${first}/timeline` },
    ],
  });
}

export async function benchSoak(): Promise<SoakResult | undefined> {
  if (!(await postgresIsAvailable())) {
    process.stderr.write('soak: PostgreSQL is not answering, skipped\n');
    return undefined;
  }
  const scratch = await createScratchPostgres('soak');
  const redisUrl = (await redisAnswers()) ? 'redis://127.0.0.1:6379/6' : undefined;
  const extraEnv: Record<string, string> = redisUrl ? { REDIS_URL: redisUrl } : {};
  const instances: Target[] = [];
  try {
    // Both start at once on the empty database: the migration lock is part of what the soak exercises.
    instances.push(
      ...(await Promise.all([startTailor(scratch.url, extraEnv), startTailor(scratch.url, extraEnv)])),
    );
    const seeded = await seed(instances[0]!.baseUrl);
    const rssStartMb = instances.map((instance) => residentMegabytes(instance.pid));
    const results = await Promise.all(instances.map((instance) => loadOne(instance, seeded, RATE / 2)));
    const rssEndMb = instances.map((instance) => residentMegabytes(instance.pid));
    const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
    return {
      durationS: SOAK_S,
      targetRate: RATE,
      requests,
      requestsPerSecond: Math.round(requests / SOAK_S),
      p99Ms: Math.max(...results.map((r) => r.latency.p99)),
      errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
      rssStartMb,
      rssEndMb,
    };
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    await scratch.drop();
  }
}

export function printSoak(result: SoakResult): void {
  console.log(`\nSoak (PostgreSQL, two instances, ${result.targetRate} req/s for ${result.durationS}s)`);
  console.table([
    {
      requests: result.requests,
      'req/s': result.requestsPerSecond,
      'p99 ms': result.p99Ms,
      errors: result.errors,
      'RSS start MB (A, B)': result.rssStartMb.join(', '),
      'RSS end MB (A, B)': result.rssEndMb.join(', '),
    },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchSoak();
  if (result) {
    printSoak(result);
    if (result.errors > 0) process.exitCode = 1;
  }
}

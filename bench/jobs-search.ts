/**
 * GET /api/v1/jobs?q=… latency with 100,000 postings of one user, on SQLite and PostgreSQL.
 * The postings are written straight through the repository (HTTP would take minutes), then the real server
 * is started on that database and queried with a fixed mix of searches, one request at a time.
 * Run alone: npx tsx --conditions=source bench/jobs-search.ts
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Email, Job, User } from '@tailor/domain';
import {
  Argon2PasswordHasher,
  PostgresDatabase,
  SqliteDatabase,
  UlidIdGenerator,
  createSqlRepositories,
  type SqlDatabase,
} from '@tailor/infrastructure';
import { createScratchPostgres, postgresIsAvailable, vacuumAnalyze } from '@tailor/infrastructure/testing';
import { startTailor } from './http-targets.js';

/** Target of issue 15: p95 of GET /jobs?q=… over 100,000 postings of one user, on either database. */
export const JOB_SEARCH_TARGET_P95_MS = 20;

const POSTINGS = Number(process.env.BENCH_JOBS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_SEARCH_REQUESTS ?? 400);
const EMAIL = 'search-bench@example.org';
const PASSWORD = 'Search-bench-1';

const TITLES = [
  'Software Engineer',
  'Registered Nurse',
  'Staff Accountant',
  'Primary Teacher',
  'Data Analyst',
  'Marketing Manager',
  'Welder',
  'Product Manager',
  'DevOps Engineer',
  'Graphic Designer',
  'Financial Analyst',
  'Pharmacist',
  'Electrician',
  'UX Researcher',
  'Sales Representative',
];
const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark Industries',
  'Wayne Enterprises',
  'Northwind',
  'Contoso',
  'Tyrell',
  'Soylent',
  'Cyberdyne',
  'Aperture',
  'Vandelay',
  'Pied Piper',
];
const WORDS = [
  'patient',
  'care',
  'kubernetes',
  'postgresql',
  'reconciliation',
  'lesson',
  'planning',
  'budget',
  'campaign',
  'typescript',
  'python',
  'welding',
  'blueprint',
  'excel',
  'forecasting',
  'compliance',
  'react',
  'triage',
  'curriculum',
  'analytics',
  'safety',
  'customer',
  'design',
  'research',
  'negotiation',
  'audit',
];
const QUERIES = [
  'nurse',
  'engineer kubernetes',
  'acme',
  'lesson planning',
  'excel forecasting',
  'welder safety',
  'python',
  'stark',
  'xyzzy',
  'care',
];

// Filler vocabulary: 3,375 made-up words, so that, as in real postings, any one word occurs in a small share
// of descriptions (with only the few dozen skill words, every query would match nearly every posting).
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'be', 'da', 'fu', 'go', 'hi', 'jo', 'pe'];
const FILLER = SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.map((c) => `${a}${b}${c}`)));

// A small deterministic generator, so every run measures the same data.
function* postings(count: number) {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  for (let i = 0; i < count; i += 1) {
    const words = [
      ...Array.from({ length: 3 }, () => pick(WORDS)),
      ...Array.from({ length: 40 }, () => pick(FILLER)),
    ].join(' ');
    yield { title: `${pick(TITLES)} ${i}`, company: pick(COMPANIES), description: `We need ${words}.` };
  }
}

/** Writes the bench's user and postings into a fresh database (migrated here) and closes it. */
export async function seedSearchPostings(database: SqlDatabase): Promise<void> {
  await database.migrate();
  const repos = createSqlRepositories(database);
  const ids = new UlidIdGenerator();
  const now = new Date();
  const user = User.create({
    id: ids.next(),
    email: Email.create(EMAIL),
    passwordHash: await new Argon2PasswordHasher().hash(PASSWORD),
    now,
  });
  await repos.users.add(user);
  let batch: Job[] = [];
  const flush = async () => {
    const jobs = batch;
    batch = [];
    await repos.unitOfWork.run(async () => {
      for (const job of jobs) await repos.jobs.add(job);
    });
  };
  for (const details of postings(POSTINGS)) {
    batch.push(
      Job.create({
        id: ids.next(),
        ownerId: user.id,
        source: 'user_created',
        details,
        keywords: { required: [], preferred: [] },
        now,
      }),
    );
    if (batch.length === 2_000) await flush();
  }
  await flush();
  await database.close();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(databaseUrl: string, label: string) {
  const server = await startTailor(databaseUrl);
  try {
    const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { authorization: `Bearer ${accessToken}` };
    const get = (q: string) =>
      fetch(`${server.baseUrl}/api/v1/jobs?q=${encodeURIComponent(q)}&size=20`, { headers });
    for (const q of QUERIES) await (await get(q)).arrayBuffer(); // warm-up
    const latencies: number[] = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      const started = performance.now();
      const response = await get(QUERIES[i % QUERIES.length]!);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`search failed: ${response.status}`);
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    return {
      name: `GET /api/v1/jobs?q=… (${POSTINGS.toLocaleString('en')} postings, one user)`,
      database: label,
      postings: POSTINGS,
      p50Ms: Math.round(percentile(latencies, 50) * 100) / 100,
      p95Ms: Math.round(percentile(latencies, 95) * 100) / 100,
      requests: REQUESTS,
      targetP95Ms: JOB_SEARCH_TARGET_P95_MS,
    };
  } finally {
    await server.stop();
  }
}

export async function benchJobSearch(): Promise<Record<string, string | number>[]> {
  const results = [];
  const file = join(mkdtempSync(join(tmpdir(), 'tailor-search-')), 'tailor.db');
  await seedSearchPostings(SqliteDatabase.open(file));
  results.push(await measure(`file:${file}`, 'sqlite'));
  if (process.env.BENCH_POSTGRES !== 'off' && (await postgresIsAvailable())) {
    const scratch = await createScratchPostgres('search');
    try {
      await seedSearchPostings(PostgresDatabase.open(scratch.url));
      // Planner statistics, as autovacuum gathers them within a minute of a bulk load on a default server
      // (this machine's server runs with autovacuum off): PostgreSQL's choice between walking the
      // creation-order index and sorting the GIN matches rests on them.
      await vacuumAnalyze(scratch.url);
      results.push(await measure(scratch.url, 'postgres'));
    } finally {
      await scratch.drop();
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchJobSearch());

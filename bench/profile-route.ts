/**
 * Where a route's time goes: starts the real app under `--cpu-prof`, loads one bench scenario for a while,
 * stops the app (which writes the .cpuprofile) and prints the functions with the most self time, and the
 * same summed per package. Open the .cpuprofile in Chrome DevTools or speedscope for the flame graph.
 * Run: npx tsx --conditions=source bench/profile-route.ts "GET /api/v1/profiles/me" [postgres://…]
 */
import autocannon from 'autocannon';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTailor } from './http-targets.js';
import { httpScenarios } from './scenarios.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const [routeName = 'GET /api/v1/profiles/me', databaseUrl] = process.argv.slice(2);
const scenario = httpScenarios.find((s) => s.name === routeName);
if (!scenario)
  throw new Error(`no scenario "${routeName}"; known: ${httpScenarios.map((s) => s.name).join(', ')}`);

const profileDir = mkdtempSync(join(tmpdir(), 'tailor-cpu-prof-'));
process.env.BENCH_CPU_PROF = profileDir;
const app = await startTailor(databaseUrl);
try {
  const request = await scenario.prepare(app.baseUrl);
  const result = await autocannon({
    url: `${app.baseUrl}${request.path}`,
    connections: 10,
    duration: Number(process.env.BENCH_DURATION_S ?? 10),
    method: request.method ?? 'GET',
    headers: request.headers ?? {},
    ...(request.body ? { body: request.body } : {}),
  });
  console.log(`${routeName}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`);
} finally {
  await app.stop();
}

const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile written to ${profileDir}`);
const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as { nodes: ProfileNode[] };
const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
const bySelf = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url
    .replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/u, '')
    .replace(/^file:\/\/.*\/packages\//u, '');
  const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`.slice(0, 110);
  bySelf.set(key, (bySelf.get(key) ?? 0) + (node.hitCount ?? 0));
  const pkg = url
    ? (/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/u.exec(url)?.[1] ??
      /packages\/([^/]+)\//u.exec(url)?.[1] ??
      (url.startsWith('node:') ? 'node' : url))
    : functionName;
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (node.hitCount ?? 0));
}
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, hits]) => ({ '%': Math.round((hits / total) * 1000) / 10, name }));
console.log(`profile: ${join(profileDir, file)}`);
console.table(top(bySelf, 40));
console.table(top(byPackage, 25));

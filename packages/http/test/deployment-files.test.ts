import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PRODUCTION_ENV, PRODUCTION_NODE_FLAGS } from '../../../bench/http-targets.js';
import { envSchema } from '../src/config/env-schema.js';

const repoFile = (name: string) => readFileSync(new URL(`../../../${name}`, import.meta.url), 'utf8');

interface ComposeService {
  restart?: string;
  environment?: Record<string, unknown>;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

describe('docker-compose.yml', () => {
  const compose = parse(repoFile('docker-compose.yml'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  const apps = Object.entries(compose.services).filter(([name]) => name.startsWith('app'));

  it('runs two app instances on PostgreSQL 16 and Redis, every service restarting on failure', () => {
    expect(apps.map(([name]) => name)).toEqual(['app1', 'app2']);
    for (const [, service] of Object.entries(compose.services))
      expect(service.restart).toBe('unless-stopped');
    expect(repoFile('docker-compose.yml')).toMatch(/image: postgres:16\b/u);
    for (const [, app] of apps) {
      expect(Object.keys(app.depends_on ?? {}).sort()).toEqual(['db', 'redis']);
      expect(app.volumes).toContain('appdata:/data');
    }
  });

  it('passes every configuration variable Tailor reads, and nothing it does not', () => {
    for (const [, app] of apps)
      expect(Object.keys(app.environment ?? {}).sort()).toEqual(Object.keys(envSchema.shape).sort());
  });
});

describe('Dockerfile', () => {
  const dockerfile = repoFile('Dockerfile');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('runs as the unprivileged node user with its state under the /data volume and a health check', () => {
    expect(runtime).toMatch(/^USER node$/mu);
    expect(runtime).toMatch(/DATA_DIR=\/data\b/u);
    expect(runtime).toMatch(/^VOLUME \/data$/mu);
    expect(runtime).toMatch(/^HEALTHCHECK .*\/ready/mu);
  });

  it('never prunes (pnpm prune needs a TTY under docker build and empties workspace node_modules)', () => {
    expect(dockerfile).not.toMatch(/^RUN .*pnpm prune/mu);
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile --prod/u);
  });
});

describe('how production runs the server', () => {
  // The bench measures production: its server gets the memory settings the image and `pnpm start` use.
  const entry = 'packages/http/dist/server.js';

  it('the Dockerfile runtime, `pnpm start` and the bench use the same node flags and malloc setting', () => {
    const dockerfile = repoFile('Dockerfile');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    const cmd = JSON.parse(/^CMD (\[.*\])$/mu.exec(runtime)![1]!) as string[];
    expect(cmd).toEqual(['node', ...PRODUCTION_NODE_FLAGS, entry]);

    const start = (JSON.parse(repoFile('package.json')) as { scripts: Record<string, string> }).scripts
      .start!;
    const command = start.split('&&').at(-1)!.trim();
    const env = Object.entries(PRODUCTION_ENV).map(([name, value]) => `${name}=${value}`);
    expect(command).toBe([...env, 'node', ...PRODUCTION_NODE_FLAGS, entry].join(' '));

    for (const [name, value] of Object.entries(PRODUCTION_ENV))
      expect(runtime).toMatch(new RegExp(`^ENV ${name}=${value}$`, 'mu'));
  });
});

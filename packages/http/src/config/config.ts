import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envSchema, type Env } from './env-schema.js';

export interface AppConfig {
  nodeEnv: Env['NODE_ENV'];
  port: number;
  host: string;
  databaseUrl: string;
  /** PostgreSQL connections at most (DATABASE_POOL_MAX). */
  databasePoolMax: number;
  dataDir: string;
  storageDir: string;
  /** Which adapter keeps stored files (STORAGE), and its bucket when that is S3. */
  storage:
    | { kind: 'local' | 'database' }
    | {
        kind: 's3';
        bucket: string;
        region: string;
        endpoint: string | undefined;
        credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
        forcePathStyle: boolean;
      };
  /** Resolved by resolveJwtSecret: given, or generated and kept in the data folder outside production. */
  jwtSecret: string;
  llm: {
    provider: Env['LLM_PROVIDER'];
    model: string | undefined;
    fallback: Env['LLM_FALLBACK'];
    timeoutMs: number;
    maxRetries: number;
    openai: { apiKey: string | undefined; baseUrl: string | undefined };
    anthropic: { apiKey: string | undefined; baseUrl: string | undefined };
    /** USD per million tokens by model, over the built-in table (LLM_PRICES). */
    prices: Env['LLM_PRICES'];
    /** Personal values replaced by placeholders in what providers receive (LLM_REDACT_PII). */
    redactPii: boolean;
  };
  corsOrigins: string[];
  logLevel: Env['LOG_LEVEL'];
  rateLimit: { max: number; windowMs: number };
  /** The stricter per-IP limit on register, login and refresh. */
  authRateLimit: { max: number; windowMs: number };
  /** Requests one personal API key may make per window, on top of the per-address limit. */
  apiKeyRateLimit: { max: number; windowMs: number };
  /** Generations per user: a rolling hourly rate limit and a calendar-month quota. */
  generations: { perHour: number; perMonth: number };
  bodyLimitBytes: number;
  /** Redis shared by the instances (REDIS_URL), for rate limits; undefined = per-instance memory. */
  redisUrl: string | undefined;
  metricsToken: string | undefined;
  trustProxy: boolean;
  /** Fetching job pages by URL: internal addresses allowed or not, and the time limit of one fetch. */
  urlImport: { allowPrivate: boolean; timeoutMs: number };
  tasks: {
    /** Tasks this process runs at once. */
    concurrency: number;
    /** Tasks one user may have running at once, across every instance. */
    maxPerUser: number;
  };
}

/** Raised for a bad environment; the message names every offending variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function parseEnv(environment: NodeJS.ProcessEnv): Env {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return parsed.data;
}

/** The embedded default keeps the SQLite database inside DATA_DIR, so one volume holds all state. */
export function databaseUrlOf(env: Env): string {
  return env.DATABASE_URL ?? `file:${join(env.DATA_DIR, 'tailor.db')}`;
}

function storageDirOf(env: Env): string {
  return env.STORAGE_DIR ?? join(env.DATA_DIR, 'files');
}

function storageOf(env: Env): AppConfig['storage'] {
  if (env.STORAGE !== 's3') return { kind: env.STORAGE };
  // The schema's refinement guarantees the bucket, and the keys in pairs.
  return {
    kind: 's3',
    bucket: env.S3_BUCKET ?? '',
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}

/** Whether any provider of the chain sends prompts off this machine. */
const remoteProviderConfigured = (env: Env): boolean =>
  [env.LLM_PROVIDER, ...env.LLM_FALLBACK].some((provider) => provider !== 'local');

export function toAppConfig(env: Env, jwtSecret: string): AppConfig {
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: databaseUrlOf(env),
    databasePoolMax: env.DATABASE_POOL_MAX,
    dataDir: env.DATA_DIR,
    storageDir: storageDirOf(env),
    storage: storageOf(env),
    jwtSecret,
    llm: {
      provider: env.LLM_PROVIDER,
      model: env.LLM_MODEL,
      fallback: env.LLM_FALLBACK,
      timeoutMs: env.LLM_TIMEOUT_MS,
      maxRetries: env.LLM_MAX_RETRIES,
      openai: { apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL },
      anthropic: { apiKey: env.ANTHROPIC_API_KEY, baseUrl: env.ANTHROPIC_BASE_URL },
      prices: env.LLM_PRICES,
      redactPii: env.LLM_REDACT_PII ?? remoteProviderConfigured(env),
    },
    corsOrigins: env.CORS_ORIGINS,
    logLevel: env.LOG_LEVEL,
    rateLimit: { max: env.RATE_LIMIT_MAX, windowMs: env.RATE_LIMIT_WINDOW_MS },
    authRateLimit: { max: env.AUTH_RATE_LIMIT_MAX, windowMs: env.AUTH_RATE_LIMIT_WINDOW_MS },
    apiKeyRateLimit: { max: env.API_KEY_RATE_LIMIT_MAX, windowMs: env.API_KEY_RATE_LIMIT_WINDOW_MS },
    generations: { perHour: env.GENERATION_RATE_LIMIT_PER_HOUR, perMonth: env.GENERATION_MONTHLY_QUOTA },
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    redisUrl: env.REDIS_URL,
    metricsToken: env.METRICS_TOKEN,
    trustProxy: env.TRUST_PROXY,
    urlImport: { allowPrivate: env.URL_IMPORT_ALLOW_PRIVATE, timeoutMs: env.URL_IMPORT_TIMEOUT_MS },
    tasks: { concurrency: env.TASK_CONCURRENCY, maxPerUser: env.TASK_MAX_PER_USER },
  };
}

/** A configuration for tests: the defaults, an in-memory database, silent logs and a fixed secret. */
export function testConfig(overrides: Partial<Record<keyof Env, string>> = {}): AppConfig {
  const env = parseEnv({
    NODE_ENV: 'test',
    DATABASE_URL: 'file::memory:',
    LOG_LEVEL: 'silent',
    // Each test app writes its files to a directory of its own, never into the working tree.
    STORAGE_DIR: mkdtempSync(join(tmpdir(), 'tailor-test-files-')),
    // Generous limits, so a test file registering many users is not throttled by the production defaults;
    // the tests of rate limiting and quotas set their own.
    RATE_LIMIT_MAX: '100000',
    AUTH_RATE_LIMIT_MAX: '100000',
    API_KEY_RATE_LIMIT_MAX: '100000',
    GENERATION_RATE_LIMIT_PER_HOUR: '100000',
    GENERATION_MONTHLY_QUOTA: '100000',
    ...overrides,
  });
  return toAppConfig(env, overrides.JWT_SECRET ?? 'test-secret-test-secret-test-secret-0123');
}

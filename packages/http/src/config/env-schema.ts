import { z } from 'zod';

const LLM_PROVIDERS = ['local', 'openai', 'anthropic'] as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const commaList = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

const httpUrl = () => z.url({ protocol: /^https?$/u, error: 'must be an http(s) URL' });
// LLM_PRICES: {"model": {"input": usdPerMillion, "output": usdPerMillion}, ...}
const priceTable = z
  .string()
  .transform((value, context) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'must be JSON: {"model":{"input":0.15,"output":0.6}}' });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(
      z.string().min(1),
      z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() }).strict(),
    ),
  );

const port = z.coerce.number().int().min(0).max(65_535);
const positiveInt = z.coerce.number().int().positive();

/**
 * Every environment variable Tailor reads (API.md, Configuration), validated once at start-up. Empty strings
 * count as unset, so `FOO=` in a compose file falls back to the default instead of failing.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(8000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/u, 'must be file:<path>, file::memory: or postgres://…')
      .optional(),
    /**
     * PostgreSQL connections this process opens at most. postgres.js pipelines queries on busy connections
     * once all are open, so a few serve one process; lower it to fit many instances under the server's
     * max_connections. At least 2: one transaction holds a connection of its own. Ignored for SQLite.
     */
    DATABASE_POOL_MAX: positiveInt.min(2).max(100).default(10),
    /** The one folder for everything Tailor keeps on disk (SQLite database, generated secret, files); a volume in the image. */
    DATA_DIR: z.string().min(1).default('./data'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Where stored files (exports, uploads) live: `local` (STORAGE_DIR), `database`, or an S3 bucket. */
    STORAGE: z.enum(['local', 'database', 's3']).default('local'),
    STORAGE_DIR: z.string().min(1).optional(),
    /** STORAGE=s3: unset = AWS itself; any S3-compatible server's URL otherwise. */
    S3_ENDPOINT: httpUrl().optional(),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    /** Both or neither; neither = the AWS SDK's default chain (environment, instance or task role). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** `true` puts the bucket in the path (most self-hosted servers need it). */
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    LLM_PROVIDER: z.enum(LLM_PROVIDERS).default('local'),
    LLM_MODEL: z.string().min(1).optional(),
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: httpUrl().optional(),
    ANTHROPIC_API_KEY: z.string().min(1).optional(),
    ANTHROPIC_BASE_URL: httpUrl().optional(),
    LLM_FALLBACK: commaList(z.enum(LLM_PROVIDERS)).default([]),
    /**
     * Personal values (name, email, phone, address, links) replaced by placeholders in everything sent to a
     * provider. Unset: on whenever a remote provider (openai, anthropic) is configured, off for local only.
     */
    LLM_REDACT_PII: z
      .enum(['true', 'false'])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === 'true')),
    LLM_TIMEOUT_MS: positiveInt.default(60_000),
    LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
    CORS_ORIGINS: commaList(z.union([httpUrl(), z.literal('*')])).default(['http://localhost:3000']),
    LLM_PRICES: priceTable.default({}),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    RATE_LIMIT_MAX: positiveInt.default(300),
    RATE_LIMIT_WINDOW_MS: positiveInt.default(60_000),
    AUTH_RATE_LIMIT_MAX: positiveInt.default(10),
    AUTH_RATE_LIMIT_WINDOW_MS: positiveInt.default(60_000),
    API_KEY_RATE_LIMIT_MAX: positiveInt.default(120),
    API_KEY_RATE_LIMIT_WINDOW_MS: positiveInt.default(60_000),
    GENERATION_RATE_LIMIT_PER_HOUR: positiveInt.default(10),
    GENERATION_MONTHLY_QUOTA: positiveInt.default(200),
    BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
    TASK_CONCURRENCY: positiveInt.default(2),
    TASK_MAX_PER_USER: positiveInt.default(2),
    /** Shared state for several instances (rate-limit counters); unset = each instance counts for itself. */
    REDIS_URL: z.url({ protocol: /^rediss?$/u, error: 'must be a redis:// or rediss:// URL' }).optional(),
    /** Bearer token GET /metrics requires; unset = open (keep it on an internal network). */
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    TRUST_PROXY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    /** `true` lets `{url}` job imports reach loopback, private and link-local addresses (tests, intranets). */
    URL_IMPORT_ALLOW_PRIVATE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    URL_IMPORT_TIMEOUT_MS: positiveInt.default(10_000),
  })
  // Variables that only matter together: reported by name like any other bad variable.
  .superRefine((env, context) => {
    if (env.STORAGE !== 's3') return;
    const missing = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (!env.S3_BUCKET) missing('S3_BUCKET', 'is required when STORAGE=s3');
    if (env.S3_ACCESS_KEY_ID && !env.S3_SECRET_ACCESS_KEY)
      missing('S3_SECRET_ACCESS_KEY', 'is required when S3_ACCESS_KEY_ID is set');
    if (env.S3_SECRET_ACCESS_KEY && !env.S3_ACCESS_KEY_ID)
      missing('S3_ACCESS_KEY_ID', 'is required when S3_SECRET_ACCESS_KEY is set');
  });

export type Env = z.infer<typeof envSchema>;

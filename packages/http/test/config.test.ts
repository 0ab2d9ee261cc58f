import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '../src/config/config.js';
import { loadConfig } from '../src/config/load-config.js';

const STRONG_SECRET = 'k8v3Q9zLr2Xw7NpB4tYe6HcJm1Fs5GdA0uWq';

describe('configuration', () => {
  it('has working defaults for every variable when the environment is empty', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tailor-config-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 8000,
      host: '127.0.0.1',
      // Everything on disk lives under DATA_DIR (one volume in the image).
      databaseUrl: `file:${join(dataDir, 'tailor.db')}`,
      storageDir: join(dataDir, 'files'),
      corsOrigins: ['http://localhost:3000'],
      logLevel: 'info',
      llm: { provider: 'local', fallback: [], timeoutMs: 60_000, maxRetries: 3 },
      tasks: { concurrency: 2, maxPerUser: 2 },
    });
  });

  it.each([
    ['PORT', 'eighty', /PORT/],
    ['PORT', '70000', /PORT/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL/],
    ['LLM_PROVIDER', 'gpt', /LLM_PROVIDER/],
    ['LLM_FALLBACK', 'openai,mystery', /LLM_FALLBACK/],
    ['LLM_TIMEOUT_MS', '-5', /LLM_TIMEOUT_MS/],
    ['CORS_ORIGINS', 'not a url', /CORS_ORIGINS/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['OPENAI_BASE_URL', 'localhost:11434', /OPENAI_BASE_URL/],
    ['JWT_SECRET', 'short', /JWT_SECRET: must be at least 32 characters/],
    ['TASK_CONCURRENCY', '0', /TASK_CONCURRENCY/],
    ['TASK_MAX_PER_USER', 'two', /TASK_MAX_PER_USER/],
  ])('refuses %s=%s with a message naming the variable', (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => parseEnv({ [name]: value })).toThrow(message);
  });

  it('stores files on the local disk unless STORAGE says otherwise', () => {
    expect(parseEnv({}).STORAGE).toBe('local');
    expect(() => parseEnv({ STORAGE: 'ftp' })).toThrow(/STORAGE/);
  });

  it.each([
    [{}, /S3_BUCKET: is required when STORAGE=s3/],
    [
      { S3_BUCKET: 'tailor', S3_ACCESS_KEY_ID: 'id' },
      /S3_SECRET_ACCESS_KEY: is required when S3_ACCESS_KEY_ID/,
    ],
    [{ S3_BUCKET: 'tailor', S3_SECRET_ACCESS_KEY: 'secret' }, /S3_ACCESS_KEY_ID: is required/],
    [{ S3_BUCKET: 'tailor', S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT: must be an http\(s\) URL/],
  ])('STORAGE=s3 with %j stops start-up naming the variable', (s3, message) => {
    expect(() => parseEnv({ STORAGE: 's3', ...s3 })).toThrow(ConfigError);
    expect(() => parseEnv({ STORAGE: 's3', ...s3 })).toThrow(message);
  });

  it('reads an S3 bucket: endpoint, region, keys in pairs, path style', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tailor-config-'));
    const s3 = { STORAGE: 's3', S3_BUCKET: 'tailor', DATA_DIR: dataDir };
    expect(
      loadConfig({
        ...s3,
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
      }).storage,
    ).toEqual({
      kind: 's3',
      bucket: 'tailor',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      forcePathStyle: true,
    });
    // No keys: the AWS SDK's own chain (environment, instance role) finds them.
    expect(loadConfig({ ...s3, S3_REGION: 'eu-west-3' }).storage).toMatchObject({
      region: 'eu-west-3',
      endpoint: undefined,
      credentials: undefined,
      forcePathStyle: false,
    });
    // Outside STORAGE=s3 the S3 variables are not needed.
    expect(loadConfig({ DATA_DIR: dataDir, STORAGE: 'database' }).storage).toEqual({ kind: 'database' });
  });

  it('keeps an explicit DATABASE_URL and STORAGE_DIR over the DATA_DIR defaults', () => {
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'tailor-config-')),
      DATABASE_URL: 'postgres://db/tailor',
      STORAGE_DIR: '/srv/files',
    });
    expect(config).toMatchObject({ databaseUrl: 'postgres://db/tailor', storageDir: '/srv/files' });
  });

  it('parses comma lists and treats empty values as unset', () => {
    const env = parseEnv({
      LLM_FALLBACK: 'openai, local',
      CORS_ORIGINS: 'https://a.example,https://b.example',
      PORT: '',
    });
    expect(env.LLM_FALLBACK).toEqual(['openai', 'local']);
    expect(env.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(env.PORT).toBe(8000);
  });

  describe('JWT_SECRET', () => {
    it('in production: refuses a missing secret', () => {
      expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required/);
    });

    it('in production: refuses a short one', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(20) })).toThrow(/JWT_SECRET/);
    });

    it.each([
      'change-me-to-a-long-random-string-at-least-32-characters',
      'a'.repeat(40),
      'CHANGEME-CHANGEME-CHANGEME-CHANGEME',
    ])('in production: refuses the known example %s', (secret) => {
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(/known example/);
    });

    it('in production: accepts a strong secret', () => {
      expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: STRONG_SECRET }).jwtSecret).toBe(STRONG_SECRET);
    });

    it('outside production: generates one secret on first start, keeps it private, and reuses it', () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'tailor-secret-'));
      const first = loadConfig({ DATA_DIR: dataDir }).jwtSecret;
      const second = loadConfig({ DATA_DIR: dataDir }).jwtSecret;
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(second).toBe(first);
      expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(first);
      expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    });
  });
});

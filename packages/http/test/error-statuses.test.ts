import * as domain from '@tailor/domain';
import { ERROR_STATUS, isDomainError, isErrorCode, type ErrorCode } from '@tailor/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test-app.js';

/**
 * Every error factory, its declared status, and the OpenAPI document of the routes that raise it: each of
 * those routes must describe that status with the error envelope. A new code does not compile until it has
 * a row here (the table is keyed by ErrorCode).
 */

/** Every operation that needs a bearer token (the authentication failures can happen on each). */
const AUTHENTICATED = Symbol('every authenticated operation');
type Raiser = string | RegExp | typeof AUTHENTICATED;

const UPLOADS = ['POST /api/v1/profiles/import/file', 'POST /api/v1/samples'];
/** A posting read from pasted HTML or a URL the server fetches. */
const POSTING_READS = ['POST /api/v1/jobs', 'POST /api/v1/jobs/parse'];
const PROFILE_DATED_WRITES = [
  /^(PUT|PATCH) \/api\/v1\/profiles\/\{id\}$/,
  /^(POST|PUT) \/api\/v1\/profiles\/\{id\}\/(experiences|education|projects)/,
];
const PROFILE_WRITES = [...PROFILE_DATED_WRITES, 'PUT /api/v1/profiles/{id}/skills'];
const PROFILE_CREATES = ['POST /api/v1/profiles', 'POST /api/v1/profiles/import'];
const GENERATION_STARTS = ['POST /api/v1/generations', 'POST /api/v1/generations/{id}/regenerate'];
const GENERATION_RESULT = [
  'GET /api/v1/generations/{id}/result',
  'GET /api/v1/generations/{id}/analytics',
  'POST /api/v1/generations/{id}/validate',
];
const RENDERS = ['POST /api/v1/documents/{id}/export', 'POST /api/v1/documents/preview'];
// A code with no route: stored on a finished generation, caught inside a use case, or a server fault
// (answered as 500 INTERNAL.ERROR, which every route may return).
const NO_ROUTE: Raiser[] = [];

const RAISED_BY: Record<ErrorCode, Raiser[]> = {
  'AUTH.WEAK_PASSWORD': ['POST /api/v1/auth/register', 'POST /api/v1/auth/change-password'],
  'AUTH.INVALID_CREDENTIALS': [
    'POST /api/v1/auth/login',
    'POST /api/v1/auth/change-password',
    'DELETE /api/v1/auth/me',
  ],
  'AUTH.LOCKED': ['POST /api/v1/auth/login', 'POST /api/v1/auth/change-password', 'DELETE /api/v1/auth/me'],
  'AUTH.UNAUTHENTICATED': [AUTHENTICATED],
  'AUTH.INVALID_TOKEN': [AUTHENTICATED],
  'AUTH.TOKEN_EXPIRED': [AUTHENTICATED],
  'AUTH.SESSION_REVOKED': [AUTHENTICATED],
  'AUTH.INVALID_REFRESH_TOKEN': ['POST /api/v1/auth/refresh'],
  'AUTH.REFRESH_TOKEN_EXPIRED': ['POST /api/v1/auth/refresh'],
  'AUTH.REFRESH_TOKEN_REUSED': ['POST /api/v1/auth/refresh'],
  'AUTH.INVALID_API_KEY': [AUTHENTICATED],
  'AUTH.API_KEY_EXPIRED': [AUTHENTICATED],
  'AUTH.API_KEY_FORBIDDEN': [
    'POST /api/v1/auth/logout',
    'POST /api/v1/auth/change-password',
    'DELETE /api/v1/auth/me',
    /^[A-Z]+ \/api\/v1\/api-keys/,
  ],
  'API_KEY.NOT_FOUND': ['DELETE /api/v1/api-keys/{id}'],
  'CALENDAR.FEED_NOT_FOUND': ['GET /api/v1/calendar/feed/{token}'],
  'API_KEY.INVALID_NAME': ['POST /api/v1/api-keys'],
  'API_KEY.EXPIRY_IN_PAST': ['POST /api/v1/api-keys'],
  'API_KEY.LIMIT_REACHED': ['POST /api/v1/api-keys'],
  'AUTH.EMAIL_TAKEN': ['POST /api/v1/auth/register'],
  'USER.INVALID_EMAIL': ['POST /api/v1/auth/register'],
  'USER.NOT_FOUND': [
    'GET /api/v1/auth/me',
    'DELETE /api/v1/auth/me',
    'GET /api/v1/auth/me/export',
    'GET /api/v1/jobs/export',
  ],

  'PROFILE.NOT_FOUND': [
    /^[A-Z]+ \/api\/v1\/profiles\/\{id\}/,
    'GET /api/v1/profiles/me',
    'GET /api/v1/jobs/{id}/match',
    'GET /api/v1/jobs/{id}/ranking',
    'POST /api/v1/generations',
  ],
  'PROFILE.ITEM_NOT_FOUND': [/^(PUT|DELETE) \/api\/v1\/profiles\/\{id\}\/\w+\/\{itemId\}$/],
  'PROFILE.VERSION_CONFLICT': [
    ...PROFILE_WRITES,
    /^DELETE \/api\/v1\/profiles\/\{id\}/,
    /^POST \/api\/v1\/profiles\/\{id\}\/enhancements\/\{eid\}\/(apply|restore)$/,
  ],
  'PROFILE.VALIDATION': [...PROFILE_CREATES, ...PROFILE_WRITES],
  'PROFILE.INVALID_DATE_RANGE': [...PROFILE_CREATES, ...PROFILE_DATED_WRITES],
  'PROFILE.LIMIT_REACHED': [...PROFILE_CREATES, 'POST /api/v1/profiles/import/file'],
  'PROFILE.CONFLICT': [...PROFILE_CREATES, 'POST /api/v1/profiles/import/file'],
  'PROFILE.UNSUPPORTED_FORMAT': ['GET /api/v1/profiles/{id}/export', 'POST /api/v1/profiles/import'],

  'IMPORT.TOO_LARGE': UPLOADS,
  'IMPORT.INVALID_FORM': UPLOADS,
  'IMPORT.FILE_REQUIRED': UPLOADS,
  'IMPORT.UNSUPPORTED_TYPE': UPLOADS,
  'IMPORT.ARCHIVE_TOO_LARGE': UPLOADS,
  'IMPORT.TOO_COMPLEX': [...UPLOADS, ...POSTING_READS],
  'IMPORT.BUSY': [...UPLOADS, ...POSTING_READS],
  'IMPORT.UNREADABLE': UPLOADS,
  'IMPORT.NO_TEXT': UPLOADS,
  'IMPORT.NO_NAME': ['POST /api/v1/profiles/import/file'],
  'IMPORT.URL_NOT_ALLOWED': POSTING_READS,
  'IMPORT.NO_POSTING_FOUND': POSTING_READS,
  'IMPORT.FETCH_FAILED': POSTING_READS,
  'IMPORT.FETCH_TIMEOUT': POSTING_READS,

  'JOB.NOT_FOUND': [/^[A-Z]+ \/api\/v1\/jobs\/\{id\}/, 'POST /api/v1/generations'],
  'JOB.SOURCE_NOT_FOUND': ['GET /api/v1/jobs/{id}/source'],
  'JOB.CATALOG_NOT_FOUND': ['POST /api/v1/jobs/catalog/{id}/save'],
  'JOB.INVALID_TRANSITION': ['PUT /api/v1/jobs/{id}/status'],
  'JOB.VALIDATION': [
    'POST /api/v1/jobs',
    /^(PUT|PATCH) \/api\/v1\/jobs\/\{id\}$/,
    'PUT /api/v1/jobs/{id}/status',
    'POST /api/v1/jobs/{id}/notes',
  ],
  'JOB.INVALID_DATE': ['PUT /api/v1/jobs/{id}/status', 'GET /api/v1/jobs/export'],
  'JOB.NOTHING_TO_PARSE': ['POST /api/v1/jobs', 'POST /api/v1/jobs/parse'],

  'SAMPLE.NOT_FOUND': [/^(GET|DELETE) \/api\/v1\/samples\/\{id\}$/],
  'SAMPLE.INVALID_TYPE': ['POST /api/v1/samples'],
  'SAMPLE.CONFLICT': ['POST /api/v1/samples'],

  'ENHANCEMENT.NOT_FOUND': [/\/enhancements\/\{eid\}/],
  'ENHANCEMENT.NOT_READY': ['POST /api/v1/profiles/{id}/enhancements/{eid}/apply'],
  'ENHANCEMENT.NOT_APPLIED': ['POST /api/v1/profiles/{id}/enhancements/{eid}/restore'],

  // The model is called while the request waits only to read an uploaded file; elsewhere it runs in the
  // background and its failure is stored on the generation or enhancement.
  'LLM.AUTH_FAILED': UPLOADS,
  'LLM.RATE_LIMITED': UPLOADS,
  'LLM.TIMEOUT': UPLOADS,
  'LLM.UNAVAILABLE': UPLOADS,
  'LLM.INVALID_OUTPUT': UPLOADS,
  'LLM.RESPONSE_TOO_LARGE': UPLOADS,

  'GENERATION.NOT_FOUND': [/^[A-Z]+ \/api\/v1\/generations\/\{id\}/],
  'GENERATION.VALIDATION': GENERATION_STARTS,
  'GENERATION.INVALID_TRANSITION': ['POST /api/v1/generations/{id}/cancel'],
  'GENERATION.NOT_FINISHED': GENERATION_RESULT,
  'GENERATION.NO_RESULT': GENERATION_RESULT,
  'GENERATION.RATE_LIMITED': GENERATION_STARTS,
  'GENERATION.QUOTA_EXCEEDED': GENERATION_STARTS,
  'GENERATION.DUPLICATE_KEY': NO_ROUTE,
  'IDEMPOTENCY.KEY_REUSED': ['POST /api/v1/generations'],
  'GENERATION.UNSUPPORTED_CONTENT': NO_ROUTE,
  'GENERATION.SOURCE_DELETED': NO_ROUTE,
  'GENERATION.FAILED': NO_ROUTE,

  'DOCUMENT.NOT_FOUND': [
    /^[A-Z]+ \/api\/v1\/documents\/\{id\}/,
    'POST /api/v1/documents/preview',
    'PUT /api/v1/jobs/{id}/status',
  ],
  'DOCUMENT.VERSION_CONFLICT': ['PATCH /api/v1/documents/{id}'],
  'DOCUMENT.VALIDATION': ['PATCH /api/v1/documents/{id}', ...RENDERS],
  'DOCUMENT.UNRENDERABLE_CHARACTERS': RENDERS,
  'DOCUMENT.UNKNOWN_TEMPLATE': [...RENDERS, 'POST /api/v1/generations'],
  'DOCUMENT.UNSUPPORTED_FORMAT': ['POST /api/v1/documents/{id}/export'],
  'DOCUMENT.EXPORT_NOT_FOUND': [
    'GET /api/v1/documents/{id}/exports/{exportId}/download',
    'GET /api/v1/downloads',
  ],
  'DOCUMENT.DOWNLOAD_LINK_INVALID': ['GET /api/v1/downloads'],

  'STORAGE.INVALID_KEY': NO_ROUTE,
  'TASK.NOT_FOUND': [/^[A-Z]+ \/api\/v1\/tasks\/\{id\}/],
  'TASK.UNKNOWN_KIND': NO_ROUTE,
};

/** Arguments for factories whose parameters are not plain strings. */
const ARGUMENTS: Record<string, unknown[]> = {
  'DocumentErrors.unrenderableCharacters': [['\u{E000}']],
  'ImportErrors.archiveTooLarge': [{ entries: 5000 }],
  'ProfileErrors.validation': [[{ path: 'fullName', message: 'is required' }]],
  'ProfileErrors.invalidDateRange': [[{ path: 'experiences[0].endDate', message: 'before start' }]],
  'JobErrors.invalidTransition': ['saved', 'accepted', ['applied']],
};
/** Factories of errors that are stored on a task, never thrown (they carry no status). */
const STORED_ONLY = new Set(['TaskErrors.interrupted', 'TaskErrors.failed']);

type Factory = (...args: unknown[]) => unknown;
const factories = Object.entries(domain)
  .filter(([name, value]) => /^[A-Z]\w*Errors$/u.test(name) && typeof value === 'object' && value !== null)
  .flatMap(([group, value]) =>
    Object.entries(value as Record<string, Factory>).map(([name, make]) => ({
      id: `${group}.${name}`,
      make,
    })),
  )
  .filter(({ id }) => !STORED_ONLY.has(id));

const made = factories.map(({ id, make }) => ({
  id,
  error: make(...(ARGUMENTS[id] ?? Array.from({ length: make.length }, () => 'x'))),
}));

interface Operation {
  security?: unknown[];
  responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
let operations: Map<string, Operation>;

beforeAll(async () => {
  const { app } = await buildTestApp();
  await app.ready();
  const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  await app.close();
  operations = new Map(
    Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation]),
    ),
  );
});
afterAll(() => operations.clear());

const operationsRaising = (raisers: Raiser[]): string[] =>
  raisers.flatMap((raiser) => {
    const keys = [...operations.keys()];
    const matched =
      raiser === AUTHENTICATED
        ? keys.filter((key) => (operations.get(key)?.security ?? []).length > 0)
        : typeof raiser === 'string'
          ? keys.filter((key) => key === raiser)
          : keys.filter((key) => raiser.test(key));
    if (matched.length === 0) throw new Error(`no operation matches ${String(raiser)}`);
    return matched;
  });

describe('error codes and their statuses', () => {
  it('every factory makes a DomainError whose code has a declared status', () => {
    expect(made.length).toBeGreaterThan(60);
    for (const { id, error } of made) {
      expect(isDomainError(error), id).toBe(true);
      if (isDomainError(error)) expect(isErrorCode(error.code), `${id} → ${error.code}`).toBe(true);
    }
  });

  it('every declared code is made by a factory, and no code is declared twice', () => {
    const codes = new Set(made.map(({ error }) => (isDomainError(error) ? error.code : '')));
    expect([...codes].sort()).toEqual(Object.keys(ERROR_STATUS).sort());
    const tables = Object.entries(domain).filter(([name]) => /^[A-Z][A-Z_]*_ERROR_STATUS$/u.test(name));
    const declared = tables.reduce((sum, [, table]) => sum + Object.keys(table as object).length, 0);
    expect(declared).toBe(Object.keys(ERROR_STATUS).length);
  });

  it('the statuses the issue and API.md fix', () => {
    expect(ERROR_STATUS['GENERATION.NOT_FINISHED']).toBe(409);
    expect(ERROR_STATUS['GENERATION.NO_RESULT']).toBe(409);
    expect(ERROR_STATUS['GENERATION.INVALID_TRANSITION']).toBe(409);
    expect(ERROR_STATUS['STORAGE.INVALID_KEY']).toBe(500);
  });

  it('a server fault (500) is raised by no route in particular', () => {
    for (const [code, status] of Object.entries(ERROR_STATUS))
      if (status === 500) expect(RAISED_BY[code as ErrorCode], code).toEqual([]);
  });

  const rows = Object.entries(RAISED_BY).filter(([, raisers]) => raisers.length > 0);
  it.each(rows)('%s: every route that raises it documents its status with the envelope', (code) => {
    const status = String(ERROR_STATUS[code as ErrorCode]);
    const missing = operationsRaising(RAISED_BY[code as ErrorCode]).filter(
      (key) =>
        operations.get(key)?.responses?.[status]?.content?.['application/json']?.schema?.$ref !==
        '#/components/schemas/ErrorEnvelope',
    );
    expect(missing.join(', '), `${code} (${status}) is not documented on`).toBe('');
  });
});

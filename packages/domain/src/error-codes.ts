/**
 * Every domain error code and the HTTP status it answers with.
 *
 * To add a code:
 *   1. In your feature's `<feature>.errors.ts`, add `'FEATURE.CODE': <status>` to its `*_ERROR_STATUS`
 *      table (statuses follow docs/API conventions: 400 bad input, 404 missing or not yours, 409 conflict,
 *      422 impossible, 429 limited, 5xx our or a dependency's fault).
 *   2. Add a factory to its `*Errors` object that calls the feature's error maker with that code. A code
 *      missing from the table does not compile; `new DomainError` is private, so there is no way round it.
 *   3. A new feature's table is spread into ERROR_STATUS below; a code the HTTP layer cannot find here is
 *      answered as a logged 500.
 *   4. Declare the status in the response schemas of the routes that raise it, and add the code to
 *      RAISED_BY in packages/http/test/error-statuses.test.ts (the test fails until you do).
 */
import { API_KEY_ERROR_STATUS } from './api-keys/api-keys.errors.js';
import { AUTH_ERROR_STATUS } from './auth/auth.errors.js';
import { CALENDAR_ERROR_STATUS } from './calendar/calendar.errors.js';
import { DOCUMENT_ERROR_STATUS } from './documents/documents.errors.js';
import { ENHANCEMENT_ERROR_STATUS } from './enhancements/enhancements.errors.js';
import { GENERATION_ERROR_STATUS } from './generations/generations.errors.js';
import { IMPORT_ERROR_STATUS } from './imports/imports.errors.js';
import { JOB_ERROR_STATUS } from './jobs/jobs.errors.js';
import { LLM_ERROR_STATUS } from './llm/llm.errors.js';
import { PROFILE_ERROR_STATUS } from './profiles/profiles.errors.js';
import { SAMPLE_ERROR_STATUS } from './samples/samples.errors.js';
import type { ErrorStatus } from './shared/domain-error.js';
import { STORAGE_ERROR_STATUS } from './storage/storage.errors.js';
import { TASK_ERROR_STATUS } from './tasks/tasks.errors.js';
import { USER_ERROR_STATUS } from './users/users.errors.js';

export const ERROR_STATUS = {
  ...AUTH_ERROR_STATUS,
  ...API_KEY_ERROR_STATUS,
  ...CALENDAR_ERROR_STATUS,
  ...USER_ERROR_STATUS,
  ...PROFILE_ERROR_STATUS,
  ...IMPORT_ERROR_STATUS,
  ...JOB_ERROR_STATUS,
  ...SAMPLE_ERROR_STATUS,
  ...ENHANCEMENT_ERROR_STATUS,
  ...LLM_ERROR_STATUS,
  ...GENERATION_ERROR_STATUS,
  ...DOCUMENT_ERROR_STATUS,
  ...STORAGE_ERROR_STATUS,
  ...TASK_ERROR_STATUS,
} as const;

/** The union of every domain error code. */
export type ErrorCode = keyof typeof ERROR_STATUS;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_STATUS, code);

/** The status declared for `code`, or undefined for a code no feature declares. */
export const statusOfErrorCode = (code: string): ErrorStatus | undefined =>
  isErrorCode(code) ? ERROR_STATUS[code] : undefined;

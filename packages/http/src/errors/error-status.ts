/**
 * Domain error code → HTTP status. Features add their codes here; a code that is not listed falls back on
 * its suffix (see statusForCode) so a forgotten entry still gets a sensible status.
 */
const STATUS_BY_CODE: Record<string, number> = {
  'VALIDATION.FAILED': 400,
  'USER.INVALID_EMAIL': 400,
  'USER.NOT_FOUND': 404,
  'AUTH.EMAIL_TAKEN': 409,
  'AUTH.WEAK_PASSWORD': 400,
  'AUTH.INVALID_CREDENTIALS': 401,
  'AUTH.LOCKED': 423,
  'AUTH.UNAUTHENTICATED': 401,
  'AUTH.INVALID_TOKEN': 401,
  'AUTH.TOKEN_EXPIRED': 401,
  'AUTH.SESSION_REVOKED': 401,
  'AUTH.INVALID_REFRESH_TOKEN': 401,
  'AUTH.REFRESH_TOKEN_EXPIRED': 401,
  'AUTH.REFRESH_TOKEN_REUSED': 401,
  'PROFILE.VALIDATION': 400,
  'PROFILE.INVALID_DATE_RANGE': 422,
  'PROFILE.LIMIT_REACHED': 409,
  'PROFILE.UNSUPPORTED_FORMAT': 400,
  'JOB.VALIDATION': 400,
  'JOB.NOTHING_TO_PARSE': 400,
  'JOB.INVALID_TRANSITION': 422,
  'JOB.INVALID_DATE': 422,
  'IMPORT.FILE_REQUIRED': 400,
  'IMPORT.INVALID_FORM': 400,
  'IMPORT.TOO_LARGE': 413,
  'IMPORT.UNSUPPORTED_TYPE': 415,
  'IMPORT.ARCHIVE_TOO_LARGE': 422,
  'IMPORT.UNREADABLE': 422,
  'IMPORT.NO_TEXT': 422,
  'IMPORT.NO_NAME': 422,
  'IMPORT.URL_NOT_ALLOWED': 400,
  'IMPORT.NO_POSTING_FOUND': 422,
  'IMPORT.FETCH_FAILED': 502,
  'IMPORT.FETCH_TIMEOUT': 504,
  'TASK.UNKNOWN_KIND': 400,
  'SAMPLE.INVALID_TYPE': 400,
  'ENHANCEMENT.NOT_READY': 409,
  'ENHANCEMENT.NOT_APPLIED': 409,
  // The server's model credentials were refused: our configuration, not the client's request.
  'LLM.AUTH_FAILED': 503,
  'LLM.RATE_LIMITED': 429,
  'LLM.TIMEOUT': 503,
  'LLM.UNAVAILABLE': 503,
  // The model answered, but not in the required shape even after a corrective retry.
  'LLM.INVALID_OUTPUT': 502,
  'DOCUMENT.UNRENDERABLE_CHARACTERS': 422,
  'IDEMPOTENCY.KEY_REUSED': 422,
};

const STATUS_BY_SUFFIX: ReadonlyArray<[RegExp, number]> = [
  [/[._]NOT_FOUND$/u, 404],
  [/[._](VERSION_CONFLICT|CONFLICT|TAKEN|ALREADY_EXISTS)$/u, 409],
  [/\.(UNAUTHENTICATED|INVALID_TOKEN|TOKEN_EXPIRED)$/u, 401],
  [/\.FORBIDDEN$/u, 403],
  [/\.(RATE_LIMITED|QUOTA_EXCEEDED)$/u, 429],
  [/\.(UNAVAILABLE|TIMEOUT)$/u, 503],
];

export function statusForCode(code: string): number {
  const exact = STATUS_BY_CODE[code];
  if (exact !== undefined) return exact;
  return STATUS_BY_SUFFIX.find(([pattern]) => pattern.test(code))?.[1] ?? 400;
}

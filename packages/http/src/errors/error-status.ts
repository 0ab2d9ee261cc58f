/**
 * Domain error code → HTTP status. Features add their codes here; a code that is not listed falls back on
 * its suffix (see statusForCode) so a forgotten entry still gets a sensible status.
 */
const STATUS_BY_CODE: Record<string, number> = {
  'VALIDATION.FAILED': 400,
  'USER.INVALID_EMAIL': 400,
  'USER.NOT_FOUND': 404,
  'AUTH.EMAIL_TAKEN': 409,
  'PROFILE.VALIDATION': 400,
  'PROFILE.INVALID_DATE_RANGE': 422,
  'PROFILE.LIMIT_REACHED': 409,
  'PROFILE.UNSUPPORTED_FORMAT': 400,
};

const STATUS_BY_SUFFIX: ReadonlyArray<[RegExp, number]> = [
  [/\.NOT_FOUND$/u, 404],
  [/\.(VERSION_CONFLICT|CONFLICT|TAKEN|ALREADY_EXISTS)$/u, 409],
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

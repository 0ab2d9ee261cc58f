import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const PROFILE_ERROR_STATUS = {
  'PROFILE.NOT_FOUND': 404,
  'PROFILE.ITEM_NOT_FOUND': 404,
  'PROFILE.VERSION_CONFLICT': 409,
  'PROFILE.VALIDATION': 400,
  'PROFILE.INVALID_DATE_RANGE': 422,
  'PROFILE.LIMIT_REACHED': 409,
  'PROFILE.CONFLICT': 409,
  'PROFILE.UNSUPPORTED_FORMAT': 400,
} as const satisfies ErrorStatusTable;

const profileError = DomainError.factory(PROFILE_ERROR_STATUS);

/** One problem with one field, named by its path in the profile (e.g. `experiences[2].bullets[0]`). */
export interface ProfileIssue {
  path: string;
  message: string;
}

export const ProfileErrors = {
  notFound: () => profileError('PROFILE.NOT_FOUND', 'The profile does not exist.'),
  itemNotFound: (kind: string, itemId: string) =>
    profileError('PROFILE.ITEM_NOT_FOUND', `The ${kind} item does not exist in this profile.`, {
      kind,
      itemId,
    }),
  versionConflict: (expectedVersion: number, actualVersion?: number) =>
    profileError(
      'PROFILE.VERSION_CONFLICT',
      'The profile was changed by someone else; reload it and apply your change again.',
      actualVersion === undefined ? { expectedVersion } : { expectedVersion, actualVersion },
    ),
  validation: (issues: ProfileIssue[]) =>
    profileError('PROFILE.VALIDATION', 'The profile is not valid.', { issues }),
  invalidDateRange: (issues: ProfileIssue[]) =>
    profileError('PROFILE.INVALID_DATE_RANGE', 'A date range is impossible.', { issues }),
  limitReached: (limit: number) =>
    profileError('PROFILE.LIMIT_REACHED', `A user may keep at most ${limit} profiles.`, { limit }),
  /** Two concurrent writes raced for the same unique slot (e.g. the default profile); retrying succeeds. */
  conflict: () => profileError('PROFILE.CONFLICT', 'The profiles changed concurrently; retry the request.'),
  unsupportedFormat: (format: string) =>
    profileError('PROFILE.UNSUPPORTED_FORMAT', `The format "${format}" is not supported.`, { format }),
};

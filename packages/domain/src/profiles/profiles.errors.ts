import { DomainError } from '../shared/domain-error.js';

/** One problem with one field, named by its path in the profile (e.g. `experiences[2].bullets[0]`). */
export interface ProfileIssue {
  path: string;
  message: string;
}

// HTTP statuses (mapped in the http layer): NOT_FOUND / ITEM_NOT_FOUND 404, VERSION_CONFLICT / CONFLICT /
// LIMIT_REACHED 409, VALIDATION 400, INVALID_DATE_RANGE 422, UNSUPPORTED_FORMAT 400.
export const ProfileErrors = {
  notFound: () => new DomainError('PROFILE.NOT_FOUND', 'The profile does not exist.'),
  itemNotFound: (kind: string, itemId: string) =>
    new DomainError('PROFILE.ITEM_NOT_FOUND', `The ${kind} item does not exist in this profile.`, {
      kind,
      itemId,
    }),
  versionConflict: (expectedVersion: number, actualVersion?: number) =>
    new DomainError(
      'PROFILE.VERSION_CONFLICT',
      'The profile was changed by someone else; reload it and apply your change again.',
      actualVersion === undefined ? { expectedVersion } : { expectedVersion, actualVersion },
    ),
  validation: (issues: ProfileIssue[]) =>
    new DomainError('PROFILE.VALIDATION', 'The profile is not valid.', { issues }),
  invalidDateRange: (issues: ProfileIssue[]) =>
    new DomainError('PROFILE.INVALID_DATE_RANGE', 'A date range is impossible.', { issues }),
  limitReached: (limit: number) =>
    new DomainError('PROFILE.LIMIT_REACHED', `A user may keep at most ${limit} profiles.`, { limit }),
  /** Two concurrent writes raced for the same unique slot (e.g. the default profile); retrying succeeds. */
  conflict: () =>
    new DomainError('PROFILE.CONFLICT', 'The profiles changed concurrently; retry the request.'),
  unsupportedFormat: (format: string) =>
    new DomainError('PROFILE.UNSUPPORTED_FORMAT', `The format "${format}" is not supported.`, { format }),
};

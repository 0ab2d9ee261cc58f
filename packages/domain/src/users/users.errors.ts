import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const USER_ERROR_STATUS = {
  'USER.INVALID_EMAIL': 400,
  'USER.NOT_FOUND': 404,
  'AUTH.EMAIL_TAKEN': 409,
} as const satisfies ErrorStatusTable;

const userError = DomainError.factory(USER_ERROR_STATUS);

export const UserErrors = {
  invalidEmail: (email: string) =>
    userError('USER.INVALID_EMAIL', 'The email address is not valid.', { email }),
  notFound: () => userError('USER.NOT_FOUND', 'The user does not exist.'),
  emailTaken: () => userError('AUTH.EMAIL_TAKEN', 'An account with this email already exists.'),
};

import { DomainError } from '../shared/domain-error.js';

export const UserErrors = {
  invalidEmail: (email: string) =>
    new DomainError('USER.INVALID_EMAIL', 'The email address is not valid.', { email }),
  notFound: () => new DomainError('USER.NOT_FOUND', 'The user does not exist.'),
  emailTaken: () => new DomainError('AUTH.EMAIL_TAKEN', 'An account with this email already exists.'),
};

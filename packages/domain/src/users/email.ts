import { UserErrors } from './users.errors.js';

// Deliberately permissive (RFC 5322 is wider than any form we want to reject): one "@", a dot in the domain,
// no whitespace. Deliverability is proven by mail, not by a regex.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const MAX_EMAIL_LENGTH = 254;

/** An email address, trimmed and lower-cased so that "Ann@X.org " and "ann@x.org" are one account. */
export class Email {
  private constructor(readonly value: string) {}

  static create(raw: string): Email {
    const normalised = raw.trim().toLowerCase();
    if (normalised.length > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.test(normalised)) {
      throw UserErrors.invalidEmail(raw);
    }
    return new Email(normalised);
  }

  equals(other: Email): boolean {
    return this.value === other.value;
  }
}

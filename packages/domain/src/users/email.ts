import { UserErrors } from './users.errors.js';

/**
 * Whether a text has an email address's shape. Deliberately permissive (RFC 5322 is wider than any form we
 * want to reject): one "@" with something before it, a dot inside the domain, no whitespace. Deliverability is
 * proven by mail, not by a pattern. Checked by hand rather than as `^[^\s@]+@[^\s@]+\.[^\s@]+$`, which
 * backtracks over every dot of a long domain part: 40,000 characters took 3 s, and an imported JSON resume's
 * email has no length limit before this check.
 */
export function hasEmailShape(text: string): boolean {
  if (/\s/u.test(text)) return false;
  const at = text.indexOf('@');
  if (at < 1 || text.includes('@', at + 1)) return false;
  const domain = text.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return dot !== -1 && dot < domain.length - 1;
}

const MAX_EMAIL_LENGTH = 254;

/** An email address, trimmed and lower-cased so that "Ann@X.org " and "ann@x.org" are one account. */
export class Email {
  private constructor(readonly value: string) {}

  static create(raw: string): Email {
    const normalised = raw.trim().toLowerCase();
    if (normalised.length > MAX_EMAIL_LENGTH || !hasEmailShape(normalised)) {
      throw UserErrors.invalidEmail(raw);
    }
    return new Email(normalised);
  }

  equals(other: Email): boolean {
    return this.value === other.value;
  }
}

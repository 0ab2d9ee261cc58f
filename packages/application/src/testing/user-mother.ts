import { Email, User } from '@tailor/domain';

let sequence = 0;

/** Valid users for tests; each call gets a distinct id and email unless told otherwise. */
export const UserMother = {
  create(overrides: Partial<{ id: string; email: string; fullName: string | null; now: Date }> = {}): User {
    sequence += 1;
    return User.create({
      id: overrides.id ?? `user-${String(sequence).padStart(6, '0')}`,
      email: Email.create(overrides.email ?? `person${sequence}@example.org`),
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g',
      fullName: overrides.fullName === undefined ? 'Ada Lovelace' : overrides.fullName,
      now: overrides.now ?? new Date('2026-03-01T10:20:30.456Z'),
    });
  },
};

import { AuthErrors } from './auth.errors.js';

// API.md's policy. The upper bound keeps a hostile multi-megabyte "password" from reaching the hasher.
const MIN_LENGTH = 8;
const MAX_LENGTH = 128;

const RULES: ReadonlyArray<{ rule: string; test: (password: string) => boolean; message: string }> = [
  {
    rule: 'minLength',
    test: (p) => [...p].length >= MIN_LENGTH,
    message: `The password must be at least ${MIN_LENGTH} characters long.`,
  },
  {
    rule: 'maxLength',
    test: (p) => [...p].length <= MAX_LENGTH,
    message: `The password must be at most ${MAX_LENGTH} characters long.`,
  },
  {
    rule: 'uppercase',
    test: (p) => /\p{Lu}/u.test(p),
    message: 'The password must contain an upper-case letter.',
  },
  {
    rule: 'lowercase',
    test: (p) => /\p{Ll}/u.test(p),
    message: 'The password must contain a lower-case letter.',
  },
  { rule: 'digit', test: (p) => /\p{Nd}/u.test(p), message: 'The password must contain a digit.' },
];

/** A plain-text password that satisfies the policy; only ever handed to the hasher. */
export class NewPassword {
  private constructor(readonly value: string) {}

  /** Raises `AUTH.WEAK_PASSWORD` naming the first rule the password breaks. */
  static create(plain: string): NewPassword {
    const broken = RULES.find(({ test }) => !test(plain));
    if (broken) throw AuthErrors.weakPassword(broken.rule, broken.message);
    return new NewPassword(plain);
  }
}

import {
  AuthErrors,
  DomainError,
  Email,
  type IClock,
  type IIdGenerator,
  type ILoginFailureRepository,
  type IPasswordHasher,
  type IUserRepository,
} from '@tailor/domain';
import type { AuthTokens, SessionIssuer } from './session-issuer.js';
import { toUserView, type UserView } from './user-view.js';

import { PasswordCheck } from './password-check.js';

export { LOCKOUT_MAX_FAILURES, LOCKOUT_WINDOW_MS } from './password-check.js';

export interface LoginUserInput {
  email: string;
  password: string;
  userAgent?: string | null;
}

export class LoginUser {
  // A real argon2 hash of a random string, verified when the email is unknown so that an unknown email and
  // a wrong password cost the same time (no user enumeration through timing).
  private decoyHash: Promise<string> | undefined;
  private readonly passwords: PasswordCheck;

  constructor(
    private readonly users: IUserRepository,
    private readonly hasher: IPasswordHasher,
    failures: ILoginFailureRepository,
    private readonly issuer: SessionIssuer,
    private readonly ids: IIdGenerator,
    private readonly clock: IClock,
  ) {
    this.passwords = new PasswordCheck(hasher, failures, clock);
  }

  /** Raises `AUTH.INVALID_CREDENTIALS` (unknown email and wrong password alike) or `AUTH.LOCKED`. */
  async execute(input: LoginUserInput): Promise<AuthTokens & { user: UserView }> {
    const email = this.normalise(input.email);
    const user = await this.users.findByEmail(email);
    await this.passwords.verify(
      email,
      user?.passwordHash ?? (await this.decoy()),
      input.password,
      user !== null,
    );
    if (!user) throw AuthErrors.invalidCredentials(); // verify() already refused an unknown email
    const tokens = await this.issuer.start(user.id, this.clock.now(), input.userAgent ?? null);
    return { user: toUserView(user), ...tokens };
  }

  private normalise(raw: string): string {
    try {
      return Email.create(raw).value;
    } catch (error) {
      // A malformed email cannot belong to anyone: answer exactly as for an unknown one.
      if (error instanceof DomainError) return raw.trim().toLowerCase();
      throw error;
    }
  }

  private decoy(): Promise<string> {
    // A fresh id is unpredictable enough (a ULID carries 80 random bits) and keeps randomness behind a port.
    this.decoyHash ??= this.hasher.hash(`decoy-${this.ids.next()}`);
    return this.decoyHash;
  }
}

import {
  AuthErrors,
  DomainError,
  Email,
  type IClock,
  type ILoginFailureRepository,
  type IPasswordHasher,
  type IUserRepository,
} from '@tailor/domain';
import type { AuthTokens, SessionIssuer } from './session-issuer.js';
import { toUserView, type UserView } from './user-view.js';

export const LOCKOUT_MAX_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

export interface LoginUserInput {
  email: string;
  password: string;
  userAgent?: string | null;
}

export class LoginUser {
  // A real argon2 hash of a random string, verified when the email is unknown so that an unknown email and
  // a wrong password cost the same time (no user enumeration through timing).
  private decoyHash: Promise<string> | undefined;

  constructor(
    private readonly users: IUserRepository,
    private readonly hasher: IPasswordHasher,
    private readonly failures: ILoginFailureRepository,
    private readonly issuer: SessionIssuer,
    private readonly clock: IClock,
  ) {}

  /** Raises `AUTH.INVALID_CREDENTIALS` (unknown email and wrong password alike) or `AUTH.LOCKED`. */
  async execute(input: LoginUserInput): Promise<AuthTokens & { user: UserView }> {
    const email = this.normalise(input.email);
    const now = this.clock.now();
    // A failure exactly LOCKOUT_WINDOW_MS old has left the window.
    const recent = await this.failures.listSince(email, new Date(now.getTime() - LOCKOUT_WINDOW_MS + 1));
    if (recent.length >= LOCKOUT_MAX_FAILURES) {
      // Locked until the oldest of the last five failures leaves the window, even for the right password.
      const unlocksAt = recent[recent.length - LOCKOUT_MAX_FAILURES]!.getTime() + LOCKOUT_WINDOW_MS;
      throw AuthErrors.locked(Math.max(1, Math.ceil((unlocksAt - now.getTime()) / 1000)));
    }

    const user = await this.users.findByEmail(email);
    const matches = await this.hasher.verify(user?.passwordHash ?? (await this.decoy()), input.password);
    if (!user || !matches) {
      await this.failures.record(email, now);
      throw AuthErrors.invalidCredentials();
    }
    if (recent.length > 0) await this.failures.clear(email);
    const tokens = await this.issuer.start(user.id, now, input.userAgent ?? null);
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
    this.decoyHash ??= this.hasher.hash(`decoy-${this.clock.now().getTime()}-${Math.random()}`);
    return this.decoyHash;
  }
}

import { AuthErrors, type IClock, type ILoginFailureRepository, type IPasswordHasher } from '@tailor/domain';

export const LOCKOUT_MAX_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

/**
 * Every password check — login, change of password, account deletion — goes through here and shares one
 * failure counter per email: five wrong passwords within 15 minutes lock that email for all three, so a stolen
 * access token cannot be used to guess the password through another route.
 */
export class PasswordCheck {
  constructor(
    private readonly hasher: IPasswordHasher,
    private readonly failures: ILoginFailureRepository,
    private readonly clock: IClock,
  ) {}

  /**
   * Resolves when `password` matches `passwordHash` and the email is not locked. Raises `AUTH.LOCKED`
   * (even for the right password) or `AUTH.INVALID_CREDENTIALS`, which counts as a failure. `known: false`
   * verifies against a decoy hash and always fails, so an unknown email costs the same time.
   */
  async verify(email: string, passwordHash: string, password: string, known = true): Promise<void> {
    const now = this.clock.now();
    // A failure exactly LOCKOUT_WINDOW_MS old has left the window.
    const recent = await this.failures.listSince(email, new Date(now.getTime() - LOCKOUT_WINDOW_MS + 1));
    if (recent.length >= LOCKOUT_MAX_FAILURES) {
      // Locked until the oldest of the last five failures leaves the window.
      const unlocksAt = recent[recent.length - LOCKOUT_MAX_FAILURES]!.getTime() + LOCKOUT_WINDOW_MS;
      throw AuthErrors.locked(Math.max(1, Math.ceil((unlocksAt - now.getTime()) / 1000)));
    }
    const matches = await this.hasher.verify(passwordHash, password);
    if (!known || !matches) {
      await this.failures.record(email, now);
      throw AuthErrors.invalidCredentials();
    }
    if (recent.length > 0) await this.failures.clear(email);
  }
}

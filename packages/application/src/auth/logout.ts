import type { IClock } from '@tailor/domain';
import type { RevocationList } from './revocation-list.js';

/** Ends the caller's session: its refresh token and every access token issued in it stop working. */
export class Logout {
  constructor(
    private readonly revocations: RevocationList,
    private readonly clock: IClock,
  ) {}

  async execute(input: { sessionId: string }): Promise<void> {
    await this.revocations.revoke([input.sessionId], 'logout', this.clock.now());
  }
}

import { ProfileErrors, type ProfileVersionRef } from '@tailor/domain';
import type { ProfileUseCaseDeps } from './profile-use-case-deps.js';

/**
 * Which profile is the caller's default and at which version, without reading the profile itself: lets
 * `GET /profiles/me` answer from a response it already wrote for that version. Raises `PROFILE.NOT_FOUND`.
 */
export class GetDefaultProfileVersion {
  constructor(private readonly deps: Pick<ProfileUseCaseDeps, 'profiles'>) {}

  async execute(input: { userId: string }): Promise<ProfileVersionRef> {
    const current = await this.deps.profiles.findDefaultVersion(input.userId);
    if (!current) throw ProfileErrors.notFound();
    return current;
  }
}

import { ProfileErrors } from '@tailor/domain';
import { loadOwnProfile, profilesLock, type ProfileUseCaseDeps } from './profile-use-case-deps.js';

export interface DeleteProfileInput {
  userId: string;
  profileId: string;
  expectedVersion?: number;
}

/** Deletes a profile; when it was the default, the oldest remaining profile becomes the default. */
export class DeleteProfile {
  constructor(private readonly deps: ProfileUseCaseDeps) {}

  async execute(input: DeleteProfileInput): Promise<void> {
    // Locked per user: the promotion of the next default must not race a create or another move.
    await this.deps.unitOfWork.runExclusive(profilesLock(input.userId), async () => {
      const profile = await loadOwnProfile(this.deps, input.userId, input.profileId);
      if (input.expectedVersion !== undefined && input.expectedVersion !== profile.version) {
        throw ProfileErrors.versionConflict(input.expectedVersion, profile.version);
      }
      if (!(await this.deps.profiles.delete(input.userId, input.profileId))) throw ProfileErrors.notFound();
      if (!profile.isDefault) return;
      const [oldest] = await this.deps.profiles.listByOwner(input.userId);
      if (!oldest) return;
      const loadedVersion = oldest.version;
      oldest.markDefault(this.deps.clock.now());
      await this.deps.profiles.save(oldest, loadedVersion);
    });
  }
}

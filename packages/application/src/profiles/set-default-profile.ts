import { ProfileErrors } from '@tailor/domain';
import {
  changeProfile,
  loadOwnProfile,
  profilesLock,
  toProfileView,
  type ProfileUseCaseDeps,
  type ProfileView,
} from './profile-use-case-deps.js';

export interface SetDefaultProfileInput {
  userId: string;
  profileId: string;
  expectedVersion?: number;
}

/** Makes one of the caller's profiles the default, un-marking the previous one in the same unit of work. */
export class SetDefaultProfile {
  constructor(private readonly deps: ProfileUseCaseDeps) {}

  async execute(input: SetDefaultProfileInput): Promise<ProfileView> {
    // The same per-user lock as creating and deleting: concurrent moves of the default take turns.
    return this.deps.unitOfWork.runExclusive(profilesLock(input.userId), async () => {
      const target = await loadOwnProfile(this.deps, input.userId, input.profileId);
      if (input.expectedVersion !== undefined && input.expectedVersion !== target.version) {
        throw ProfileErrors.versionConflict(input.expectedVersion, target.version);
      }
      if (target.isDefault) return toProfileView(target);
      const previous = await this.deps.profiles.findDefault(input.userId);
      if (previous) {
        // Clear the old default first: the store allows one default per owner at any moment.
        const loadedVersion = previous.version;
        previous.unmarkDefault(this.deps.clock.now());
        await this.deps.profiles.save(previous, loadedVersion);
      }
      const { profile } = await changeProfile(this.deps, input, (p, now) => p.markDefault(now));
      return toProfileView(profile);
    });
  }
}

import {
  ProfileErrors,
  type IClock,
  type IIdGenerator,
  type IProfileRepository,
  type IUnitOfWork,
  type Profile,
  type ProfilePrimitives,
} from '@tailor/domain';

/** The ports every profile use case takes. */
export interface ProfileUseCaseDeps {
  profiles: IProfileRepository;
  unitOfWork: IUnitOfWork;
  clock: IClock;
  ids: IIdGenerator;
}

/**
 * The lock held by every change to which profiles a user has and which is the default (create, delete, set
 * default): the count-then-insert of the limit and the one-default rule are then decided one at a time.
 */
export const profilesLock = (userId: string): string => `profiles:${userId}`;

/** A profile as use cases return it: everything but the owner, timestamps as ISO-8601 UTC strings. */
export type ProfileView = Omit<ProfilePrimitives, 'ownerId' | 'createdAt' | 'updatedAt'> & {
  createdAt: string;
  updatedAt: string;
};

export function toProfileView(profile: Profile): ProfileView {
  // No deep copy: the view is serialised and dropped (see Profile.readPrimitives).
  const { ownerId: _ownerId, createdAt, updatedAt, ...rest } = profile.readPrimitives();
  return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

/** The caller's profile; another user's profile is reported exactly like a missing one. */
export async function loadOwnProfile(
  deps: ProfileUseCaseDeps,
  userId: string,
  profileId: string,
): Promise<Profile> {
  const profile = await deps.profiles.findById(userId, profileId);
  if (!profile) throw ProfileErrors.notFound();
  return profile;
}

/**
 * Read-modify-write of one profile in a unit of work: loads it (scoped by owner), refuses a stale
 * `expectedVersion` before changing anything, applies `change` and saves against the loaded version, so a
 * write that raced in between is refused by the repository too.
 */
export async function changeProfile<T>(
  deps: ProfileUseCaseDeps,
  input: { userId: string; profileId: string; expectedVersion?: number | undefined },
  change: (profile: Profile, now: Date) => T,
): Promise<{ profile: Profile; result: T }> {
  return deps.unitOfWork.run(async () => {
    const profile = await loadOwnProfile(deps, input.userId, input.profileId);
    if (input.expectedVersion !== undefined && input.expectedVersion !== profile.version) {
      throw ProfileErrors.versionConflict(input.expectedVersion, profile.version);
    }
    const loadedVersion = profile.version;
    const result = change(profile, deps.clock.now());
    await deps.profiles.save(profile, loadedVersion);
    return { profile, result };
  });
}

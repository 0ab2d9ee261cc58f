import { PROFILE_LIMITS, Profile, ProfileErrors, type ProfileContentInput } from '@tailor/domain';
import { toProfileView, type ProfileUseCaseDeps, type ProfileView } from './profile-use-case-deps.js';

export interface CreateProfileInput {
  userId: string;
  /** Item ids in here are ignored: every item of a new profile gets a fresh id. */
  content: ProfileContentInput;
}

/** Creates a profile; the user's first profile becomes the default. Raises `PROFILE.LIMIT_REACHED`. */
export class CreateProfile {
  constructor(private readonly deps: ProfileUseCaseDeps) {}

  async execute(input: CreateProfileInput): Promise<ProfileView> {
    return createProfile(this.deps, input.userId, input.content, false);
  }
}

/** Shared by create and import: the count, the default flag and the insert happen in one unit of work. */
export async function createProfile(
  deps: ProfileUseCaseDeps,
  userId: string,
  content: ProfileContentInput,
  keepItemIds: boolean,
): Promise<ProfileView> {
  // Validate (and draw ids) before the transaction: no reason to hold the database while we do it.
  const draft = Profile.create({
    id: deps.ids.next(),
    ownerId: userId,
    isDefault: false,
    content,
    ids: deps.ids,
    now: deps.clock.now(),
    keepItemIds,
  });
  // Locked per user: ten parallel creates must not all count 19 and all insert.
  return deps.unitOfWork.runExclusive(`profiles:${userId}`, async () => {
    const count = await deps.profiles.countByOwner(userId);
    if (count >= PROFILE_LIMITS.profilesPerUser)
      throw ProfileErrors.limitReached(PROFILE_LIMITS.profilesPerUser);
    const profile =
      count === 0 ? Profile.fromPrimitives({ ...draft.toPrimitives(), isDefault: true }) : draft;
    await deps.profiles.add(profile);
    return toProfileView(profile);
  });
}

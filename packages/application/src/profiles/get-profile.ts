import {
  loadOwnProfile,
  toProfileView,
  type ProfileUseCaseDeps,
  type ProfileView,
} from './profile-use-case-deps.js';

export interface GetProfileInput {
  userId: string;
  profileId: string;
}

/** One of the caller's profiles. Raises `PROFILE.NOT_FOUND` (also for another user's profile). */
export class GetProfile {
  constructor(private readonly deps: Pick<ProfileUseCaseDeps, 'profiles'>) {}

  async execute(input: GetProfileInput): Promise<ProfileView> {
    return toProfileView(
      await loadOwnProfile(this.deps as ProfileUseCaseDeps, input.userId, input.profileId),
    );
  }
}

import { analyseProfile, type ProfileAnalytics } from '@tailor/domain';
import { loadOwnProfile, type ProfileUseCaseDeps } from './profile-use-case-deps.js';

export interface GetProfileAnalyticsInput {
  userId: string;
  profileId: string;
}

export type GetProfileAnalyticsOutput = ProfileAnalytics & { profileId: string; version: number };

/** The completeness score (rubric in docs-profiles.md), what is missing and what to do about it. */
export class GetProfileAnalytics {
  constructor(private readonly deps: Pick<ProfileUseCaseDeps, 'profiles'>) {}

  async execute(input: GetProfileAnalyticsInput): Promise<GetProfileAnalyticsOutput> {
    const profile = await loadOwnProfile(this.deps as ProfileUseCaseDeps, input.userId, input.profileId);
    return { profileId: profile.id, version: profile.version, ...analyseProfile(profile.content) };
  }
}

import { summariseProfile } from '@tailor/domain';
import { loadOwnProfile, type ProfileUseCaseDeps } from './profile-use-case-deps.js';

export interface GetProfileSummaryInput {
  userId: string;
  profileId: string;
}

export interface GetProfileSummaryOutput {
  profileId: string;
  version: number;
  /** Compact plain text (sections in a fixed order, no ids); the input of generation prompts. */
  text: string;
}

export class GetProfileSummary {
  constructor(private readonly deps: Pick<ProfileUseCaseDeps, 'profiles'>) {}

  async execute(input: GetProfileSummaryInput): Promise<GetProfileSummaryOutput> {
    const profile = await loadOwnProfile(this.deps as ProfileUseCaseDeps, input.userId, input.profileId);
    return { profileId: profile.id, version: profile.version, text: summariseProfile(profile.content) };
  }
}

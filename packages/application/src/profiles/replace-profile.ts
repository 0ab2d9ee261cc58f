import type { ProfileContentInput } from '@tailor/domain';
import {
  changeProfile,
  toProfileView,
  type ProfileUseCaseDeps,
  type ProfileView,
} from './profile-use-case-deps.js';

export interface ReplaceProfileInput {
  userId: string;
  profileId: string;
  /** The version the client read; a stale one raises `PROFILE.VERSION_CONFLICT`. Optional (last write wins). */
  expectedVersion?: number;
  /** The whole content; items that carry an id of this profile keep it, others get a fresh id. */
  content: ProfileContentInput;
}

/** PUT: replaces the whole content (isDefault, ids, version and timestamps are not the client's to set). */
export class ReplaceProfile {
  constructor(private readonly deps: ProfileUseCaseDeps) {}

  async execute(input: ReplaceProfileInput): Promise<ProfileView> {
    const { profile } = await changeProfile(this.deps, input, (p, now) =>
      p.replaceContent(input.content, this.deps.ids, now),
    );
    return toProfileView(profile);
  }
}

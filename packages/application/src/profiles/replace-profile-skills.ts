import type { SkillsInput } from '@tailor/domain';
import {
  changeProfile,
  toProfileView,
  type ProfileUseCaseDeps,
  type ProfileView,
} from './profile-use-case-deps.js';

export interface ReplaceProfileSkillsInput {
  userId: string;
  profileId: string;
  expectedVersion?: number;
  /** Lists left out become empty. Entries are trimmed and de-duplicated case-insensitively. */
  skills: SkillsInput;
}

export class ReplaceProfileSkills {
  constructor(private readonly deps: ProfileUseCaseDeps) {}

  async execute(input: ReplaceProfileSkillsInput): Promise<ProfileView> {
    const { profile } = await changeProfile(this.deps, input, (p, now) =>
      p.replaceSkills(input.skills, this.deps.ids, now),
    );
    return toProfileView(profile);
  }
}
